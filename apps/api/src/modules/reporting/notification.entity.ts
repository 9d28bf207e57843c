import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

/**
 * A message to one user in the app. `dedupeKey` makes each reminder once per user: a second run of the
 * reminder job (or a second API process running it) inserts nothing.
 */
@Entity('notifications')
@Unique('uq_notifications_user_dedupe', ['userId', 'dedupeKey'])
@Index('ix_notifications_user_created', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  dedupeKey!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** Path in the web app, e.g. /projects/… */
  @Column({ type: 'text', default: '' })
  link!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
