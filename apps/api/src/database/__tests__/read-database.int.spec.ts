import { createProgramme } from '../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

// DATABASE_READ_URL: dashboards, exports and the public feed read from the replica and say how fresh
// it is; a write's own reads stay on the primary. Here the "replica" is a second pool on the same
// database under its own application_name, so pg_stat_activity shows which pool ran what. (The real
// standby, with replication lag, is in the cluster test: npm run test:cluster.)

const SUMMARY = `query($p: ID!) { portfolioSummary(programmeId: $p) { actualCost } }`;
const ROUNDS = `query($p: ID!) { programme(id: $p) { reportingRounds { id version period closedAt } } }`;
const CLOSE = `mutation($id: ID!, $v: Int!) { closeReportingRound(id: $id, version: $v) { id } }`;

/** When the read pool last started a statement (its connections as pg_stat_activity shows them). */
async function readPoolLastStart(app: TestApp): Promise<number> {
  const [row] = (await app.dataSource.query(`SELECT max(query_start) AS last FROM pg_stat_activity WHERE application_name = 'tvaers-read' AND datname = current_database()`)) as { last: Date | null }[];
  return row?.last?.getTime() ?? 0;
}

async function post(app: TestApp, token: string, query: string, variables: Record<string, unknown>): Promise<Response> {
  return fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
}

const recent = (header: string | null) => header !== null && Math.abs(Date.now() - Date.parse(header)) < 60_000;

describe('a read replica (DATABASE_READ_URL)', () => {
  let app: TestApp;
  let dk: { id: string };
  beforeAll(async () => {
    app = await createTestApp({ demoData: true, readDatabaseUrl: (url) => url });
    const { programmes } = await app.ok(`{ programmes { id currency } }`);
    dk = programmes.find((p: { currency: string }) => p.currency === 'DKK');
  });
  afterAll(() => app.close());

  it('serves the dashboard from the replica with X-Data-As-Of', async () => {
    const viewer = await app.as('VIEWER');
    const before = await readPoolLastStart(app);
    const response = await post(app, viewer.token, SUMMARY, { p: dk.id });
    expect(response.status).toBe(200);
    expect((await response.json()) as object).toMatchObject({ data: { portfolioSummary: { actualCost: expect.any(String) } } });
    expect(recent(response.headers.get('x-data-as-of'))).toBe(true);
    expect(await readPoolLastStart(app)).toBeGreaterThan(before);
  });

  it('serves exports and the public feed from the replica with X-Data-As-Of', async () => {
    const auditor = await app.as('AUDITOR');
    for (const [path, token] of [[`/exports/programmes/${dk.id}/projects.csv`, auditor.token], [`/exports/programmes/${dk.id}/portfolio.json`, undefined]] as const) {
      const before = await readPoolLastStart(app);
      const response = await fetch(`${app.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      expect(recent(response.headers.get('x-data-as-of'))).toBe(true);
      expect(await readPoolLastStart(app)).toBeGreaterThan(before);
    }
  });

  it('keeps the reads of a write on the primary: closing a round snapshots the feed without the replica', async () => {
    const { programme } = await app.ok(ROUNDS, { p: dk.id });
    const open = (programme.reportingRounds as { id: string; version: number; closedAt: string | null }[]).find((r) => !r.closedAt)!;
    const before = await readPoolLastStart(app);
    await app.ok(CLOSE, { id: open.id, v: open.version });
    expect(await readPoolLastStart(app)).toBe(before);
  });

  it('says nothing about freshness without a replica: the primary is live', async () => {
    const primaryOnly = await createTestApp();
    try {
      const programme = await createProgramme(primaryOnly);
      const viewer = await primaryOnly.as('VIEWER');
      const response = await post(primaryOnly, viewer.token, SUMMARY, { p: programme.id });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-data-as-of')).toBeNull();
    } finally {
      await primaryOnly.close();
    }
  });
});
