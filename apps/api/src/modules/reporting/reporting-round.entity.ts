import { Check, Column, Entity, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { DATE_ONLY } from '../../database/column-types.js';
import { VersionedEntity } from '../../database/versioned.entity.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { WrittenWithin } from '../../auth/write-scope.js';

/** A programme's call for the status reports of one half-year, due on a date. */
@Entity('reporting_rounds')
@Unique('uq_reporting_rounds_programme_period', ['programmeId', 'period'])
@Check('ck_reporting_rounds_period', `"period" ~ '^[0-9]{4}-H[12]$'`)
@Check('ck_reporting_rounds_reminder_days', `"reminder_days_before" BETWEEN 0 AND 90`)
@WrittenWithin('programmeChild')
export class ReportingRoundEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<ProgrammeEntity>;

  @Column({ type: 'text' })
  period!: string;

  @Column({ ...DATE_ONLY })
  dueDate!: string;

  @Column({ type: 'smallint', default: 7 })
  reminderDaysBefore!: number;

  /** When the round was closed: its figures were then published as the period's open-data snapshot. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedById!: string | null;
}
