import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { JOBS_CONFIG, type JobsConfig } from './jobs-config.js';
import { CLAIM_UNSENT_MAILS_SQL, MARK_FAILED_SQL, MARK_SENT_SQL } from './reporting.queries.js';

/**
 * Delivers the outbox through SMTP (nodemailer). Every mail is first written to the outbox in the
 * transaction that decided to send it, so a crash never loses one; delivery marks it sent. Without
 * SMTP_URL the outbox is where mail stays, for the administrator to read.
 */
@Injectable()
export class MailerService implements OnModuleDestroy {
  private readonly logger = new Logger(MailerService.name);
  private transport: Transporter | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
  ) {}

  private transporter(): Transporter | undefined {
    if (!this.config.smtpUrl) return undefined;
    this.transport ??= nodemailer.createTransport(this.config.smtpUrl);
    return this.transport;
  }

  /** Sends what is waiting; returns how many mails went out. */
  async deliverOutbox(): Promise<number> {
    const transport = this.transporter();
    if (!transport) return 0;
    let sent = 0;
    await this.dataSource.transaction(async (m) => {
      const mails = (await m.query(CLAIM_UNSENT_MAILS_SQL)) as { id: string; recipient: string; subject: string; body: string }[];
      for (const mail of mails) {
        try {
          await transport.sendMail({ from: this.config.mailFrom, to: mail.recipient, subject: mail.subject, text: mail.body });
          await m.query(MARK_SENT_SQL, [mail.id]);
          sent += 1;
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          this.logger.warn(`Mail ${mail.id} to ${mail.recipient} not delivered: ${reason}`);
          await m.query(MARK_FAILED_SQL, [mail.id, reason.slice(0, 1000)]);
        }
      }
    });
    return sent;
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
