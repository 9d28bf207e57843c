import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runningServer, startEmbeddedPostgres, stopLeftoverServer } from '../src/database/embedded-postgres.js';

const PREFIX = 'tvaers-test-';
/** A folder without a running server is another run's only while that run is starting up. */
const STARTING_UP_MS = 10 * 60_000;

/**
 * A test run that died (out of memory, kill -9) never ran its teardown: its temporary folder stays,
 * and its PostgreSQL, orphaned, keeps running. Stop such servers and remove their folders; leave a run
 * that is still going (its server's parent is a live Node process) alone.
 */
async function clearDeadRuns() {
  for (const name of await readdir(os.tmpdir())) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = path.join(os.tmpdir(), name);
    const dataDir = path.join(dir, 'pg');
    const running = runningServer(dataDir);
    if (running && !running.orphan) continue;
    if (running) {
      console.log(`global setup: ${await stopLeftoverServer(dataDir)} (${dir})`);
    } else if (Date.now() - (await stat(dir)).mtimeMs < STARTING_UP_MS && !existsSync(path.join(dataDir, 'postmaster.pid'))) {
      continue;
    }
    await rm(dir, { recursive: true, force: true });
  }
}

// One real PostgreSQL server for the whole run: the embedded one in a temporary folder, or the server
// in DATABASE_URL. Each test file then creates its own database on it (see test-database.ts).
export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.TVAERS_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  await clearDeadRuns();
  const dir = await mkdtemp(path.join(os.tmpdir(), PREFIX));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), database: 'tvaers_test_admin', persistent: false });
  process.env.TVAERS_TEST_ADMIN_URL = server.url;
  process.env.TVAERS_TEST_PG_STARTUP_MS = String(server.startupMs);
  globalThis.__tvaersTestDb = server;
  globalThis.__tvaersTestDir = dir;
}
