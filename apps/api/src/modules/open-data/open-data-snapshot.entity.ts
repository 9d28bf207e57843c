import type { OpenDataFeed } from '@tvaers/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { VersionedEntity } from '../../database/versioned.entity.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { WrittenWithin } from '../../auth/write-scope.js';

/**
 * The public open-data feed as it stood when a reporting round closed: what `portfolio.json?period=`
 * returns for that period. Written once, never changed (the app role may not update or delete it).
 */
@Entity('open_data_snapshots')
@Unique('uq_open_data_snapshots_programme_period', ['programmeId', 'period'])
@Check('ck_open_data_snapshots_period', `"period" ~ '^[0-9]{4}-H[12]$'`)
@WrittenWithin('programmeChild')
export class OpenDataSnapshotEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<ProgrammeEntity>;

  @Column({ type: 'text' })
  period!: string;

  @Column({ type: 'jsonb' })
  feed!: OpenDataFeed;
}
