import { expectRefused, type MutationCases } from '../../../../test/mutation-cases.js';
import type { TestApp } from '../../../../test/test-app.js';

export const CREATE_ROUND = `mutation($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id version period dueDate reminderDaysBefore } }`;

export async function createRound(app: TestApp, programmeId: string, dueDate: string, period = '2026-H2', reminderDaysBefore = 7) {
  return (await app.ok(CREATE_ROUND, { input: { programmeId, period, dueDate, reminderDaysBefore } })).createReportingRound;
}

/** A notification for a fresh user, as the reminder job would write it. */
async function notificationFor(app: TestApp) {
  const user = await app.as('VIEWER');
  await app.dataSource.query(
    `INSERT INTO notifications (user_id, kind, dedupe_key, title, body, link) VALUES ($1, 'TEST', 'test', 'Husk rapporten', 'Rapporten for 2026-H2', '/')`,
    [user.userId],
  );
  return user;
}

export const reportingCases: MutationCases = {
  createReportingRound: {
    async success(app, { programme }) {
      const round = await createRound(app, programme.id, '2027-01-31');
      expect(round).toMatchObject({ period: '2026-H2', dueDate: '2027-01-31', reminderDaysBefore: 7, version: 1 });
      const { programme: read } = await app.ok(`query($id: ID!) { programme(id: $id) { reportingRounds { id } } }`, { id: programme.id });
      expect(read.reportingRounds).toEqual([{ id: round.id }]);
    },
    async invalid(app, { programme }) {
      expectRefused(
        await app.gql(CREATE_ROUND, { input: { programmeId: programme.id, period: '2026-Q4', dueDate: '2027-01-31' } }),
        'BAD_USER_INPUT',
        'input.period',
      );
      expectRefused(
        await app.gql(CREATE_ROUND, {
          input: { programmeId: programme.id, period: '2026-H2', dueDate: '2027-01-31', reminderDaysBefore: 400 },
        }),
        'BAD_USER_INPUT',
        'input.reminderDaysBefore',
      );
      await createRound(app, programme.id, '2027-01-31');
      expectRefused(
        await app.gql(CREATE_ROUND, { input: { programmeId: programme.id, period: '2026-H2', dueDate: '2027-02-28' } }),
        'BAD_USER_INPUT',
        'input.period',
      );
    },
  },
  updateReportingRound: {
    async success(app, { programme }) {
      const round = await createRound(app, programme.id, '2027-01-31');
      const { updateReportingRound } = await app.ok(
        `mutation($input: UpdateReportingRoundInput!) { updateReportingRound(input: $input) { dueDate reminderDaysBefore version } }`,
        {
          input: { id: round.id, version: round.version, dueDate: '2027-02-15', reminderDaysBefore: 14 },
        },
      );
      expect(updateReportingRound).toEqual({ dueDate: '2027-02-15', reminderDaysBefore: 14, version: 2 });
    },
    async invalid(app, { programme }) {
      const round = await createRound(app, programme.id, '2027-01-31');
      expectRefused(
        await app.gql(`mutation($input: UpdateReportingRoundInput!) { updateReportingRound(input: $input) { id } }`, {
          input: { id: round.id, version: round.version, dueDate: '0000-01-01' },
        }),
        'BAD_USER_INPUT',
      );
    },
  },
  deleteReportingRound: {
    async success(app, { programme }) {
      const round = await createRound(app, programme.id, '2027-01-31');
      await app.ok(`mutation($id: ID!, $v: Int!) { deleteReportingRound(id: $id, version: $v) }`, { id: round.id, v: round.version });
      expect(
        (await app.ok(`query($id: ID!) { programme(id: $id) { reportingRounds { id } } }`, { id: programme.id })).programme.reportingRounds,
      ).toEqual([]);
    },
    async invalid(app, { programme }) {
      const round = await createRound(app, programme.id, '2027-01-31');
      expectRefused(await app.gql(`mutation($id: ID!) { deleteReportingRound(id: $id, version: 4) }`, { id: round.id }), 'CONFLICT');
    },
  },
  sendDueReminders: {
    async success(app) {
      const { sendDueReminders } = await app.ok(`mutation { sendDueReminders { reminded mailed } }`);
      expect(sendDueReminders.reminded).toBeGreaterThanOrEqual(0);
      // A second run right after sends nothing new.
      expect((await app.ok(`mutation { sendDueReminders { reminded } }`)).sendDueReminders.reminded).toBe(0);
    },
    async invalid(app) {
      const office = await app.as('PROGRAMME_OFFICE');
      expectRefused(await office.gql(`mutation { sendDueReminders { reminded } }`), 'FORBIDDEN');
    },
  },
  markNotificationRead: {
    async success(app) {
      const user = await notificationFor(app);
      const [notification] = (await user.ok(`{ myNotifications { id readAt } }`)).myNotifications;
      const { markNotificationRead } = await user.ok(`mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`, {
        id: notification.id,
      });
      expect(markNotificationRead.readAt).not.toBeNull();
      expect((await user.ok(`{ myUnreadNotificationCount }`)).myUnreadNotificationCount).toBe(0);
    },
    async invalid(app) {
      // Another user's notification does not exist for you.
      const owner = await notificationFor(app);
      const [notification] = (await owner.ok(`{ myNotifications { id } }`)).myNotifications;
      const stranger = await app.as('VIEWER');
      expectRefused(
        await stranger.gql(`mutation($id: ID!) { markNotificationRead(id: $id) { id } }`, { id: notification.id }),
        'NOT_FOUND',
      );
      expectRefused(await stranger.gql(`mutation { markNotificationRead(id: "not-a-uuid") { id } }`), 'BAD_USER_INPUT');
    },
  },
  markAllNotificationsRead: {
    async success(app) {
      const user = await notificationFor(app);
      expect((await user.ok(`mutation { markAllNotificationsRead }`)).markAllNotificationsRead).toBe(1);
      expect((await user.ok(`{ myNotifications(unreadOnly: true) { id } }`)).myNotifications).toEqual([]);
    },
    async invalid(app) {
      expectRefused(await app.anonymous.gql(`mutation { markAllNotificationsRead }`), 'UNAUTHENTICATED');
    },
  },
};
