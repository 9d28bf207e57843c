// `npm run backup -- FILE`: a consistent snapshot of every table into FILE (gzip), with a manifest of
// row counts, SHA-256 per table, sequences and the audit chain head. See backup/backup-file.ts.
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { prepareDatabase } from '../database/prepare-database.js';
import { writeBackup } from './backup/backup-file.js';
import { cliPath, toolDatabase } from './tool-database.js';

const target = process.argv[2];
if (!target) {
  console.error('usage: npm run backup -- FILE   (e.g. backups/tvaers-2026-11-30.backup.gz)');
  process.exit(2);
}
const file = cliPath(target);
const started = Date.now();
const database = await toolDatabase();
if (database.note) console.log(database.note);
let exitCode = 0;
try {
  // The schema must be current for the chain head and the migrations list (as `npm start` would do).
  await prepareDatabase(database.url, { demoData: false, quiet: true });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const data = new PassThrough();
    // Written to a temporary name first: a half-written backup must never look like a whole one.
    const writing = pipeline(data, createGzip(), createWriteStream(`${file}.partial`));
    const { manifest } = await writeBackup(client, data);
    data.end();
    await writing;
    await rename(`${file}.partial`, file);
    const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
    console.log(`Backup written to ${file}: ${Object.keys(manifest.tables).length} tables, ${rows} rows, audit chain at ${manifest.auditHead?.sequence ?? 0}, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await database.close();
}
process.exit(exitCode);
