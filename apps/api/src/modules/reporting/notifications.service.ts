import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { currentUser } from '../../auth/request-context.js';
import { NotFoundError, UnauthenticatedError } from '../../common/errors/domain-errors.js';
import { NotificationEntity } from './notification.entity.js';
import { OutboxMailEntity } from './outbox-mail.entity.js';
import { MARK_ALL_READ_SQL, MARK_READ_SQL } from './reporting.queries.js';

/** The signed-in user's notifications (row-level security shows nobody else's) and the administrator's outbox. */
@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  private me(): string {
    const user = currentUser();
    if (!user) throw new UnauthenticatedError();
    return user.id;
  }

  mine(unreadOnly: boolean, first: number): Promise<NotificationEntity[]> {
    return this.dataSource.manager.find(NotificationEntity, {
      where: { userId: this.me(), ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: first,
    });
  }

  unreadCount(): Promise<number> {
    return this.dataSource.manager.count(NotificationEntity, { where: { userId: this.me(), readAt: IsNull() } });
  }

  async markRead(id: string): Promise<NotificationEntity> {
    const userId = this.me();
    const updated = (await this.dataSource.query(MARK_READ_SQL, [id, userId])) as unknown[][];
    if (!updated[0]?.length) throw new NotFoundError('Notification', id);
    return (await this.dataSource.manager.findOneBy(NotificationEntity, { id, userId }))!;
  }

  async markAllRead(): Promise<number> {
    const [, affected] = (await this.dataSource.query(MARK_ALL_READ_SQL, [this.me()])) as [unknown, number];
    return affected;
  }

  outbox(first: number): Promise<OutboxMailEntity[]> {
    return this.dataSource.manager.find(OutboxMailEntity, { order: { createdAt: 'DESC', id: 'ASC' }, take: first });
  }
}
