import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every e-mail Tværs sends, kept: sent through SMTP when SMTP_URL is set (then `sentAt`), otherwise
 * left here for the administrator to read. `error` holds the last delivery failure.
 */
@Entity('outbox_mails')
@Index('ix_outbox_mails_unsent', ['createdAt'], { where: '"sent_at" IS NULL' })
export class OutboxMailEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'smallint', default: 0 })
  attempts!: number;
}
