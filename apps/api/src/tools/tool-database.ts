import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { prepareDatabase } from '../prepare-database.js';
import { findRepoRoot } from '../config/repo-root.js';

// Where the command-line tools find the database: DATABASE_URL, or the embedded server of the data
// folder (TVAERS_DATA_DIR, default .data), reusing it when `npm start` is running on it.

const repoRoot = findRepoRoot(import.meta.dirname);

export async function toolDatabase(): Promise<{ url: string; note: string | undefined; close: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, note: undefined, close: async () => undefined };
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(path.resolve(repoRoot, process.env.TVAERS_DATA_DIR ?? '.data'), 'postgres'),
    database: 'tvaers',
    reuseRunning: true,
  });
  return { url: embedded.url, note: embedded.leftover, close: embedded.stop };
}

/** A path given on the command line, relative to where npm was started (INIT_CWD), not the repository. */
export function cliPath(argument: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), argument);
}

/**
 * Runs a tool's work with a client on its migrated database (as its owner), prints what went wrong as
 * `failure: …`, closes everything and exits 0 or 1.
 */
export async function runWithToolClient(failure: string, work: (client: pg.Client) => Promise<void>): Promise<never> {
  const database = await toolDatabase();
  if (database.note) console.log(database.note);
  let exitCode = 0;
  try {
    // The schema must be current (as `npm start` would make it) for the tables and functions used.
    await prepareDatabase(database.url, { demoData: false, quiet: true });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await work(client);
    } finally {
      await client.end();
    }
  } catch (error) {
    console.error(`${failure}: ${error instanceof Error ? error.message : String(error)}`);
    exitCode = 1;
  } finally {
    await database.close();
  }
  process.exit(exitCode);
}

/** Table and row counts of a backup's manifest, for the tools' one-line reports. */
export function sizeOf(manifest: { tables: Record<string, { rows: number }> }): string {
  const tables = Object.values(manifest.tables);
  return `${tables.length} tables, ${tables.reduce((sum, t) => sum + t.rows, 0)} rows`;
}
