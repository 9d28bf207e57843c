// `npm run restore -- FILE`: loads a backup into a new, empty database (DATABASE_URL, or the embedded
// one of TVAERS_DATA_DIR), runs the migrations first, and checks counts, hashes and the audit chain
// before committing. Refuses a non-empty database, a damaged file, or a backup from a newer Tværs.
import 'reflect-metadata';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { ALL_MIGRATIONS } from '../../../../migrations/index.js';
import { verifyAuditChain } from '../modules/audit/audit.service.js';
import { restoreBackup } from './backup/backup-file.js';
import { cliPath, runWithToolClient, sizeOf } from './tool-database.js';

const source = process.argv[2];
if (!source) {
  console.error('usage: npm run restore -- FILE   (into an empty database: a new TVAERS_DATA_DIR, or DATABASE_URL)');
  process.exit(2);
}
const started = Date.now();
// Any failure rolls the load back: nothing is written.
await runWithToolClient('Restore refused (nothing was written)', async (client) => {
  const input = createReadStream(cliPath(source)).pipe(createGunzip());
  const { manifest, auditEvents } = await restoreBackup(
    client,
    input,
    ALL_MIGRATIONS.map((migration) => migration.name),
    verifyAuditChain,
  );
  console.log(
    `Restored ${sizeOf(manifest)}; every count and SHA-256 matches the manifest and the audit chain verifies (${auditEvents} events), in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
});
