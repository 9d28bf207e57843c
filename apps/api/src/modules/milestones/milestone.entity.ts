import { Column, Entity, Index } from 'typeorm';
import { DATE_ONLY } from '../../database/column-types.js';
import { ProjectChildEntity } from '../projects/project-child.entity.js';

@Entity('milestones')
@Index('ix_milestones_project', ['projectId'])
export class MilestoneEntity extends ProjectChildEntity {
  @Column({ type: 'text' })
  title!: string;

  @Column({ ...DATE_ONLY })
  baselineDate!: string;

  @Column({ ...DATE_ONLY, nullable: true })
  forecastDate!: string | null;

  @Column({ ...DATE_ONLY, nullable: true })
  actualDate!: string | null;
}
