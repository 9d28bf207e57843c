import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  DELIVERY_CONFIDENCES,
  type DeliveryConfidence,
  RAG_VALUES,
  type Rag,
  REPORT_DIMENSIONS,
  type ReportDimension,
  STATUS_REPORT_STATES,
  type StatusReportState,
} from '@tvaers/domain';
import { DeliveryConfidenceEnum, LightDimensionEnum } from '../../common/graphql/enums.js';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { RagEnum } from '../portfolio/portfolio.model.js';
import type { StatusReportEntity } from './status-report.entity.js';

export const StatusReportStateEnum = Object.fromEntries(STATUS_REPORT_STATES.map((s) => [s, s])) as Record<
  StatusReportState,
  StatusReportState
>;
registerEnumType(StatusReportStateEnum, {
  name: 'StatusReportState',
  description: 'DRAFT → SUBMITTED → APPROVED, or RETURNED to the author.',
});

/** The dimensions as a value (LightDimension.COST …) for the services. */
export const LightDimension = LightDimensionEnum;
export type LightDimension = ReportDimension;

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

@ObjectType('ReportOutlook', { description: 'Cost at completion, end date and monetised benefits: baseline, forecast and actual.' })
export class ReportOutlookModel {
  @Field(() => DecimalScalar) baselineCost!: string;
  @Field(() => DecimalScalar) forecastCost!: string;
  @Field(() => DecimalScalar) actualCost!: string;
  @Field(() => LocalDateScalar, { nullable: true }) baselineEnd!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) forecastEnd!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) actualEnd!: string | null;
  @Field(() => DecimalScalar) baselineBenefit!: string;
  @Field(() => DecimalScalar) forecastBenefit!: string;
  @Field(() => DecimalScalar) actualBenefit!: string;
}

@ObjectType('RiskSnapshot')
export class RiskSnapshotModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() status!: string;
  @Field(() => Int) score!: number;
  @Field(() => Int, { nullable: true }) residualScore!: number | null;
  @Field() owner!: string;
}

@ObjectType('IssueSnapshot')
export class IssueSnapshotModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() severity!: string;
  @Field() status!: string;
  @Field() owner!: string;
}

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
  @Field(() => DeliveryConfidenceEnum, { nullable: true, description: 'The project’s own delivery confidence; required to submit.' })
  deliveryConfidence!: DeliveryConfidence | null;
  @Field() deliveryConfidenceComment!: string;
  @Field(() => DeliveryConfidenceEnum, { nullable: true, description: 'The programme office’s independent rating; required to approve.' })
  officeConfidence!: DeliveryConfidence | null;
  @Field() officeConfidenceComment!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) officeRatedAt!: Date | null;
  @Field({ description: 'Why cost at completion deviates from the baseline (required above the programme’s variance threshold).' })
  costVarianceExplanation!: string;
  @Field() scheduleVarianceExplanation!: string;
  @Field() benefitVarianceExplanation!: string;
  @Field(() => ReportOutlookModel, { nullable: true, description: 'Baseline, forecast and actual as they stood at submission.' })
  outlook!: ReportOutlookModel | null;
  @Field(() => [RiskSnapshotModel], { nullable: true, description: 'The open risks at submission.' }) riskSnapshot!:
    RiskSnapshotModel[] | null;
  @Field(() => [IssueSnapshotModel], { nullable: true, description: 'The unresolved issues at submission.' }) issueSnapshot!:
    IssueSnapshotModel[] | null;
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
      deliveryConfidence: e.deliveryConfidence as DeliveryConfidence | null,
      deliveryConfidenceComment: e.deliveryConfidenceComment,
      officeConfidence: e.officeConfidence as DeliveryConfidence | null,
      officeConfidenceComment: e.officeConfidenceComment,
      officeRatedAt: e.officeRatedAt,
      costVarianceExplanation: e.costVarianceExplanation,
      scheduleVarianceExplanation: e.scheduleVarianceExplanation,
      benefitVarianceExplanation: e.benefitVarianceExplanation,
      outlook: e.outlook,
      riskSnapshot: e.riskSnapshot,
      issueSnapshot: e.issueSnapshot,
      version: e.version,
    });
  }
}

@InputType()
export class LightOverrideInput {
  @Field(() => LightDimensionEnum) @IsIn(REPORT_DIMENSIONS) dimension!: LightDimension;
  @Field(() => RagEnum) @IsIn(RAG_VALUES) rag!: Rag;
  @Field({ description: 'Required: why the computed light does not tell the truth.' })
  @IsString()
  @Length(5, 2000, { message: 'must explain the override in 5 to 2000 characters' })
  reason!: string;
}

@InputType()
export class CreateStatusReportInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) projectId!: string;
  @Field({ description: 'Half-year, e.g. 2026-H1.' })
  @Matches(/^\d{4}-H[12]$/, { message: 'must be a half-year such as 2026-H1' })
  period!: string;
  @Field(() => RagEnum) @IsIn(RAG_VALUES) selfAssessedRag!: Rag;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) narrative?: string;
  @Field(() => DeliveryConfidenceEnum, { nullable: true, description: 'The project’s own delivery confidence; required to submit.' })
  @IsOptional()
  @IsIn(DELIVERY_CONFIDENCES)
  deliveryConfidence?: DeliveryConfidence | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) deliveryConfidenceComment?: string;
  @Field({
    nullable: true,
    description: 'Required when the cost forecast deviates from the baseline by more than the programme’s threshold.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  costVarianceExplanation?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) scheduleVarianceExplanation?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) benefitVarianceExplanation?: string;
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
  @Field(() => DeliveryConfidenceEnum, { nullable: true, description: 'The project’s own delivery confidence; required to submit.' })
  @IsOptional()
  @IsIn(DELIVERY_CONFIDENCES)
  deliveryConfidence?: DeliveryConfidence | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) deliveryConfidenceComment?: string;
  @Field({
    nullable: true,
    description: 'Required when the cost forecast deviates from the baseline by more than the programme’s threshold.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  costVarianceExplanation?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) scheduleVarianceExplanation?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) benefitVarianceExplanation?: string;
  @Field(() => [LightOverrideInput], { nullable: true, description: 'When given, replaces all overrides.' })
  @IsOptional()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => LightOverrideInput)
  overrides?: LightOverrideInput[];
}
