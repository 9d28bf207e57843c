// `npm run audit:verify`: recomputes the audit hash chain and prints OK or the first broken sequence
// number; exits 1 when broken. Uses DATABASE_URL, or the embedded database under .data/.
import 'reflect-metadata';
import { createDataSource } from '../database/data-source.js';
import { prepareDatabase } from '../database/prepare-database.js';
import { verifyAuditChain } from '../modules/audit/audit.service.js';
import { toolDatabase } from './tool-database.js';

const database = await toolDatabase();
const url = database.url;
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
  await database.close();
}
process.exit(exitCode);
