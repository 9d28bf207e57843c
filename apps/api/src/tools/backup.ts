// `npm run backup -- FILE`: a consistent snapshot of every table into FILE (gzip), with a manifest of
// row counts, SHA-256 per table, sequences and the audit chain head. See backup/backup-file.ts.
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGzip } from 'node:zlib';
import { writeBackup } from './backup/backup-file.js';
import { cliPath, runWithToolClient, sizeOf } from './tool-database.js';

const target = process.argv[2];
if (!target) {
  console.error('usage: npm run backup -- FILE   (e.g. backups/tvaers-2026-11-30.backup.gz)');
  process.exit(2);
}
const file = cliPath(target);
const started = Date.now();
await runWithToolClient('Backup failed', async (client) => {
  const data = new PassThrough();
  // Written to a temporary name first: a half-written backup must never look like a whole one.
  const writing = pipeline(data, createGzip(), createWriteStream(`${file}.partial`));
  const { manifest } = await writeBackup(client, data);
  data.end();
  await writing;
  await rename(`${file}.partial`, file);
  console.log(
    `Backup written to ${file}: ${sizeOf(manifest)}, audit chain at ${manifest.auditHead?.sequence ?? 0}, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
});
