import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DATE_ONLY } from '../../database/column-types.js';
import { VersionedEntity } from '../../database/versioned.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';

@Entity('milestones')
export class MilestoneEntity extends VersionedEntity {
  @Index('ix_milestones_project')
  @Column({ type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ ...DATE_ONLY })
  baselineDate!: string;

  @Column({ ...DATE_ONLY, nullable: true })
  forecastDate!: string | null;

  @Column({ ...DATE_ONLY, nullable: true })
  actualDate!: string | null;
}
