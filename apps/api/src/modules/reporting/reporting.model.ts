import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import type { NotificationEntity } from './notification.entity.js';
import type { OutboxMailEntity } from './outbox-mail.entity.js';
import type { ReportingRoundEntity } from './reporting-round.entity.js';

@ObjectType('ReportingRound', { description: 'A programme’s call for the status reports of a half-year, due on a date.' })
export class ReportingRoundModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) programmeId!: string;
  @Field() period!: string;
  @Field(() => LocalDateScalar) dueDate!: string;
  @Field(() => Int) reminderDaysBefore!: number;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the round was closed and its figures published as the period’s open-data snapshot.',
  })
  closedAt!: Date | null;
  @Field(() => Int) version!: number;

  static from(e: ReportingRoundEntity): ReportingRoundModel {
    return Object.assign(new ReportingRoundModel(), {
      id: e.id,
      programmeId: e.programmeId,
      period: e.period,
      dueDate: e.dueDate,
      reminderDaysBefore: e.reminderDaysBefore,
      closedAt: e.closedAt,
      version: e.version,
    });
  }
}

@ObjectType('Notification', { description: 'A message to the signed-in user, e.g. a reporting reminder.' })
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field() title!: string;
  @Field() body!: string;
  @Field({ description: 'Where in the web app to act on it.' }) link!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt!: Date | null;

  static from(e: NotificationEntity): NotificationModel {
    return Object.assign(new NotificationModel(), {
      id: e.id,
      kind: e.kind,
      title: e.title,
      body: e.body,
      link: e.link,
      createdAt: e.createdAt,
      readAt: e.readAt,
    });
  }
}

@ObjectType('OutboxMail', { description: 'An e-mail Tværs sent or keeps: sentAt is null until an SMTP server took it.' })
export class OutboxMailModel {
  @Field(() => ID) id!: string;
  @Field() recipient!: string;
  @Field() subject!: string;
  @Field() body!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) sentAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The last delivery failure.' }) error!: string | null;
  @Field(() => Int) attempts!: number;

  static from(e: OutboxMailEntity): OutboxMailModel {
    return Object.assign(new OutboxMailModel(), {
      id: e.id,
      recipient: e.recipient,
      subject: e.subject,
      body: e.body,
      createdAt: e.createdAt,
      sentAt: e.sentAt,
      error: e.error,
      attempts: e.attempts,
    });
  }
}
