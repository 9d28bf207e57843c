import { Check, Column, Entity, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { QUANTITY } from '../../database/column-types.js';
import { VersionedEntity } from '../../database/versioned.entity.js';
import { BenefitEntity } from './benefit.entity.js';

@Entity('benefit_targets')
@Unique('uq_benefit_targets_year', ['benefitId', 'fiscalYear'])
@Check('ck_benefit_targets_fiscal_year', `"fiscal_year" BETWEEN 2000 AND 2100`)
export class BenefitTargetEntity extends VersionedEntity {
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
