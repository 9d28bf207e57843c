import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';

// One real PostgreSQL server for the whole run: the embedded one in a temporary folder, or the server
// in DATABASE_URL. Each test file then creates its own database on it (see test-database.ts).
export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.TVAERS_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tvaers-test-'));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), database: 'tvaers_test_admin', persistent: false });
  process.env.TVAERS_TEST_ADMIN_URL = server.url;
  process.env.TVAERS_TEST_PG_STARTUP_MS = String(server.startupMs);
  globalThis.__tvaersTestDb = server;
  globalThis.__tvaersTestDir = dir;
}
