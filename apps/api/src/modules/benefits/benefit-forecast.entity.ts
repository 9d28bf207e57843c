import { Check, Column, Entity, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { QUANTITY } from '../../database/column-types.js';
import { VersionedEntity } from '../../database/versioned.entity.js';
import { BenefitEntity } from './benefit.entity.js';

/** The benefit owner's current expectation for a fiscal year, beside the target and the measurement. */
@Entity('benefit_forecasts')
@Unique('uq_benefit_forecasts_year', ['benefitId', 'fiscalYear'])
@Check('ck_benefit_forecasts_fiscal_year', `"fiscal_year" BETWEEN 2000 AND 2100`)
export class BenefitForecastEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  benefitId!: string;

  @ManyToOne(() => BenefitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'benefit_id' })
  benefit?: Relation<BenefitEntity>;

  @Column({ type: 'smallint' })
  fiscalYear!: number;

  @Column({ ...QUANTITY })
  value!: string;
}
