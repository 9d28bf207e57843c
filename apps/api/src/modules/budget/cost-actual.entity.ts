import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { COST_CATEGORIES } from '@tvaers/domain';
import { DATE_ONLY, MONEY, oneOf } from '../../database/column-types.js';
import { ProjectChildEntity } from '../projects/project-child.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

/**
 * A cost that was actually paid. Negative amounts are allowed: a credit note corrects an earlier
 * invoice without rewriting it, which keeps the ledger auditable.
 */
@Entity('cost_actuals')
@Index('ix_cost_actuals_project_date', ['projectId', 'date'])
@Check('ck_cost_actuals_category', oneOf('category', COST_CATEGORIES))
@Check('ck_cost_actuals_amount', `"amount" <> 0`)
export class CostActualEntity extends ProjectChildEntity {
  @Column({ ...DATE_ONLY })
  date!: string;

  @Index('ix_cost_actuals_payer')
  @Column({ type: 'uuid' })
  payerId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'payer_id' })
  payer?: Relation<OrganisationEntity>;

  @Column({ type: 'text' })
  category!: string;

  @Column({ ...MONEY })
  amount!: string;

  /** Invoice or voucher number in the payer's ledger. */
  @Column({ type: 'text', default: '' })
  reference!: string;
}
