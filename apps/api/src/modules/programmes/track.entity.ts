import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { VersionedEntity } from '../../database/versioned.entity.js';
import { ProgrammeEntity } from './programme.entity.js';
import { WrittenWithin } from '../../auth/write-scope.js';

@Entity('tracks')
@Unique('uq_tracks_programme_code', ['programmeId', 'code'])
@WrittenWithin('programmeChild')
export class TrackEntity extends VersionedEntity {
  @Index('ix_tracks_programme')
  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<ProgrammeEntity>;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Position in the programme's list of tracks (reorderTracks). */
  @Column({ type: 'integer', default: 0 })
  sortOrder!: number;

  /** Set when archived: its projects keep it, new projects cannot choose it. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
