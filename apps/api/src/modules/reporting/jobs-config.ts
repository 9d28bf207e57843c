/** Background work: the job queue, and how mail leaves Tværs. */
export interface JobsConfig {
  /** Run the job queue (pg-boss) in this process: the schedules and their workers. */
  enabled: boolean;
  /** SMTP server, e.g. smtp://user:pass@mail.example:587; unset keeps mail in the outbox for ADMIN to read. */
  smtpUrl: string | undefined;
  /** The sender of Tværs's mail. */
  mailFrom: string;
  /** The web app's address, for links in mails. */
  publicUrl: string;
}

export const JOBS_CONFIG = Symbol('JOBS_CONFIG');
