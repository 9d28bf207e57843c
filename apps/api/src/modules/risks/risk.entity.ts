import { Check, Column, Entity, Index } from 'typeorm';
import { RISK_CATEGORIES, RISK_STATUSES } from '@tvaers/domain';
import { DATE_ONLY, oneOf } from '../../database/column-types.js';
import { ProjectChildEntity } from '../projects/project-child.entity.js';

const scale = (column: string, nullable = false) => `(${nullable ? `"${column}" IS NULL OR ` : ''}"${column}" BETWEEN 1 AND 5)`;

/** A threat to the project on two 1–5 scales, before (inherent) and after mitigation (residual). */
@Entity('risks')
@Index('ix_risks_project', ['projectId'])
@Check(
  'ck_risks_scales',
  [scale('probability'), scale('impact'), scale('residual_probability', true), scale('residual_impact', true)].join(' AND '),
)
@Check('ck_risks_residual_pair', `("residual_probability" IS NULL) = ("residual_impact" IS NULL)`)
@Check('ck_risks_status', oneOf('status', RISK_STATUSES))
@Check('ck_risks_category', oneOf('category', RISK_CATEGORIES))
export class RiskEntity extends ProjectChildEntity {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'smallint' })
  probability!: number;

  @Column({ type: 'smallint' })
  impact!: number;

  @Column({ type: 'text', default: '' })
  owner!: string;

  @Column({ type: 'text', default: '' })
  mitigation!: string;

  @Column({ type: 'smallint', nullable: true })
  residualProbability!: number | null;

  @Column({ type: 'smallint', nullable: true })
  residualImpact!: number | null;

  @Column({ type: 'text', default: 'OPEN' })
  status!: string;

  /** When the risk would strike if it does. */
  @Column({ ...DATE_ONLY, nullable: true })
  proximity!: string | null;

  @Column({ ...DATE_ONLY, nullable: true })
  reviewDate!: string | null;
}
