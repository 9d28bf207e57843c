import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { COUNTRIES, SECTORS, type Country, type Sector } from '@tvaers/domain';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';
import { VersionedUpdateInput } from '../../common/graphql/common-types.js';
import { CountryEnum, SectorEnum } from '../../common/graphql/enums.js';

// The shape only; the service removes spaces and dots and then checks the check digit or the
// reference list, and whether the country and sector agree with the kind of identifier.
const IDENTIFIER = /^[0-9 .]{3,20}$/;
const IDENTIFIER_MESSAGE = 'must be a CVR number or org.nr (8 or 9 digits) or a municipality or region code (3 or 4 digits)';

@InputType()
export class CreateOrganisationInput {
  @Field() @IsString() @Length(2, 200) name!: string;
  @Field(() => SectorEnum) @IsIn(SECTORS) sector!: Sector;
  @Field(() => CountryEnum) @IsIn(COUNTRIES) country!: Country;
  @Field()
  @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE })
  identifier!: string;
}

@InputType()
export class UpdateOrganisationInput extends VersionedUpdateInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(2, 200) name?: string;
  @Field(() => SectorEnum, { nullable: true }) @IsOptional() @IsIn(SECTORS) sector?: Sector;
  @Field(() => CountryEnum, { nullable: true }) @IsOptional() @IsIn(COUNTRIES) country?: Country;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE })
  identifier?: string;
}

@InputType({ description: 'Two rows for one organisation: everything referring to the duplicate moves to the kept one.' })
export class MergeOrganisationsInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) keepId!: string;
  @Field(() => Int) @IsInt() @Min(1) keepVersion!: number;
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) duplicateId!: string;
  @Field(() => Int) @IsInt() @Min(1) duplicateVersion!: number;
}

@InputType()
export class AddReferenceOrganisationsInput {
  @Field(() => CountryEnum) @IsIn(COUNTRIES) country!: Country;
  @Field(() => [String], { description: 'Identifiers from referenceOrganisations(country); those already registered are skipped.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(400)
  @IsString({ each: true })
  @Length(3, 4, { each: true })
  identifiers!: string[];
}
