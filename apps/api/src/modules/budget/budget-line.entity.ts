import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { COST_CATEGORIES } from '@tvaers/domain';
import { MONEY, oneOf } from '../../database/column-types.js';
import { ProjectChildEntity } from '../projects/project-child.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

/** One cell of a project's budget grid: fiscal year × funder × category. */
@Entity('budget_lines')
@Unique('uq_budget_lines_cell', ['projectId', 'fiscalYear', 'funderId', 'category'])
@Check('ck_budget_lines_amount', `"amount" >= 0`)
@Check('ck_budget_lines_fiscal_year', `"fiscal_year" BETWEEN 2000 AND 2100`)
@Check('ck_budget_lines_category', oneOf('category', COST_CATEGORIES))
@Check('ck_budget_lines_range', `("low" IS NULL OR ("low" >= 0 AND "low" <= "amount")) AND ("high" IS NULL OR "high" >= "amount")`)
export class BudgetLineEntity extends ProjectChildEntity {
  @Column({ type: 'smallint' })
  fiscalYear!: number;

  @Index('ix_budget_lines_funder')
  @Column({ type: 'uuid' })
  funderId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'funder_id' })
  funder?: Relation<OrganisationEntity>;

  @Column({ type: 'text' })
  category!: string;

  /** The most likely amount. */
  @Column({ ...MONEY })
  amount!: string;

  /** Three-point estimate: the low and high amounts around the most likely one (null: no spread). */
  @Column({ ...MONEY, nullable: true })
  low!: string | null;

  @Column({ ...MONEY, nullable: true })
  high!: string | null;
}
