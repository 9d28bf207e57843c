import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { DATABASE_URL, JobQueueService } from './job-queue.service.js';
import { JOBS_CONFIG, type JobsConfig } from './jobs-config.js';
import { MailerService } from './mailer.service.js';
import { NotificationsService } from './notifications.service.js';
import { RemindersService } from './reminders.service.js';
import { ReportingRoundsService } from './reporting-rounds.service.js';
import { NotificationsResolver, ProgrammeReportingFieldsResolver, ReportingRoundsResolver } from './reporting.resolver.js';

const RESOLVERS = [ReportingRoundsResolver, ProgrammeReportingFieldsResolver, NotificationsResolver];

/** Reporting rounds, reminders (in the app and by mail) and the job queue that sends them. */
@Module({})
export class ReportingModule {
  static with(jobs: JobsConfig, databaseUrl: string): DynamicModule {
    return {
      module: ReportingModule,
      imports: [AuditModule],
      providers: [
        { provide: JOBS_CONFIG, useValue: jobs },
        { provide: DATABASE_URL, useValue: databaseUrl },
        ReportingRoundsService,
        NotificationsService,
        MailerService,
        RemindersService,
        JobQueueService,
        ...RESOLVERS,
      ],
      exports: [JobQueueService, RemindersService],
    };
  }
}
