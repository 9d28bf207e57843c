import path from 'node:path';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';

// Where the command-line tools find the database: DATABASE_URL, or the embedded server of the data
// folder (TVAERS_DATA_DIR, default .data), reusing it when `npm start` is running on it.

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');

export async function toolDatabase(): Promise<{ url: string; note: string | undefined; close: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, note: undefined, close: async () => undefined };
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(path.resolve(repoRoot, process.env.TVAERS_DATA_DIR ?? '.data'), 'postgres'), database: 'tvaers', reuseRunning: true });
  return { url: embedded.url, note: embedded.leftover, close: embedded.stop };
}

/** A path given on the command line, relative to where npm was started (INIT_CWD), not the repository. */
export function cliPath(argument: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), argument);
}
