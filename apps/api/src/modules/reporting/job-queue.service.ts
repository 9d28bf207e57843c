import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { isDatabaseUnreachable } from '../../common/errors/postgres-errors.js';
import { runWithContext } from '../../auth/request-context.js';
import { AuditCheckpointService } from '../audit/audit-checkpoint.service.js';
import { JOBS_CONFIG, type JobsConfig } from './jobs-config.js';
import { RemindersService } from './reminders.service.js';

export const REMINDER_JOB = 'reporting-reminders';
/** Every hour at minute 5: the day's reminders go out in the first hour after midnight UTC. */
const REMINDER_CRON = '5 * * * *';
export const AUDIT_CHECKPOINT_JOB = 'audit-checkpoint';
/** Every minute: signs the audit chain's head when AUDIT_CHECKPOINT_EVENTS or _HOURS say it is due. */
const AUDIT_CHECKPOINT_CRON = '* * * * *';

export const DATABASE_URL = Symbol('DATABASE_URL');

/**
 * pg-boss's create_queue deadlocks when two processes create the same queue at once (two API
 * processes starting together, seen in the cluster test). PostgreSQL aborts one (40P01) after the
 * other has created the queue, so the aborted one asks again and finds it there.
 */
export async function createQueueRetryingDeadlock(boss: Pick<PgBoss, 'createQueue'>, name: string, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await boss.createQueue(name);
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= attempts) throw error;
    }
  }
}

/**
 * The job queue on PostgreSQL (pg-boss). Each API process starts it; pg-boss's cron creates one job
 * per tick however many processes run, and one worker takes it. Jobs live in the `pgboss` schema,
 * so one backup of the database holds them too.
 */
@Injectable()
export class JobQueueService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueueService.name);
  private boss: PgBoss | undefined;

  constructor(
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    private readonly reminders: RemindersService,
    private readonly auditCheckpoints: AuditCheckpointService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.enabled) return;
    const boss = new PgBoss({ connectionString: this.databaseUrl, schema: 'pgboss', max: 2, application_name: 'tvaers-jobs' });
    // pg-boss reconnects by itself: a database that is away (a restart, a fail-over, the end of
    // `npm start`) is a warning, not an error; anything else is logged as one.
    boss.on('error', (error: Error) =>
      isDatabaseUnreachable(error)
        ? this.logger.warn(`Job queue: the database is unavailable (${error.message}); jobs wait until it is back`)
        : this.logger.error(`Job queue: ${error.message}`),
    );
    await boss.start();
    await createQueueRetryingDeadlock(boss, REMINDER_JOB);
    await boss.schedule(REMINDER_JOB, REMINDER_CRON, {}, { tz: 'UTC' });
    await boss.work(REMINDER_JOB, { pollingIntervalSeconds: 2 }, async () => {
      const result = await this.reminders.run();
      this.logger.log(`Reminders: ${result.reminded} new, ${result.mailed} mails delivered`);
    });
    await createQueueRetryingDeadlock(boss, AUDIT_CHECKPOINT_JOB);
    await boss.schedule(AUDIT_CHECKPOINT_JOB, AUDIT_CHECKPOINT_CRON, {}, { tz: 'UTC' });
    await boss.work(AUDIT_CHECKPOINT_JOB, { pollingIntervalSeconds: 2 }, async () => {
      const checkpoint = await runWithContext({ system: true, operation: 'job audit-checkpoint' }, () =>
        this.auditCheckpoints.checkpointIfDue(),
      );
      if (checkpoint) this.logger.log(`Audit checkpoint signed: sequence ${checkpoint.sequence}, key ${checkpoint.keyId}`);
    });
    this.boss = boss;
  }

  /** Queues a reminder run now (tests, and an administrator who does not want to wait for the hour). */
  async runRemindersNow(): Promise<string | null> {
    if (!this.boss) throw new Error('The job queue is not running in this process');
    return this.boss.send(REMINDER_JOB, {});
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.boss = undefined;
  }
}
