import { expectRefused, type MutationCases } from '../../../../test/mutation-cases.js';
import { createRound } from '../../reporting/__tests__/reporting.cases.js';

const CLOSE = `mutation($id: ID!, $v: Int!) { closeReportingRound(id: $id, version: $v) { id version closedAt } }`;

export const openDataCases: MutationCases = {
  closeReportingRound: {
    async success(app, { programme }) {
      const round = await createRound(app, programme.id, '2027-01-31');
      const { closeReportingRound } = await app.ok(CLOSE, { id: round.id, v: round.version });
      expect(closeReportingRound).toMatchObject({ id: round.id, version: round.version + 1, closedAt: expect.any(String) });
      const feed = (await (await fetch(`${app.baseUrl}/exports/programmes/${programme.id}/portfolio.json?period=2026-H2`)).json()) as {
        period: string;
      };
      expect(feed.period).toBe('2026-H2');
    },
    async invalid(app, { programme }) {
      const round = await createRound(app, programme.id, '2027-01-31');
      expectRefused(await app.gql(CLOSE, { id: round.id, v: round.version + 7 }), 'CONFLICT');
      expectRefused(await app.gql(CLOSE, { id: 'not-a-uuid', v: 1 }), 'BAD_USER_INPUT');
      await app.ok(CLOSE, { id: round.id, v: round.version });
      expectRefused(await app.gql(CLOSE, { id: round.id, v: round.version + 1 }), 'INVALID_TRANSITION');
    },
  },
};
