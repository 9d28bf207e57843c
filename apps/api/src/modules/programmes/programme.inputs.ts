import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { ProjectPhase } from '@tvaers/domain';
import { ProjectPhaseEnum } from '../../common/graphql/enums.js';
import { Type } from 'class-transformer';
import { VersionedRowArgs, VersionedUpdateInput } from '../../common/graphql/common-types.js';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';
import { IsFiscalYear, IsMoney, IsPositiveMoney, IsRate } from '../../common/validation/validators.js';

@InputType()
export class TolerancesInput {
  @Field(() => DecimalScalar, { nullable: true }) @IsOptional() @IsRate() costAmberOverrunRate?: string;
  @Field(() => DecimalScalar, { nullable: true }) @IsOptional() @IsRate() costRedOverrunRate?: string;
  @Field(() => DecimalScalar, { nullable: true }) @IsOptional() @IsMoney() costRedOverrunAmount?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(3650) scheduleAmberDays?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(3650) scheduleRedDays?: number;
  @Field(() => DecimalScalar, { nullable: true }) @IsOptional() @IsRate() benefitGreenRate?: string;
  @Field(() => DecimalScalar, { nullable: true }) @IsOptional() @IsRate() benefitAmberRate?: string;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'A status report must explain a forecast deviating from the baseline by more than this; defaults to "0.05".',
  })
  @IsOptional()
  @IsRate()
  varianceThreshold?: string;
}

@InputType({
  description:
    'The checklist a gate into one phase works through; items Tværs checks itself are named as in DEFAULT_GATE_CHECKLISTS (e.g. APPROVED_BASELINE).',
})
export class GateChecklistConfigInput {
  @Field(() => ProjectPhaseEnum)
  @IsIn(['APPROVED', 'EXECUTION', 'ROLLOUT', 'CLOSED'], {
    message: 'must be APPROVED, EXECUTION, ROLLOUT or CLOSED (a cancellation needs no checklist)',
  })
  toPhase!: ProjectPhase;
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  items!: string[];
}

/** The programme's own gate checklists, at most one per phase. */
const GateChecklists = () =>
  applyDecorators(
    Field(() => [GateChecklistConfigInput], {
      nullable: true,
      description: 'Replaces the gate checklists of the phases given; the others keep theirs.',
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(4),
    ValidateNested({ each: true }),
    Type(() => GateChecklistConfigInput),
  );

const CURRENCY = /^[A-Z]{3}$/;
const MARGIN = 'Years before the period and after it for which entries are still accepted; defaults to 10.';
const MAX_LINE = 'The largest amount one budget line, cost, target or measurement may hold; defaults to "1000000000.00".';
const FUND_ORGANISATION =
  'The organisation holding the pooled programme money; its budget lines in a project are the programme co-funding.';

@InputType()
export class CreateProgrammeInput {
  @Field() @IsString() @Length(2, 200) name!: string;
  @Field() @Matches(CURRENCY, { message: 'must be an ISO 4217 code such as DKK' }) currency!: string;
  @Field(() => Int) @IsFiscalYear() periodStartYear!: number;
  @Field(() => Int) @IsFiscalYear() periodEndYear!: number;
  @Field(() => DecimalScalar) @IsMoney() fundingEnvelope!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Defaults to "0.04".' }) @IsOptional() @IsRate() discountRate?: string;
  @Field(() => Int, { nullable: true, description: 'Defaults to 1 (January).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  fiscalYearStartMonth?: number;
  @Field(() => DecimalScalar) @IsMoney() fteAnnualCost!: string;
  @Field(() => DecimalScalar) @IsMoney() hourlyRate!: string;
  @Field(() => ID, { nullable: true, description: FUND_ORGANISATION })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  fundOrganisationId?: string;
  @Field(() => TolerancesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TolerancesInput)
  tolerances?: TolerancesInput;
  @Field(() => Int, { nullable: true, description: MARGIN }) @IsOptional() @IsInt() @Min(0) @Max(100) fiscalYearMargin?: number;
  @Field(() => DecimalScalar, { nullable: true, description: MAX_LINE }) @IsOptional() @IsMoney() @IsPositiveMoney() maxLineAmount?: string;
  @GateChecklists() gateChecklists?: GateChecklistConfigInput[];
}

@InputType()
export class UpdateProgrammeInput extends VersionedUpdateInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(2, 200) name?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(CURRENCY, { message: 'must be an ISO 4217 code such as DKK' }) currency?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsFiscalYear() periodStartYear?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsFiscalYear() periodEndYear?: number;
  @Field(() => DecimalScalar, { nullable: true }) @IsOptional() @IsMoney() fundingEnvelope?: string;
  @Field(() => DecimalScalar, { nullable: true }) @IsOptional() @IsRate() discountRate?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(12) fiscalYearStartMonth?: number;
  @Field(() => DecimalScalar, { nullable: true }) @IsOptional() @IsMoney() fteAnnualCost?: string;
  @Field(() => DecimalScalar, { nullable: true }) @IsOptional() @IsMoney() hourlyRate?: string;
  @Field(() => ID, { nullable: true, description: FUND_ORGANISATION })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  fundOrganisationId?: string;
  @Field(() => TolerancesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TolerancesInput)
  tolerances?: TolerancesInput;
  @Field(() => Int, { nullable: true, description: MARGIN }) @IsOptional() @IsInt() @Min(0) @Max(100) fiscalYearMargin?: number;
  @Field(() => DecimalScalar, { nullable: true, description: MAX_LINE }) @IsOptional() @IsMoney() @IsPositiveMoney() maxLineAmount?: string;
  @GateChecklists() gateChecklists?: GateChecklistConfigInput[];
}

@InputType()
export class CreateTrackInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) programmeId!: string;
  @Field() @Matches(/^[A-Z0-9][A-Z0-9-]{0,19}$/, { message: 'must be 1–20 capital letters, digits or dashes' }) code!: string;
  @Field() @IsString() @Length(2, 200) name!: string;
}

@InputType()
export class UpdateTrackInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,19}$/, { message: 'must be 1–20 capital letters, digits or dashes' })
  code?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(2, 200) name?: string;
  @Field({ nullable: true, description: 'true archives the track (its projects keep it), false brings it back.' })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}

@ArgsType()
export class SetArchivedArgs extends VersionedRowArgs {
  @Field(() => Boolean, { description: 'true archives, false brings back.' }) @IsBoolean() archived!: boolean;
}

@InputType({ description: "The programme's tracks in their new order; every track of the programme, each once." })
export class ReorderTracksInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) programmeId!: string;
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true, message: 'must be UUIDs' }) trackIds!: string[];
}
