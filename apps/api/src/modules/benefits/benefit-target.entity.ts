import { Check, Column, Entity, Unique } from 'typeorm';
import { QUANTITY } from '../../database/column-types.js';
import { BenefitYearValueEntity } from './benefit-year-value.entity.js';

/**
 * The value a benefit should reach in one fiscal year, in its own unit; `value` is the most likely
 * one, `low` and `high` the optional three-point range around it.
 */
@Entity('benefit_targets')
@Unique('uq_benefit_targets_year', ['benefitId', 'fiscalYear'])
@Check('ck_benefit_targets_fiscal_year', `"fiscal_year" BETWEEN 2000 AND 2100`)
@Check('ck_benefit_targets_range', `("low" IS NULL OR "low" <= "value") AND ("high" IS NULL OR "high" >= "value")`)
export class BenefitTargetEntity extends BenefitYearValueEntity {
  @Column({ ...QUANTITY, nullable: true })
  low!: string | null;

  @Column({ ...QUANTITY, nullable: true })
  high!: string | null;
}
