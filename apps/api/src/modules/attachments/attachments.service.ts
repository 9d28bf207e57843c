import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { AttachmentKind } from '@tvaers/domain';
import { DataSource } from 'typeorm';
import yazl from 'yazl';
import { assertMayWrite, assertProgrammeRole } from '../../auth/write-scope.js';
import { currentUser } from '../../auth/request-context.js';
import { NotFoundError } from '../../common/errors/domain-errors.js';
import { findOrFail } from '../../common/persistence/versioned-writes.js';
import { BOM, type Column, csvLine } from '../exports/csv.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { AttachmentEntity, MAX_ATTACHMENT_BYTES } from './attachment.entity.js';
import { ATTACHMENT_CONTENT_SQL, EVIDENCE_MANIFEST_SQL, RECORD_PROJECT_SQL } from './attachments.queries.js';
import { evidenceMediaType } from './evidence-type.js';

export { MAX_ATTACHMENT_BYTES };

interface ManifestRow {
  id: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  record_kind: string;
  record_id: string;
  project_code: string;
  uploaded_at: Date;
  uploaded_by: string | null;
  record: string | null;
}

/** The record's name in errors, as the GraphQL type is called. */
const RECORD_LABEL: Record<AttachmentKind, string> = {
  MEASUREMENT: 'BenefitMeasurement',
  COST_ACTUAL: 'CostActual',
  STATUS_REPORT: 'StatusReport',
  GATE_DECISION: 'GateDecision',
  BENEFIT_REPORT: 'BenefitReport',
};

const KIND_FOLDER: Record<AttachmentKind, string> = {
  MEASUREMENT: 'measurements',
  COST_ACTUAL: 'costs',
  STATUS_REPORT: 'status-reports',
  GATE_DECISION: 'gate-decisions',
  BENEFIT_REPORT: 'benefit-reports',
};

const MANIFEST_COLUMNS: Column[] = [
  { header: 'file', type: 'text' },
  { header: 'sha256', type: 'text' },
  { header: 'size', type: 'int' },
  { header: 'media_type', type: 'text' },
  { header: 'project', type: 'text' },
  { header: 'record_kind', type: 'text' },
  { header: 'record_id', type: 'text' },
  { header: 'record', type: 'text' },
  { header: 'file_name', type: 'text' },
  { header: 'uploaded_by', type: 'text' },
  { header: 'uploaded_at', type: 'datetime' },
];

/** A name safe as a path inside the zip on any system. */
const zipSafe = (name: string) => name.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 120);

@Injectable()
export class AttachmentsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores an evidence file on a record; who may write the record may attach to it. */
  async upload(kind: AttachmentKind, recordId: string, fileName: string, content: Buffer): Promise<AttachmentEntity> {
    const [record] = (await this.dataSource.query(RECORD_PROJECT_SQL[kind], [recordId])) as { project_id: string; programme_id: string }[];
    if (!record) throw new NotFoundError(RECORD_LABEL[kind], recordId);
    const mediaType = await evidenceMediaType(content, fileName);
    const sha256 = createHash('sha256').update(content).digest('hex');
    return this.dataSource.transaction(async (m) => {
      await assertMayWrite(m, AttachmentEntity, { projectId: record.project_id });
      const result = await m.insert(AttachmentEntity, {
        recordKind: kind,
        recordId,
        projectId: record.project_id,
        fileName,
        mediaType,
        size: content.length,
        sha256,
        content,
        uploadedById: currentUser()?.id ?? null,
      });
      return findOrFail(m, AttachmentEntity, 'Attachment', (result.identifiers[0] as { id: string }).id);
    });
  }

  /** The file's metadata and bytes, if the user may see its record's project. */
  async download(id: string): Promise<{ attachment: AttachmentEntity; content: Buffer }> {
    const attachment = await findOrFail(this.dataSource.manager, AttachmentEntity, 'Attachment', id);
    const [row] = (await this.dataSource.query(ATTACHMENT_CONTENT_SQL, [id])) as { content: Buffer }[];
    if (!row) throw new NotFoundError('Attachment', id);
    return { attachment, content: row.content };
  }

  /**
   * evidence.zip of a programme, streamed: manifest.csv (file, SHA-256, size, type, the record it
   * belongs to) and every file, fetched one at a time so memory holds one file, not the archive.
   */
  async evidenceZip(programmeId: string): Promise<{ programme: ProgrammeEntity; stream: NodeJS.ReadableStream }> {
    const programme = await findOrFail(this.dataSource.manager, ProgrammeEntity, 'Programme', programmeId);
    assertProgrammeRole(programmeId, ['PROGRAMME_OFFICE', 'AUDITOR']);
    const rows = (await this.dataSource.query(EVIDENCE_MANIFEST_SQL, [programmeId])) as ManifestRow[];
    const zip = new yazl.ZipFile();
    const pathOf = (r: ManifestRow) =>
      `files/${zipSafe(r.project_code)}/${KIND_FOLDER[r.record_kind as AttachmentKind]}/${r.id}-${zipSafe(r.file_name)}`;
    const header = MANIFEST_COLUMNS.map((c) => c.header);
    const lines = rows.map((r) =>
      csvLine(
        [
          pathOf(r),
          r.sha256,
          r.size,
          r.media_type,
          r.project_code,
          r.record_kind,
          r.record_id,
          r.record ?? '(record deleted)',
          r.file_name,
          r.uploaded_by ?? '',
          new Date(r.uploaded_at).toISOString(),
        ],
        MANIFEST_COLUMNS,
        'rfc',
      ),
    );
    zip.addBuffer(Buffer.from(BOM + csvLine(header, [], 'rfc') + lines.join(''), 'utf8'), 'manifest.csv');
    for (const row of rows) {
      let fetched = false;
      const lazy = new Readable({
        read: () => {
          if (fetched) return;
          fetched = true;
          this.dataSource.query(ATTACHMENT_CONTENT_SQL, [row.id]).then(
            ([file]: { content: Buffer }[]) => {
              lazy.push(file?.content ?? Buffer.alloc(0));
              lazy.push(null);
            },
            (error: Error) => lazy.destroy(error),
          );
        },
      });
      zip.addReadStream(lazy, pathOf(row), { mtime: new Date(row.uploaded_at), size: row.size });
    }
    zip.end();
    return { programme, stream: zip.outputStream };
  }
}
