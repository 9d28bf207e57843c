import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { type EmbeddedDatabase, runningServer, startEmbeddedPostgres } from '../embedded-postgres.js';

// Defects 4 and 5 of the hostile test: after `kill -9` of the API its embedded PostgreSQL lived on and
// the next start failed ("did not start … : undefined"); and when PostgreSQL died under a running app,
// requests answered HTTP 500 for ever. Each test runs its own server in its own folder, so killing it
// touches nothing else.

const postmasterPid = (dataDir: string) => Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function selectOne(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT 1 AS one')).rows[0].one as number;
  } finally {
    await client.end();
  }
}

/** Asks every 100 ms (at most 60 s) until the programmes come back; returns every answer seen on the way. */
interface Answer {
  status: number;
  code: string;
  ready: number;
  retryAfter?: string | null;
}

async function untilRecovered(app: TestApp, token: string): Promise<Answer[]> {
  const seen: Answer[] = [];
  for (const started = Date.now(); Date.now() - started < 60_000; await new Promise((r) => setTimeout(r, 100))) {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ programmes { id } }' }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    const ready = (await fetch(`${app.baseUrl}/health/ready`)).status;
    const code = body.errors?.[0]?.extensions?.code ?? 'OK';
    seen.push({ status: response.status, code, ready, ...(code === 'OK' ? {} : { retryAfter: response.headers.get('retry-after') }) });
    if (code === 'OK' && seen.length > 1) return seen;
  }
  return seen;
}

describe('embedded PostgreSQL: a crashed API, a lost database', () => {
  let dir: string;
  const servers: EmbeddedDatabase[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tvaers-recovery-'));
  });
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('4: stops a server left running by a killed earlier run of the data folder and says so', async () => {
    const dataDir = path.join(dir, 'postgres');
    // An earlier "API": a separate Node process that starts the server, then is killed with SIGKILL.
    const earlier = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import(${JSON.stringify(path.join(process.cwd(), 'apps/api/src/database/embedded-postgres.js'))}).then((m) => m.startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, database: 'tvaers' })).then((db) => console.log('port', db.port))`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const port = await new Promise<number>((resolve) =>
      earlier.stdout.on('data', (chunk: Buffer) => resolve(Number(/port (\d+)/.exec(chunk.toString())?.[1]))),
    );
    const orphanPid = postmasterPid(dataDir);
    earlier.kill('SIGKILL');
    await new Promise((resolve) => earlier.once('exit', resolve));
    expect(alive(orphanPid)).toBe(true); // the orphan lives on, holding the data folder

    const next = await startEmbeddedPostgres({ dataDir, database: 'tvaers' });
    servers.push(next);
    expect(next.leftover).toBe(
      `PostgreSQL left running by an earlier run of this data folder (pid ${orphanPid}, port ${port}) was stopped before starting a new one`,
    );
    expect(alive(orphanPid)).toBe(false);
    expect(await selectOne(next.url)).toBe(1);

    // A server whose Tværs is still running is not touched: the app refuses, the tools reuse it.
    await expect(startEmbeddedPostgres({ dataDir, database: 'tvaers' })).rejects.toThrow(
      /is in use by PostgreSQL \(pid \d+, port \d+\) of a running process .*is Tværs already running\?/,
    );
    const tool = await startEmbeddedPostgres({ dataDir, database: 'tvaers', reuseRunning: true });
    expect(tool.port).toBe(next.port);
    expect(await selectOne(tool.url)).toBe(1);
  }, 60_000);

  it('4: a folder that initdb is still setting up belongs to its run, not to a dead one', async () => {
    // initdb's standalone backend writes its pid negated, under initdb; the test setup took such a
    // folder of a concurrent run for a dead run's and removed it ("could not create directory base/1").
    const dataDir = path.join(dir, 'postgres');
    const starting = startEmbeddedPostgres({ dataDir, database: 'tvaers' });
    const pidFile = path.join(dataDir, 'postmaster.pid');
    let seen: { recorded: number; server: ReturnType<typeof runningServer> } | undefined;
    for (const started = Date.now(); !seen && Date.now() - started < 30_000; await new Promise((r) => setTimeout(r, 2))) {
      const recorded = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
      if (recorded < 0) seen = { recorded, server: runningServer(dataDir) };
    }
    servers.push(await starting);
    expect(seen).toMatchObject({ server: { pid: -seen!.recorded, owner: process.pid, orphan: false } });
  }, 60_000);

  it('5: embedded mode restarts a killed server; requests meanwhile answer SERVICE_UNAVAILABLE, never 500', async () => {
    const dataDir = path.join(dir, 'postgres');
    const server = await startEmbeddedPostgres({ dataDir, database: 'tvaers' });
    servers.push(server);
    const log: string[] = [];
    server.supervise((message) => log.push(message));
    const app = await createTestApp({ databaseUrl: server.url });
    try {
      const viewer = await app.as('VIEWER');
      process.kill(postmasterPid(dataDir), 'SIGKILL');
      const seen = await untilRecovered(app, viewer.token);
      expect(seen.at(-1)).toEqual({ status: 200, code: 'OK', ready: 200 });
      const down = seen.slice(0, -1);
      expect(down.length).toBeGreaterThan(0);
      // Refused before GraphQL (the sign-in lookup) or inside it (a resolver's query): HTTP 503 both ways.
      for (const answer of down) expect(answer).toMatchObject({ status: 503, retryAfter: '5' });
      expect(new Set(down.map((a) => a.code))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
      expect(log[0]).toBe('Embedded PostgreSQL stopped unexpectedly (SIGKILL); restarting it');
      expect(log.at(-1)).toMatch(/^Embedded PostgreSQL is back on port \d+ \(attempt \d+\)$/);
    } finally {
      await app.close();
    }
  }, 90_000);

  it('5: with DATABASE_URL the pool reconnects when the server comes back', async () => {
    const dataDir = path.join(dir, 'postgres');
    const first = await startEmbeddedPostgres({ dataDir, database: 'tvaers' });
    const app = await createTestApp({ databaseUrl: first.url });
    try {
      const viewer = await app.as('VIEWER');
      process.kill(postmasterPid(dataDir), 'SIGKILL');
      await first.stop();
      // Down: a clean 503 on REST, SERVICE_UNAVAILABLE in GraphQL.
      await new Promise((r) => setTimeout(r, 500));
      expect((await fetch(`${app.baseUrl}/health/ready`)).status).toBe(503);
      const exportWhileDown = await fetch(`${app.baseUrl}/exports/audit.csv`, { headers: { authorization: `Bearer ${viewer.token}` } });
      expect(exportWhileDown.status).toBe(503);
      // The operator starts the server again on the same port; the app was never restarted.
      servers.push(await startEmbeddedPostgres({ dataDir, database: 'tvaers', port: first.port }));
      const seen = await untilRecovered(app, viewer.token);
      expect(seen.at(-1)).toEqual({ status: 200, code: 'OK', ready: 200 });
      expect(seen.every((a) => a.status !== 500)).toBe(true);
    } finally {
      await app.close();
    }
  }, 90_000);
});
