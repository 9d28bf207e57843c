import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Injectable } from '@nestjs/common';
import yazl from 'yazl';
import { findRepoRoot } from '../../config/repo-root.js';
import { checkpointsCsv } from '../audit/audit-checkpoint-csv.js';
import { AuditCheckpointService } from '../audit/audit-checkpoint.service.js';
import { AUDIT_PACKAGE_README } from './audit-package-readme.js';
import { CsvExportsService } from './csv-exports.service.js';
import type { DownloadTarget } from './export-metadata.js';

// audit.zip: everything an auditor needs to check the trail on their own machine, in one download —
// the export, the signed checkpoints and the keys that signed them, both verifiers, the specification
// of the hashed form and a README in Danish and English.

const VERIFIERS = ['verify_audit.py', 'verify-audit.mjs'];

/** A download target that feeds a stream (the zip's entry) instead of an HTTP response. */
function streamTarget(stream: PassThrough): DownloadTarget {
  const headers = new Map<string, string>();
  return {
    getHeader: (name) => headers.get(name.toLowerCase()),
    setHeader: (name, value) => headers.set(name.toLowerCase(), value),
    write: (chunk) => stream.write(chunk),
    once: (event, listener) => stream.once(event, listener),
    off: (event, listener) => stream.off(event, listener),
    get destroyed() {
      return stream.destroyed;
    },
    addTrailers: () => undefined,
    end: () => stream.end(),
  };
}

@Injectable()
export class AuditPackageService {
  private readonly root = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));

  constructor(
    private readonly csv: CsvExportsService,
    private readonly checkpoints: AuditCheckpointService,
  ) {}

  /**
   * audit.zip as a stream, and the promise of its audit.csv being written (by COPY in one snapshot, as
   * audit.csv is); a failure of either ends the download unfinished. The head is signed first and the
   * checkpoints are read before the export's snapshot begins, so every checkpoint names an event that
   * the export holds.
   */
  async auditZip(): Promise<{ stream: NodeJS.ReadableStream; written: Promise<unknown> }> {
    await this.checkpoints.checkpointHead();
    const [checkpoints, keys] = await Promise.all([this.checkpoints.checkpoints(), this.checkpoints.keySet()]);
    const files = await Promise.all(
      [...VERIFIERS.map((f) => path.join('tools/audit-verifier', f)), 'docs/audit-trail.md'].map(async (file) => ({
        name: path.basename(file),
        content: await readFile(path.join(this.root, file)),
      })),
    );
    const zip = new yazl.ZipFile();
    const csv = new PassThrough();
    zip.addReadStream(csv, 'audit.csv');
    zip.addBuffer(Buffer.from(checkpointsCsv(checkpoints), 'utf8'), 'audit-checkpoints.csv');
    zip.addBuffer(Buffer.from(`${JSON.stringify(keys, null, 1)}\n`, 'utf8'), 'audit-keys.json');
    for (const file of files) zip.addBuffer(file.content, file.name);
    zip.addBuffer(Buffer.from(AUDIT_PACKAGE_README, 'utf8'), 'README.txt');
    zip.end();
    return { stream: zip.outputStream, written: this.csv.auditCsv(streamTarget(csv), 'rfc') };
  }
}
