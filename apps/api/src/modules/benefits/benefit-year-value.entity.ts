import { Column, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { QUANTITY } from '../../database/column-types.js';
import { VersionedEntity } from '../../database/versioned.entity.js';
import { BenefitEntity } from './benefit.entity.js';
import { ProgrammeScopeColumn } from '../../database/programme-scope.column.js';
import { WrittenWithin } from '../../auth/write-scope.js';

/**
 * One value of a benefit for one fiscal year, in the benefit's unit: a target, a forecast or a
 * measurement. Each table adds its own unique key (one per benefit and year) and checks.
 */
@WrittenWithin('benefitChild')
export abstract class BenefitYearValueEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  benefitId!: string;

  @ManyToOne(() => BenefitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'benefit_id' })
  benefit?: Relation<BenefitEntity>;

  @ProgrammeScopeColumn()
  programmeId?: string;

  @Column({ type: 'smallint' })
  fiscalYear!: number;

  @Column({ ...QUANTITY })
  value!: string;
}
