import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ATTACHMENT_KINDS } from '@tvaers/domain';
import { oneOf } from '../../database/column-types.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { ProgrammeScopeColumn } from '../../database/programme-scope.column.js';
import { WrittenWithin } from '../../auth/write-scope.js';

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

/**
 * An evidence file on a record (measurement, cost, status report, gate decision, benefit report). The
 * bytes live in PostgreSQL so one backup holds everything; the record's project decides who sees it.
 * Files are evidence: never edited, only added (and removed with their record).
 */
@Entity('attachments')
@Index('ix_attachments_record', ['recordKind', 'recordId'])
@Index('ix_attachments_project', ['projectId'])
@Check('ck_attachments_kind', oneOf('record_kind', ATTACHMENT_KINDS))
@Check('ck_attachments_size', `"size" BETWEEN 1 AND ${MAX_ATTACHMENT_BYTES} AND octet_length("content") = "size"`)
@Check('ck_attachments_sha256', `"sha256" ~ '^[0-9a-f]{64}$'`)
@WrittenWithin('projectChild')
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  recordKind!: string;

  @Column({ type: 'uuid' })
  recordId!: string;

  @Column({ type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ProjectEntity>;

  @ProgrammeScopeColumn()
  programmeId?: string;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'text' })
  mediaType!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ type: 'uuid', nullable: true })
  uploadedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy?: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt!: Date;
}
