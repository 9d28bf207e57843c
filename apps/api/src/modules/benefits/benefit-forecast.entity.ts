import { Check, Entity, Unique } from 'typeorm';
import { BenefitYearValueEntity } from './benefit-year-value.entity.js';

/** The benefit owner's current expectation for a fiscal year, beside the target and the measurement. */
@Entity('benefit_forecasts')
@Unique('uq_benefit_forecasts_year', ['benefitId', 'fiscalYear'])
@Check('ck_benefit_forecasts_fiscal_year', `"fiscal_year" BETWEEN 2000 AND 2100`)
export class BenefitForecastEntity extends BenefitYearValueEntity {}
