// `npm run restore -- FILE`: loads a backup into a new, empty database (DATABASE_URL, or the embedded
// one of TVAERS_DATA_DIR), runs the migrations first, and checks counts, hashes and the audit chain
// before committing. Refuses a non-empty database, a damaged file, or a backup from a newer Tværs.
import 'reflect-metadata';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { ALL_MIGRATIONS } from '../../../../migrations/index.js';
import { prepareDatabase } from '../database/prepare-database.js';
import { verifyAuditChain } from '../modules/audit/audit.service.js';
import { restoreBackup, RestoreRefusedError } from './backup/backup-file.js';
import { cliPath, toolDatabase } from './tool-database.js';

const source = process.argv[2];
if (!source) {
  console.error('usage: npm run restore -- FILE   (into an empty database: a new TVAERS_DATA_DIR, or DATABASE_URL)');
  process.exit(2);
}
const started = Date.now();
const database = await toolDatabase();
if (database.note) console.log(database.note);
let exitCode = 0;
try {
  await prepareDatabase(database.url, { demoData: false, quiet: true });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const input = createReadStream(cliPath(source)).pipe(createGunzip());
    const names = ALL_MIGRATIONS.map((migration) => migration.name);
    const { manifest, auditEvents } = await restoreBackup(client, input, names, verifyAuditChain);
    const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
    console.log(`Restored ${Object.keys(manifest.tables).length} tables, ${rows} rows; every count and SHA-256 matches the manifest and the audit chain verifies (${auditEvents} events), in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
} catch (error) {
  console.error(`Restore refused: ${error instanceof Error ? error.message : String(error)}${error instanceof RestoreRefusedError ? '' : ' (nothing was written)'}`);
  exitCode = 1;
} finally {
  await database.close();
}
process.exit(exitCode);
