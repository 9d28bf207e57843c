import { addParticipation, createProject, createWorld } from '../../../../test/factories.js';
import { runMutationCases } from '../../../../test/mutation-cases.js';
import { startSmtpServer } from '../../../../test/smtp-server.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { createTestDatabase } from '../../../../test/test-database.js';
import { JobQueueService } from '../job-queue.service.js';
import { createRound, reportingCases } from './reporting.cases.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A project in EXECUTION led by `lead`, and a partner user acting for the lead in the programme. */
async function projectToReport(app: TestApp) {
  const world = await createWorld(app);
  const project = await createProject(app, world.programme.id, { phase: 'EXECUTION' });
  await addParticipation(app, project.id, world.lead.id, ['LEAD']);
  const partner = await app.as('PARTNER', world.lead.id, [world.programme.id]);
  const [{ email }] = await app.dataSource.query(`SELECT email FROM users WHERE id = $1`, [partner.userId]);
  return { ...world, project, partner, partnerEmail: email as string };
}

describe('reporting rounds, reminders and notifications', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  runMutationCases(reportingCases, { app: () => app });

  it('without SMTP the reminder waits in the outbox, which only the administrator reads', async () => {
    const { programme, project, partner, partnerEmail } = await projectToReport(app);
    await createRound(app, programme.id, day(3));
    await app.ok(`mutation { sendDueReminders { reminded } }`);
    const { myNotifications } = await partner.ok(`{ myNotifications { kind title link readAt } myUnreadNotificationCount }`);
    expect(myNotifications).toEqual([
      {
        kind: 'REPORT_DUE_SOON',
        title: `Statusrapport for ${project.code} skal indsendes senest ${day(3)}`,
        link: `/projects/${project.id}?programme=${programme.id}`,
        readAt: null,
      },
    ]);
    const { outboxMails } = await app.ok(`{ outboxMails(first: 200) { recipient subject body sentAt } }`);
    const mine = outboxMails.filter((m: { recipient: string }) => m.recipient === partnerEmail);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ sentAt: null, body: expect.stringContaining(`/projects/${project.id}?programme=${programme.id}`) });
    expect((await partner.gql(`{ outboxMails { id } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a closed round reminds nobody, and the dashboard shows it as published', async () => {
    const { programme, partner } = await projectToReport(app);
    const round = await createRound(app, programme.id, day(3));
    await app.ok(`mutation($id: ID!, $v: Int!) { closeReportingRound(id: $id, version: $v) { id } }`, { id: round.id, v: round.version });
    await app.ok(`mutation { sendDueReminders { reminded } }`);
    expect((await partner.ok(`{ myNotifications { kind } }`)).myNotifications).toEqual([]);
    const { portfolioSummary } = await app.ok(
      `query($p: ID!) { portfolioSummary(programmeId: $p) { reportingRounds { period closed version } } }`,
      { p: programme.id },
    );
    expect(portfolioSummary.reportingRounds).toEqual([{ period: '2026-H2', closed: true, version: round.version + 1 }]);
  });

  it('the dashboard counts a round’s reports due, submitted, approved and overdue', async () => {
    const { programme, project } = await projectToReport(app);
    await createRound(app, programme.id, day(-1), '2026-H1');
    const rounds = async () =>
      (
        await app.ok(`query($p: ID!) { portfolioSummary(programmeId: $p) { reportingRounds { period due submitted approved overdue } } }`, {
          p: programme.id,
        })
      ).portfolioSummary.reportingRounds;
    expect(await rounds()).toEqual([{ period: '2026-H1', due: 1, submitted: 0, approved: 0, overdue: 1 }]);
    const report = (
      await app.ok(`mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) { id version } }`, {
        input: { projectId: project.id, period: '2026-H1', selfAssessedRag: 'GREEN', deliveryConfidence: 'GREEN' },
      })
    ).createStatusReport;
    await app.ok(`mutation($id: ID!, $v: Int!) { submitStatusReport(id: $id, version: $v) { id } }`, { id: report.id, v: report.version });
    expect(await rounds()).toEqual([{ period: '2026-H1', due: 1, submitted: 1, approved: 0, overdue: 0 }]);
  });
});

describe('reminders through the job queue and a real SMTP server, with two API processes', () => {
  it('a reminder mail arrives over SMTP once, though both processes run the job', async () => {
    const smtp = await startSmtpServer();
    const database = await createTestDatabase();
    const jobs = { enabled: true, smtpUrl: smtp.url };
    const first = await createTestApp({ databaseUrl: database.url, jobs });
    const second = await createTestApp({ databaseUrl: database.url, jobs });
    try {
      const { programme, project, partnerEmail } = await projectToReport(first);
      await createRound(first, programme.id, day(-1), '2026-H1');
      // Each process queues a run; pg-boss hands each job to one worker; the reminder goes once.
      await Promise.all([first.get(JobQueueService).runRemindersNow(), second.get(JobQueueService).runRemindersNow()]);
      await until('both reminder jobs to complete', async () => {
        const [{ done }] = await first.dataSource.query(
          `SELECT count(*)::int AS done FROM pgboss.job WHERE name = 'reporting-reminders' AND state = 'completed'`,
        );
        return done >= 2 ? done : undefined;
      });
      const toPartner = smtp.received.filter((m) => m.to.includes(partnerEmail));
      expect(toPartner).toHaveLength(1);
      expect(toPartner[0]!.raw).toContain(`Subject: Statusrapport for ${project.code} er forsinket`);
      expect(toPartner[0]!.raw).toContain('was due on');
      const [{ sent }] = await first.dataSource.query(
        `SELECT count(*)::int AS sent FROM outbox_mails WHERE recipient = $1 AND sent_at IS NOT NULL`,
        [partnerEmail],
      );
      expect(sent).toBe(1);
    } finally {
      await second.close();
      await first.close();
      await database.drop();
      await smtp.close();
    }
  }, 60_000);
});
