import { Check, Entity, Unique } from 'typeorm';
import { BenefitYearValueEntity } from './benefit-year-value.entity.js';

/** The value a benefit should reach in one fiscal year, in its own unit. */
@Entity('benefit_targets')
@Unique('uq_benefit_targets_year', ['benefitId', 'fiscalYear'])
@Check('ck_benefit_targets_fiscal_year', `"fiscal_year" BETWEEN 2000 AND 2100`)
export class BenefitTargetEntity extends BenefitYearValueEntity {}
