import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { MEASUREMENT_STATUSES } from '@tvaers/domain';
import { oneOf } from '../../database/column-types.js';
import { UserEntity } from '../users/user.entity.js';
import { BenefitYearValueEntity } from './benefit-year-value.entity.js';

/** What a benefit actually delivered in one fiscal year, and how far that has been checked. */
@Entity('benefit_measurements')
@Unique('uq_benefit_measurements_year', ['benefitId', 'fiscalYear'])
@Index('ix_benefit_measurements_status', ['status'])
@Check('ck_benefit_measurements_status', oneOf('status', MEASUREMENT_STATUSES))
@Check('ck_benefit_measurements_fiscal_year', `"fiscal_year" BETWEEN 2000 AND 2100`)
@Check('ck_benefit_measurements_validated', `"status" = 'REPORTED' OR "validated_at" IS NOT NULL`)
@Check('ck_benefit_measurements_harvested', `"status" <> 'HARVESTED' OR "harvested_at" IS NOT NULL`)
@Check('ck_benefit_measurements_confirmed', `"confirmed_at" IS NULL OR length(trim("confirmation_reference")) > 0`)
export class BenefitMeasurementEntity extends BenefitYearValueEntity {
  @Column({ type: 'text', default: 'REPORTED' })
  status!: string;

  /** Where the number comes from: a report, a ledger extract, a time study. */
  @Column({ type: 'text', default: '' })
  evidence!: string;

  @Column({ type: 'uuid', nullable: true })
  reportedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reported_by_id' })
  reportedBy?: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  reportedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  validatedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'validated_by_id' })
  validatedBy?: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz', nullable: true })
  validatedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  harvestedAt!: Date | null;

  /** When the receiving organisation confirmed the saving (it then may be harvested). */
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  confirmedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'confirmed_by_id' })
  confirmedBy?: Relation<UserEntity> | null;

  /** The receiver's own reference, e.g. its budget decision. */
  @Column({ type: 'text', default: '' })
  confirmationReference!: string;

  /** Why the programme office confirmed on the receiver's behalf (empty when the receiver did). */
  @Column({ type: 'text', default: '' })
  confirmationReason!: string;
}
