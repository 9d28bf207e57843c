import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { BENEFIT_KINDS, BENEFIT_UNITS, type BenefitKind, type BenefitUnit } from '@tvaers/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { VersionedUpdateInput } from '../../common/graphql/common-types.js';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';
import { BenefitKindEnum, BenefitUnitEnum } from '../../common/graphql/enums.js';
import { IsFiscalYear, IsQuantity } from '../../common/validation/validators.js';

const uuid = { message: 'must be a UUID' };

@InputType()
export class BenefitTargetInput {
  @Field(() => Int) @IsFiscalYear() fiscalYear!: number;
  @Field(() => DecimalScalar, {
    description: 'In the benefit’s unit; dis-benefits are entered as positive amounts. For a target: the most likely value.',
  })
  @IsQuantity()
  value!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Targets only: the low value of a three-point estimate (≤ value).' })
  @IsOptional()
  @IsQuantity()
  low?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Targets only: the high value of a three-point estimate (≥ value).' })
  @IsOptional()
  @IsQuantity()
  high?: string | null;
}

/** One value per fiscal year (targets, forecasts): a list of at most 50, each validated. */
function YearValues(options: { description?: string; optional: boolean; defaultEmpty?: boolean }) {
  return applyDecorators(
    Field(() => [BenefitTargetInput], {
      description: options.description,
      ...(options.defaultEmpty ? { defaultValue: [] } : { nullable: options.optional }),
    }),
    ...(options.optional ? [IsOptional()] : []),
    IsArray(),
    ArrayMaxSize(50),
    ValidateNested({ each: true }),
    Type(() => BenefitTargetInput),
  );
}

@InputType()
export class AddBenefitInput {
  @Field(() => ID) @IsUUID('all', uuid) projectId!: string;
  @Field() @IsString() @Length(3, 300) title!: string;
  @Field(() => BenefitKindEnum) @IsIn(BENEFIT_KINDS) kind!: BenefitKind;
  @Field(() => BenefitUnitEnum) @IsIn(BENEFIT_UNITS) unit!: BenefitUnit;
  @Field(() => ID, { description: 'The organisation whose budget or staff receives the benefit.' })
  @IsUUID('all', uuid)
  receiverId!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) owner?: string;
  @Field(() => DecimalScalar, { nullable: true }) @IsOptional() @IsQuantity() baselineValue?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) measurementMethod?: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The work process the benefit improves: a KLE code such as 27.24.00, or the programme’s own code. Two projects claiming the same process for the same receiver in the same years are flagged.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  process?: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Adoption-driven: the value per adopting organisation per full fiscal year, in the benefit’s unit; expected and realised values then follow from the project’s adoption dates. Null: not adoption-driven.',
  })
  @IsOptional()
  @IsQuantity()
  perAdopter?: string | null;
  @YearValues({ optional: false, defaultEmpty: true }) targets!: BenefitTargetInput[];
  @YearValues({ optional: true, description: 'The owner’s current expectation per fiscal year.' }) forecasts?: BenefitTargetInput[];
}

@InputType()
export class UpdateBenefitInput extends VersionedUpdateInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(3, 300) title?: string;
  @Field(() => BenefitKindEnum, { nullable: true }) @IsOptional() @IsIn(BENEFIT_KINDS) kind?: BenefitKind;
  @Field(() => BenefitUnitEnum, { nullable: true }) @IsOptional() @IsIn(BENEFIT_UNITS) unit?: BenefitUnit;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) receiverId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) owner?: string;
  @Field(() => DecimalScalar, { nullable: true }) @IsOptional() @IsQuantity() baselineValue?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) measurementMethod?: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The work process the benefit improves: a KLE code such as 27.24.00, or the programme’s own code. Two projects claiming the same process for the same receiver in the same years are flagged.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  process?: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Adoption-driven: the value per adopting organisation per full fiscal year, in the benefit’s unit; expected and realised values then follow from the project’s adoption dates. Null: not adoption-driven.',
  })
  @IsOptional()
  @IsQuantity()
  perAdopter?: string | null;
  @YearValues({ optional: true, description: 'When given, replaces all yearly targets.' }) targets?: BenefitTargetInput[];
  @YearValues({ optional: true, description: 'When given, replaces all yearly forecasts.' }) forecasts?: BenefitTargetInput[];
}

@InputType()
export class RecordMeasurementInput {
  @Field(() => ID) @IsUUID('all', uuid) benefitId!: string;
  @Field(() => Int) @IsFiscalYear() fiscalYear!: number;
  @Field(() => DecimalScalar) @IsQuantity() value!: string;
  @Field({ nullable: true, description: 'Where the number comes from.' }) @IsOptional() @IsString() @MaxLength(2000) evidence?: string;
}

@InputType()
export class UpdateMeasurementInput extends VersionedUpdateInput {
  @Field(() => DecimalScalar, { nullable: true }) @IsOptional() @IsQuantity() value?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) evidence?: string;
}
