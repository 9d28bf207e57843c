import { Column, Entity, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { DATE_ONLY } from '../../database/column-types.js';
import { ProjectChildEntity } from '../projects/project-child.entity.js';
import { UserEntity } from '../users/user.entity.js';

export interface BenefitReportFigures {
  currency: string;
  asOfYear: number;
  plannedBenefit: string;
  realisedBenefit: string;
  realisationRate: string | null;
  years: { fiscalYear: number; plannedBenefit: string; realisedBenefit: string }[];
}

/** The report on benefits owed 12 months after a project's actual end; its figures are frozen when submitted. */
@Entity('benefit_reports')
@Unique('uq_benefit_reports_project', ['projectId'])
export class BenefitReportEntity extends ProjectChildEntity {
  @Column({ ...DATE_ONLY })
  dueDate!: string;

  @Column({ type: 'text' })
  narrative!: string;

  @Column({ type: 'jsonb' })
  figures!: BenefitReportFigures;

  @Column({ type: 'uuid', nullable: true })
  submittedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by_id' })
  submittedBy?: Relation<UserEntity>;

  @Column({ type: 'timestamptz' })
  submittedAt!: Date;
}
