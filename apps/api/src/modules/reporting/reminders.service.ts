import type { LabelLanguage } from '@tvaers/domain';
import { Inject, Injectable } from '@nestjs/common';
import { OVERDUE_REMINDER_DAYS, reminderDue } from '@tvaers/domain';
import { DataSource } from 'typeorm';
import { runWithContext } from '../../auth/request-context.js';
import { JOBS_CONFIG, type JobsConfig } from './jobs-config.js';
import { MailerService } from './mailer.service.js';
import { reminderTexts } from './reminder-texts.js';
import { INSERT_MAIL_SQL, INSERT_NOTIFICATION_SQL, REMINDER_RECIPIENTS_SQL } from './reporting.queries.js';

interface RecipientRow {
  round_id: string;
  period: string;
  due_date: string;
  reminder_days_before: number;
  programme_id: string;
  programme_name: string;
  currency: string;
  project_id: string;
  code: string;
  title: string;
  user_id: string;
  email: string;
  /** The recipient's chosen language; null: the programme's country's. */
  language: LabelLanguage | null;
}

/**
 * Reporting-round reminders: a notification in the app and a mail, once per reminder, project and
 * person. "Once" is the database's unique key on (user, dedupe key), so running the job twice, or in
 * two API processes at the same time, sends nothing twice.
 */
@Injectable()
export class RemindersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
  ) {}

  /** Creates the reminders due on `today` (YYYY-MM-DD) and delivers the outbox; returns the counts. */
  run(today = new Date().toISOString().slice(0, 10)): Promise<{ reminded: number; mailed: number }> {
    return runWithContext({ system: true, operation: 'job reporting-reminders' }, async () => {
      const rows = (await this.dataSource.query(REMINDER_RECIPIENTS_SQL, [today, OVERDUE_REMINDER_DAYS])) as RecipientRow[];
      let reminded = 0;
      for (const row of rows) {
        const kind = reminderDue(row.due_date, today, row.reminder_days_before);
        if (!kind) continue;
        const path = `/projects/${row.project_id}?programme=${row.programme_id}`;
        const texts = reminderTexts(kind, row.currency, row.language, {
          programme: row.programme_name,
          code: row.code,
          title: row.title,
          period: row.period,
          dueDate: row.due_date,
          link: `${this.config.publicUrl}${path}`,
        });
        const inserted = await this.dataSource.transaction(async (m) => {
          const created = (await m.query(INSERT_NOTIFICATION_SQL, [
            row.user_id,
            `REPORT_${kind}`,
            `${kind}:${row.round_id}:${row.project_id}`,
            texts.title,
            texts.body,
            path,
          ])) as unknown[];
          if (created.length) await m.query(INSERT_MAIL_SQL, [row.email, texts.title, texts.mailBody]);
          return created.length > 0;
        });
        if (inserted) reminded += 1;
      }
      const mailed = await this.mailer.deliverOutbox();
      return { reminded, mailed };
    });
  }
}
