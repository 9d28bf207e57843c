import { Check, Column, Entity, Unique } from 'typeorm';
import { DELIVERY_CONFIDENCES, RAG_VALUES, STATUS_REPORT_STATES } from '@tvaers/domain';
import { oneOf } from '../../database/column-types.js';
import { ProjectChildEntity } from '../projects/project-child.entity.js';

const rag = (column: string, nullable = false) =>
  nullable ? `("${column}" IS NULL OR ${oneOf(column, RAG_VALUES)})` : oneOf(column, RAG_VALUES);

/** Half-yearly status: computed lights, optional overrides (each with its reason), narrative. */
@Entity('status_reports')
@Unique('uq_status_reports_project_period', ['projectId', 'period'])
@Check('ck_status_reports_period', `"period" ~ '^[0-9]{4}-H[12]$'`)
@Check('ck_status_reports_state', oneOf('state', STATUS_REPORT_STATES))
@Check(
  'ck_status_reports_rag',
  [
    rag('self_assessed_rag'),
    rag('computed_cost_rag'),
    rag('computed_schedule_rag'),
    rag('computed_benefit_rag'),
    rag('override_cost_rag', true),
    rag('override_schedule_rag', true),
    rag('override_benefit_rag', true),
  ].join(' AND '),
)
@Check(
  'ck_status_reports_override_reason',
  ['cost', 'schedule', 'benefit'].map((d) => `("override_${d}_rag" IS NULL OR length(trim("override_${d}_reason")) > 0)`).join(' AND '),
)
@Check(
  'ck_status_reports_confidence',
  ['delivery_confidence', 'office_confidence'].map((c) => `("${c}" IS NULL OR ${oneOf(c, DELIVERY_CONFIDENCES)})`).join(' AND '),
)
@Check('ck_status_reports_return_reason', `"state" <> 'RETURNED' OR length(trim("return_reason")) > 0`)
export class StatusReportEntity extends ProjectChildEntity {
  /** e.g. 2026-H1 */
  @Column({ type: 'text' })
  period!: string;

  @Column({ type: 'text' })
  selfAssessedRag!: string;

  @Column({ type: 'text' })
  computedCostRag!: string;

  @Column({ type: 'text' })
  computedScheduleRag!: string;

  @Column({ type: 'text' })
  computedBenefitRag!: string;

  @Column({ type: 'text', nullable: true })
  overrideCostRag!: string | null;

  @Column({ type: 'text', nullable: true })
  overrideCostReason!: string | null;

  @Column({ type: 'text', nullable: true })
  overrideScheduleRag!: string | null;

  @Column({ type: 'text', nullable: true })
  overrideScheduleReason!: string | null;

  @Column({ type: 'text', nullable: true })
  overrideBenefitRag!: string | null;

  @Column({ type: 'text', nullable: true })
  overrideBenefitReason!: string | null;

  @Column({ type: 'text', default: '' })
  narrative!: string;

  @Column({ type: 'text', default: 'DRAFT' })
  state!: string;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** Why the programme office sent the report back to its author. */
  @Column({ type: 'text', nullable: true })
  returnReason!: string | null;

  /** The project's own delivery confidence (five-point scale), required to submit. */
  @Column({ type: 'text', nullable: true })
  deliveryConfidence!: string | null;

  @Column({ type: 'text', default: '' })
  deliveryConfidenceComment!: string;

  /** The programme office's independent rating of the same report. */
  @Column({ type: 'text', nullable: true })
  officeConfidence!: string | null;

  @Column({ type: 'text', default: '' })
  officeConfidenceComment!: string;

  @Column({ type: 'uuid', nullable: true })
  officeRatedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  officeRatedAt!: Date | null;

  /** Why the forecast deviates from the baseline, per dimension (required above the programme's threshold). */
  @Column({ type: 'text', default: '' })
  costVarianceExplanation!: string;

  @Column({ type: 'text', default: '' })
  scheduleVarianceExplanation!: string;

  @Column({ type: 'text', default: '' })
  benefitVarianceExplanation!: string;

  /** Baseline, forecast and actual as they stood when the report was submitted. */
  @Column({ type: 'jsonb', nullable: true })
  outlook!: ReportOutlookSnapshot | null;

  /** The open risks and issues when the report was submitted. */
  @Column({ type: 'jsonb', nullable: true })
  riskSnapshot!: RiskSnapshotItem[] | null;

  @Column({ type: 'jsonb', nullable: true })
  issueSnapshot!: IssueSnapshotItem[] | null;
}

export interface ReportOutlookSnapshot {
  baselineCost: string;
  forecastCost: string;
  actualCost: string;
  baselineEnd: string | null;
  forecastEnd: string | null;
  actualEnd: string | null;
  baselineBenefit: string;
  forecastBenefit: string;
  actualBenefit: string;
}

export interface RiskSnapshotItem {
  id: string;
  title: string;
  status: string;
  score: number;
  residualScore: number | null;
  owner: string;
}

export interface IssueSnapshotItem {
  id: string;
  title: string;
  severity: string;
  status: string;
  owner: string;
}
