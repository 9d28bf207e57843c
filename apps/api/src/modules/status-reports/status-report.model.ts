import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RAG_VALUES, type Rag, STATUS_REPORT_STATES, type StatusReportState } from '@tvaers/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { RagEnum } from '../portfolio/portfolio.model.js';
import type { StatusReportEntity } from './status-report.entity.js';

export const StatusReportStateEnum = Object.fromEntries(STATUS_REPORT_STATES.map((s) => [s, s])) as Record<StatusReportState, StatusReportState>;
registerEnumType(StatusReportStateEnum, { name: 'StatusReportState', description: 'DRAFT → SUBMITTED → APPROVED, or RETURNED to the author.' });

export enum LightDimension {
  COST = 'COST',
  SCHEDULE = 'SCHEDULE',
  BENEFIT = 'BENEFIT',
}
registerEnumType(LightDimension, { name: 'LightDimension' });

@ObjectType('StatusLight', { description: 'A computed light, an optional override with its reason, and the light that applies.' })
export class StatusLightModel {
  @Field(() => RagEnum) computed!: Rag;
  @Field(() => RagEnum, { nullable: true }) override!: Rag | null;
  @Field(() => String, { nullable: true }) overrideReason!: string | null;
  @Field(() => RagEnum) effective!: Rag;
}

const light = (computed: string, override: string | null, reason: string | null): StatusLightModel => ({
  computed: computed as Rag,
  override: override as Rag | null,
  overrideReason: reason,
  effective: (override ?? computed) as Rag,
});

@ObjectType('StatusReport', { description: 'A half-yearly status report with computed and overridden lights.' })
export class StatusReportModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field({ description: 'e.g. 2026-H1' }) period!: string;
  @Field(() => StatusReportStateEnum) state!: StatusReportState;
  @Field(() => RagEnum) selfAssessedRag!: Rag;
  @Field(() => StatusLightModel) cost!: StatusLightModel;
  @Field(() => StatusLightModel) schedule!: StatusLightModel;
  @Field(() => StatusLightModel) benefit!: StatusLightModel;
  @Field() narrative!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) submittedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) returnReason!: string | null;
  @Field(() => Int) version!: number;

  static from(e: StatusReportEntity): StatusReportModel {
    return Object.assign(new StatusReportModel(), {
      id: e.id,
      projectId: e.projectId,
      period: e.period,
      state: e.state as StatusReportState,
      selfAssessedRag: e.selfAssessedRag as Rag,
      cost: light(e.computedCostRag, e.overrideCostRag, e.overrideCostReason),
      schedule: light(e.computedScheduleRag, e.overrideScheduleRag, e.overrideScheduleReason),
      benefit: light(e.computedBenefitRag, e.overrideBenefitRag, e.overrideBenefitReason),
      narrative: e.narrative,
      submittedAt: e.submittedAt,
      decidedAt: e.decidedAt,
      returnReason: e.returnReason,
      version: e.version,
    });
  }
}

@InputType()
export class LightOverrideInput {
  @Field(() => LightDimension) @IsIn(Object.values(LightDimension)) dimension!: LightDimension;
  @Field(() => RagEnum) @IsIn(RAG_VALUES) rag!: Rag;
  @Field({ description: 'Required: why the computed light does not tell the truth.' })
  @IsString()
  @Length(5, 2000, { message: 'must explain the override in 5 to 2000 characters' })
  reason!: string;
}

@InputType()
export class CreateStatusReportInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) projectId!: string;
  @Field({ description: 'Half-year, e.g. 2026-H1.' }) @Matches(/^\d{4}-H[12]$/, { message: 'must be a half-year such as 2026-H1' }) period!: string;
  @Field(() => RagEnum) @IsIn(RAG_VALUES) selfAssessedRag!: Rag;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) narrative?: string;
  @Field(() => [LightOverrideInput], { defaultValue: [] })
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => LightOverrideInput)
  overrides!: LightOverrideInput[];
}

@InputType()
export class UpdateStatusReportInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => RagEnum, { nullable: true }) @IsOptional() @IsIn(RAG_VALUES) selfAssessedRag?: Rag;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) narrative?: string;
  @Field(() => [LightOverrideInput], { nullable: true, description: 'When given, replaces all overrides.' })
  @IsOptional()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => LightOverrideInput)
  overrides?: LightOverrideInput[];
}
