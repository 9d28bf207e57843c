import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Append-only audit trail. Each event's hash covers its canonical JSON and the previous event's hash,
 * forming a chain: changing or deleting any row breaks every hash after it.
 */
@Entity('audit_events')
@Index('ix_audit_events_entity', ['entityType', 'entityId'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'bigint' })
  sequence!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  actorEmail!: string;

  /** The GraphQL operation (e.g. "mutation updateProject") that caused the change; '' for system work. */
  @Column({ type: 'text', default: '' })
  operation!: string;

  /** INSERT, UPDATE or DELETE. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  entityType!: string;

  @Column({ type: 'uuid', nullable: true })
  entityId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;

  @Column({ type: 'char', length: 64 })
  previousHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
