import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { MONEY, RATE } from '../../database/column-types.js';
import { VersionedEntity } from '../../database/versioned.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { WrittenWithin } from '../../auth/write-scope.js';

@Entity('programmes')
@Check('ck_programmes_currency', `"currency" ~ '^[A-Z]{3}$'`)
@Check('ck_programmes_period', `"period_start_year" BETWEEN 2000 AND 2100 AND "period_end_year" BETWEEN "period_start_year" AND 2100`)
@Check('ck_programmes_fy_start_month', `"fiscal_year_start_month" BETWEEN 1 AND 12`)
@Check('ck_programmes_non_negative', `"funding_envelope" >= 0 AND "fte_annual_cost" >= 0 AND "hourly_rate" >= 0`)
@Check('ck_programmes_entry_bounds', `"fiscal_year_margin" BETWEEN 0 AND 100 AND "max_line_amount" > 0`)
@Check('ck_programmes_discount_rate', `"discount_rate" >= 0 AND "discount_rate" < 1`)
@Check(
  'ck_programmes_tolerances',
  `"cost_amber_overrun_rate" <= "cost_red_overrun_rate" AND "cost_red_overrun_amount" >= 0 AND "schedule_amber_days" <= "schedule_red_days" AND "benefit_amber_rate" <= "benefit_green_rate"`,
)
@WrittenWithin('programme')
export class ProgrammeEntity extends VersionedEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'smallint' })
  periodStartYear!: number;

  @Column({ type: 'smallint' })
  periodEndYear!: number;

  @Column({ ...MONEY })
  fundingEnvelope!: string;

  @Column({ ...RATE, default: () => '0.04' })
  discountRate!: string;

  @Column({ type: 'smallint', default: 1 })
  fiscalYearStartMonth!: number;

  @Column({ ...MONEY })
  fteAnnualCost!: string;

  /** The organisation that holds the pooled programme money; its budget lines are the co-funding. */
  @Index('ix_programmes_fund_organisation')
  @Column({ type: 'uuid', nullable: true })
  fundOrganisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_organisation_id' })
  fundOrganisation?: Relation<OrganisationEntity>;

  @Column({ ...MONEY })
  hourlyRate!: string;

  // Traffic-light tolerances (docs/domain.md defaults), configurable per programme.
  @Column({ ...RATE, default: () => '0.05' })
  costAmberOverrunRate!: string;

  @Column({ ...RATE, default: () => '0.1' })
  costRedOverrunRate!: string;

  @Column({ ...MONEY, default: () => '6000000.00' })
  costRedOverrunAmount!: string;

  @Column({ type: 'integer', default: 31 })
  scheduleAmberDays!: number;

  @Column({ type: 'integer', default: 92 })
  scheduleRedDays!: number;

  @Column({ ...RATE, default: () => '0.95' })
  benefitGreenRate!: string;

  @Column({ ...RATE, default: () => '0.8' })
  benefitAmberRate!: string;

  /** Entries are accepted for fiscal years from periodStartYear − margin to periodEndYear + margin. */
  @Column({ type: 'smallint', default: 10 })
  fiscalYearMargin!: number;

  /** The largest amount one budget line, cost, target or measurement may hold (sums are unbounded). */
  @Column({ ...MONEY, default: () => '1000000000.00' })
  maxLineAmount!: string;

  /** A status report must explain a forecast that deviates from the baseline by more than this rate. */
  @Column({ ...RATE, default: () => '0.05' })
  varianceThreshold!: string;

  /** Gate checklist per target phase; null uses DEFAULT_GATE_CHECKLISTS. */
  @Column({ type: 'jsonb', nullable: true })
  gateChecklists!: Partial<Record<string, string[]>> | null;

  /** Set when the programme was archived: kept with its history, left out of the programme lists. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
