import { Field, InputType } from '@nestjs/graphql';
import { COUNTRIES, SECTORS, type Country, type Sector } from '@tvaers/domain';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { VersionedUpdateInput } from '../../common/graphql/common-types.js';
import { CountryEnum, SectorEnum } from '../../common/graphql/enums.js';

const IDENTIFIER = /^[0-9A-Za-z-]{3,20}$/;

@InputType()
export class CreateOrganisationInput {
  @Field() @IsString() @Length(2, 200) name!: string;
  @Field(() => SectorEnum) @IsIn(SECTORS) sector!: Sector;
  @Field(() => CountryEnum) @IsIn(COUNTRIES) country!: Country;
  @Field()
  @Matches(IDENTIFIER, { message: 'must be a CVR number, org.nr or municipality code (3–20 letters or digits)' })
  identifier!: string;
}

@InputType()
export class UpdateOrganisationInput extends VersionedUpdateInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(2, 200) name?: string;
  @Field(() => SectorEnum, { nullable: true }) @IsOptional() @IsIn(SECTORS) sector?: Sector;
  @Field(() => CountryEnum, { nullable: true }) @IsOptional() @IsIn(COUNTRIES) country?: Country;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(IDENTIFIER, { message: 'must be a CVR number, org.nr or municipality code (3–20 letters or digits)' })
  identifier?: string;
}
