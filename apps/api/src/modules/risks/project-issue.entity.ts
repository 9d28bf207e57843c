import { Check, Column, Entity, Index } from 'typeorm';
import { ISSUE_SEVERITIES, ISSUE_STATUSES } from '@tvaers/domain';
import { DATE_ONLY, oneOf } from '../../database/column-types.js';
import { ProjectChildEntity } from '../projects/project-child.entity.js';

/** Something that has gone wrong and must be dealt with; resolving it needs the resolution written down. */
@Entity('project_issues')
@Index('ix_project_issues_project', ['projectId'])
@Check('ck_project_issues_severity', oneOf('severity', ISSUE_SEVERITIES))
@Check('ck_project_issues_status', oneOf('status', ISSUE_STATUSES))
@Check('ck_project_issues_resolution', `"status" <> 'RESOLVED' OR length(trim("resolution")) > 0`)
export class ProjectIssueEntity extends ProjectChildEntity {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text' })
  severity!: string;

  @Column({ type: 'text', default: 'OPEN' })
  status!: string;

  @Column({ type: 'text', default: '' })
  owner!: string;

  @Column({ ...DATE_ONLY, nullable: true })
  dueDate!: string | null;

  @Column({ type: 'text', default: '' })
  resolution!: string;
}
