import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Append-only audit trail. Each event's hash covers its canonical JSON and the previous event's hash,
 * forming a chain: changing or deleting any row breaks every hash after it.
 */
@Entity('audit_events')
@Index('ix_audit_events_entity', ['entityType', 'entityId'])
@Check('ck_audit_events_form', `"form" IN (1, 2)`)
export class AuditEventEntity {
  @PrimaryColumn({ type: 'bigint' })
  sequence!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /**
   * Form 1 (before issue 21): the actor's e-mail as written then, hashed. Form 2: not hashed and not
   * kept for a user ('' : the user register says who, and can forget them); 'system' or 'anonymous'.
   */
  @Column({ type: 'text' })
  actorEmail!: string;

  /** Which canonical form the hash covers (docs/audit-trail.md): 1 with the actor's e-mail, 2 without. */
  @Column({ type: 'smallint', default: 1 })
  form!: number;

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
