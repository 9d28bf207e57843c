import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { COMMON_COMPONENTS, LIFE_EVENTS, PROJECT_PHASES } from '@tvaers/domain';
import { allOf, DATE_ONLY, oneOf } from '../../database/column-types.js';
import { VersionedEntity } from '../../database/versioned.entity.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { TrackEntity } from '../programmes/track.entity.js';
import { WrittenWithin } from '../../auth/write-scope.js';

@Entity('projects')
@Unique('uq_projects_programme_code', ['programmeId', 'code'])
@Check('ck_projects_phase', oneOf('phase', PROJECT_PHASES))
@Check('ck_projects_life_events', allOf('life_events', LIFE_EVENTS))
@Check('ck_projects_common_components', allOf('common_components', COMMON_COMPONENTS))
@Check('ck_projects_planned_dates', `"planned_end" IS NULL OR "planned_start" IS NULL OR "planned_end" >= "planned_start"`)
@Check('ck_projects_forecast_dates', `"forecast_end" IS NULL OR "forecast_start" IS NULL OR "forecast_end" >= "forecast_start"`)
@Check('ck_projects_actual_dates', `"actual_end" IS NULL OR "actual_start" IS NULL OR "actual_end" >= "actual_start"`)
@WrittenWithin('project')
export class ProjectEntity extends VersionedEntity {
  @Index('ix_projects_programme')
  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<ProgrammeEntity>;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Index('ix_projects_track')
  @Column({ type: 'uuid', nullable: true })
  trackId!: string | null;

  @ManyToOne(() => TrackEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'track_id' })
  track?: Relation<TrackEntity> | null;

  @Index('ix_projects_phase')
  @Column({ type: 'text', default: 'PROPOSED' })
  phase!: string;

  @Column({ ...DATE_ONLY, nullable: true })
  plannedStart!: string | null;

  @Column({ ...DATE_ONLY, nullable: true })
  plannedEnd!: string | null;

  @Column({ ...DATE_ONLY, nullable: true })
  forecastStart!: string | null;

  @Column({ ...DATE_ONLY, nullable: true })
  forecastEnd!: string | null;

  @Column({ ...DATE_ONLY, nullable: true })
  actualStart!: string | null;

  @Column({ ...DATE_ONLY, nullable: true })
  actualEnd!: string | null;

  @Index('ix_projects_life_events', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  lifeEvents!: string[];

  @Index('ix_projects_common_components', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  commonComponents!: string[];
}
