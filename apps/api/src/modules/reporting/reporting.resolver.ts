import { Args, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, PROGRAMME_EDITORS, SIGNED_IN } from '../../auth/allow.decorator.js';
import { VersionedRowArgs } from '../../common/graphql/common-types.js';
import { ProgrammeModel } from '../programmes/programme.model.js';
import { PageSizePipe } from './page-size.pipe.js';
import { CreateReportingRoundInput, UpdateReportingRoundInput } from './reporting.inputs.js';
import { NotificationModel, OutboxMailModel, ReportingRoundModel } from './reporting.model.js';
import { NotificationsService } from './notifications.service.js';
import { RemindersService } from './reminders.service.js';
import { ReportingRoundsService } from './reporting-rounds.service.js';

@ObjectType('ReminderRun')
export class ReminderRunModel {
  @Field(() => Int, { description: 'New reminders (notifications with their mails).' }) reminded!: number;
  @Field(() => Int, { description: 'Mails handed to the SMTP server.' }) mailed!: number;
}

@Resolver(() => ProgrammeModel)
export class ProgrammeReportingFieldsResolver {
  constructor(private readonly rounds: ReportingRoundsService) {}

  @ResolveField(() => [ReportingRoundModel], { description: 'Reporting rounds, latest due date first.' })
  async reportingRounds(@Parent() programme: ProgrammeModel): Promise<ReportingRoundModel[]> {
    return (await this.rounds.ofProgramme(programme.id)).map(ReportingRoundModel.from);
  }
}

@Resolver(() => ReportingRoundModel)
export class ReportingRoundsResolver {
  constructor(
    private readonly rounds: ReportingRoundsService,
    private readonly reminders: RemindersService,
  ) {}

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => ReportingRoundModel, { description: 'Calls for the status reports of a half-year by a due date; reminders follow.' })
  async createReportingRound(@Args('input') input: CreateReportingRoundInput): Promise<ReportingRoundModel> {
    return ReportingRoundModel.from(await this.rounds.create(input));
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => ReportingRoundModel)
  async updateReportingRound(@Args('input') input: UpdateReportingRoundInput): Promise<ReportingRoundModel> {
    return ReportingRoundModel.from(await this.rounds.update(input));
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => ID)
  async deleteReportingRound(@Args() { id, version }: VersionedRowArgs): Promise<string> {
    await this.rounds.delete(id, version);
    return id;
  }

  @Allow(['ADMIN'])
  @Mutation(() => ReminderRunModel, {
    description: 'Sends the reminders due today now instead of at the next hourly run (each still goes once).',
  })
  sendDueReminders(): Promise<ReminderRunModel> {
    return this.reminders.run();
  }
}

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Allow(SIGNED_IN)
  @Query(() => [NotificationModel], { description: 'The signed-in user’s notifications, newest first.' })
  async myNotifications(
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, defaultValue: 20 }, PageSizePipe) first: number,
  ): Promise<NotificationModel[]> {
    return (await this.notifications.mine(unreadOnly, first)).map(NotificationModel.from);
  }

  @Allow(SIGNED_IN)
  @Query(() => Int, { description: 'How many of the signed-in user’s notifications are unread (the bell’s number).' })
  myUnreadNotificationCount(): Promise<number> {
    return this.notifications.unreadCount();
  }

  @Allow(SIGNED_IN)
  @Mutation(() => NotificationModel)
  async markNotificationRead(@Args('id', { type: () => ID }) id: string): Promise<NotificationModel> {
    return NotificationModel.from(await this.notifications.markRead(id));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => Int, { description: 'Marks all the signed-in user’s notifications read; returns how many were unread.' })
  markAllNotificationsRead(): Promise<number> {
    return this.notifications.markAllRead();
  }

  @Allow(['ADMIN'])
  @Query(() => [OutboxMailModel], { description: 'The mail Tværs has sent or keeps (without SMTP_URL, all of it waits here).' })
  async outboxMails(@Args('first', { type: () => Int, defaultValue: 50 }, PageSizePipe) first: number): Promise<OutboxMailModel[]> {
    return (await this.notifications.outbox(first)).map(OutboxMailModel.from);
  }
}
