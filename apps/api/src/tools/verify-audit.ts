// `npm run audit:verify`: recomputes the audit hash chain and prints OK or the first broken sequence
// number; exits 1 when broken. Uses DATABASE_URL, or the embedded database under .data/.
import 'reflect-metadata';
import path from 'node:path';
import { createDataSource } from '../database/data-source.js';
import { prepareDatabase } from '../database/prepare-database.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { verifyAuditChain } from '../modules/audit/audit.service.js';

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');
const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: path.join(repoRoot, process.env.TVAERS_DATA_DIR ?? '.data', 'postgres'), database: 'tvaers' });
const url = process.env.DATABASE_URL ?? embedded!.url;
// The schema must be current for the verification functions to exist (as `npm start` would do).
await prepareDatabase(url, { demoData: false, quiet: true });
const dataSource = createDataSource(url, { poolSize: 1 });
let exitCode = 0;
try {
  await dataSource.initialize();
  const result = await verifyAuditChain(dataSource);
  if (result.ok) console.log(`OK: the audit chain is intact (${result.checked} events)`);
  else {
    console.log(`BROKEN at sequence ${result.firstBrokenSequence}: ${result.reason} (${result.checked} events checked)`);
    exitCode = 1;
  }
} finally {
  await dataSource.destroy();
  await embedded?.stop();
}
process.exit(exitCode);
