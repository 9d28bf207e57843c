import net from 'node:net';
import { createProgramme } from '../../../test/factories.js';
import { freePort } from '../embedded-postgres.js';
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
  const [row] = (await app.dataSource.query(
    `SELECT max(query_start) AS last FROM pg_stat_activity WHERE application_name = 'tvaers-read' AND datname = current_database()`,
  )) as { last: Date | null }[];
  return row?.last?.getTime() ?? 0;
}

async function post(app: TestApp, token: string, query: string, variables: Record<string, unknown>): Promise<Response> {
  return fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
}

/** A TCP relay to the database on a port of its own: the "replica" that the test cuts off and restores. */
async function startRelay() {
  const port = await freePort();
  let target = { host: '127.0.0.1', port: 0 };
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', resolve);
    });
  await listen();
  return {
    /** The database URL through the relay (sets where the relay forwards to). */
    through(url: string): string {
      const parsed = new URL(url);
      target = { host: parsed.hostname, port: Number(parsed.port) };
      parsed.host = `127.0.0.1:${port}`;
      return parsed.toString();
    },
    async cut(): Promise<void> {
      const closed = new Promise((resolve) => server!.close(resolve));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    restore: listen,
  };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
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
    // Exposed to cross-origin clients beside the request id, not instead of it.
    expect(response.headers.get('access-control-expose-headers')).toBe('X-Request-Id, X-Data-As-Of');
    expect(await readPoolLastStart(app)).toBeGreaterThan(before);
  });

  it('serves exports and the public feed from the replica with X-Data-As-Of', async () => {
    const auditor = await app.as('AUDITOR');
    for (const [path, token] of [
      [`/exports/programmes/${dk.id}/projects.csv`, auditor.token],
      [`/exports/programmes/${dk.id}/portfolio.json`, undefined],
    ] as const) {
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

  it('falls back to the primary while the replica does not answer, and returns to it when it does', async () => {
    const relay = await startRelay();
    const flaky = await createTestApp({ readDatabaseUrl: (url) => relay.through(url), readReplicaProbeMs: 200 });
    try {
      const programme = await createProgramme(flaky);
      const viewer = await flaky.as('VIEWER');
      const summary = () => post(flaky, viewer.token, SUMMARY, { p: programme.id });
      const first = await summary();
      expect(first.status).toBe(200);
      expect(recent(first.headers.get('x-data-as-of'))).toBe(true);

      await relay.cut();
      const statuses = new Set<number>();
      // Until the next probe notices, a read can still fail cleanly (503); after it, the primary answers live.
      const onPrimary = await until('the dashboard is read from the primary', async () => {
        const response = await summary();
        statuses.add(response.status);
        return response.status === 200 && response.headers.get('x-data-as-of') === null ? response : undefined;
      });
      const body = (await onPrimary.json()) as object;
      expect(body).toMatchObject({ data: { portfolioSummary: { actualCost: expect.any(String) } } });
      expect([...statuses].filter((status) => status !== 200 && status !== 503)).toEqual([]);

      await relay.restore();
      await until('the dashboard is read from the replica again', async () => {
        const response = await summary();
        return response.status === 200 && recent(response.headers.get('x-data-as-of')) ? true : undefined;
      });
    } finally {
      await flaky.close();
      await relay.cut();
    }
  }, 60_000);

  it('starts while the replica is down and serves the dashboard from the primary meanwhile', async () => {
    const closedPort = await freePort();
    const noReplica = await createTestApp({
      readDatabaseUrl: (url) => url.replace(/@[^/]+\//, `@127.0.0.1:${closedPort}/`),
      readReplicaProbeMs: 200,
    });
    try {
      const programme = await createProgramme(noReplica);
      const viewer = await noReplica.as('VIEWER');
      const response = await post(noReplica, viewer.token, SUMMARY, { p: programme.id });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-data-as-of')).toBeNull();
    } finally {
      await noReplica.close();
    }
  }, 60_000);
});
