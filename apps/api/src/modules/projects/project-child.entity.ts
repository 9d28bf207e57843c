import { Column, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { VersionedEntity } from '../../database/versioned.entity.js';
import { ProjectEntity } from './project.entity.js';
import { ProgrammeScopeColumn } from '../../database/programme-scope.column.js';
import { WrittenWithin } from '../../auth/write-scope.js';

/**
 * Rows that belong to one project and go with it when it is deleted (budget lines, costs, benefits,
 * milestones, baselines, status reports, participations, adoption). Each table indexes project_id
 * itself: through its unique constraint where it has one, otherwise with an explicit index.
 */
@WrittenWithin('projectChild')
export abstract class ProjectChildEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;

  @ProgrammeScopeColumn()
  programmeId?: string;
}
