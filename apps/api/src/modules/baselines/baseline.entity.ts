import { Column, Entity, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { DATE_ONLY, MONEY_SUM } from '../../database/column-types.js';
import { ProjectChildEntity } from '../projects/project-child.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** Frozen copy of what was approved; the JSON layout is BaselineSnapshot. */
export interface BaselineSnapshot {
  budgetLines: { fiscalYear: number; funderId: string; category: string; amount: string }[];
  benefitTargets: { benefitId: string; fiscalYear: number; value: string }[];
  milestones: { milestoneId: string; title: string; baselineDate: string }[];
  endDate: string | null;
}

@Entity('baselines')
@Unique('uq_baselines_project_number', ['projectId', 'baselineNumber'])
export class BaselineEntity extends ProjectChildEntity {
  /** 1, 2, 3 … per project; the highest is the current baseline. */
  @Column({ type: 'integer' })
  baselineNumber!: number;

  @Column({ type: 'timestamptz' })
  approvedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  approvedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approved_by_id' })
  approvedBy?: Relation<UserEntity> | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ ...DATE_ONLY, nullable: true })
  endDate!: string | null;

  @Column({ ...MONEY_SUM })
  totalCost!: string;

  @Column({ type: 'jsonb' })
  snapshot!: BaselineSnapshot;
}
