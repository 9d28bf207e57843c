import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { ProgrammeScopeColumn } from '../../database/programme-scope.column.js';

// Maintained rollups (issue 16): what the dashboards sum, kept per project and fiscal year (and per
// project and receiver) by statement triggers on the rows they sum, in the same transaction (see the
// PortfolioRollups migration). Derived data: never written by the app, never audited, not in backups
// (a restore computes them again). Amounts are monetised with the programme's rates and unrounded, so
// sums of them are the ad-hoc aggregate's sums to the last digit. A null amount: no such rows.

@Entity('project_year_rollups')
export class ProjectYearRollupEntity {
  @PrimaryColumn({ type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;

  @ProgrammeScopeColumn()
  programmeId?: string;

  @PrimaryColumn({ type: 'integer' })
  fiscalYear!: number;

  /** Budget lines of the year. */
  @Column({ type: 'numeric', nullable: true })
  plannedCost!: string | null;

  /** The part of plannedCost funded by the programme's fund organisation. */
  @Column({ type: 'numeric', nullable: true })
  coFunding!: string | null;

  /** Cost actuals dated in the fiscal year. */
  @Column({ type: 'numeric', nullable: true })
  actualCost!: string | null;

  /** Monetised targets. */
  @Column({ type: 'numeric', nullable: true })
  plannedBenefit!: string | null;

  /** Whether any validated or harvested measurement falls in the year (of any unit). */
  @Column({ type: 'boolean', default: false })
  measured!: boolean;

  /** Monetised validated and harvested measurements. */
  @Column({ type: 'numeric', nullable: true })
  realisedBenefit!: string | null;

  @Column({ type: 'numeric', nullable: true })
  harvestedBenefit!: string | null;

  @Column({ type: 'numeric', nullable: true })
  hoursFreed!: string | null;

  @Column({ type: 'numeric', nullable: true })
  fteFreed!: string | null;
}

/** Monetised targets per project and receiving organisation (all years): the wrong-pocket flows. */
@Entity('project_receiver_rollups')
export class ProjectReceiverRollupEntity {
  @PrimaryColumn({ type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;

  @ProgrammeScopeColumn()
  programmeId?: string;

  @PrimaryColumn({ type: 'uuid' })
  receiverId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'receiver_id' })
  receiver?: Relation<OrganisationEntity>;

  @Column({ type: 'numeric' })
  plannedBenefit!: string;
}

/** Per project, what does not depend on the as-of year: NPVs, net benefit and payback year. */
@Entity('project_rollups')
export class ProjectRollupEntity {
  @PrimaryColumn({ type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;

  @ProgrammeScopeColumn()
  programmeId?: string;

  /** NPV of the planned net flows (budget lines against monetised targets), from the first year. */
  @Column({ type: 'numeric', nullable: true })
  plannedNpv!: string | null;

  @Column({ type: 'numeric', nullable: true })
  netBenefit!: string | null;

  /** NPV of the realised net flows (actual costs against realised benefits). */
  @Column({ type: 'numeric', nullable: true })
  realisedNpv!: string | null;

  /** The first fiscal year in which the cumulative planned net flow is not negative. */
  @Column({ type: 'integer', nullable: true })
  paybackYear!: number | null;
}
