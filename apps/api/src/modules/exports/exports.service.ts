import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { currentUser } from '../../auth/request-context.js';
import { NotFoundError } from '../../common/errors/domain-errors.js';
import { findOrFail } from '../../common/persistence/versioned-writes.js';
import { PortfolioService } from '../portfolio/portfolio.service.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { BOM, type Column, type CsvDialect, csvLine } from './csv.js';
import { ExportStream } from './export-metadata.js';
import { EXPORT_TABLES } from './export-tables.js';

const PAGE_SIZE = 5000;
const FIRST_KEY: [string, string] = ['', '00000000-0000-0000-0000-000000000000'];

const BUSINESS_CASE_COLUMNS: Column[] = [
  { header: 'code', type: 'text' },
  { header: 'title', type: 'text' },
  { header: 'phase', type: 'text' },
  { header: 'budget', type: 'decimal' },
  { header: 'co_funding', type: 'decimal' },
  { header: 'actual_cost', type: 'decimal' },
  { header: 'forecast_cost', type: 'decimal' },
  { header: 'npv', type: 'decimal' },
  { header: 'realised_npv', type: 'decimal' },
  { header: 'net_benefit', type: 'decimal' },
  { header: 'payback_year', type: 'int' },
  { header: 'realisation_rate', type: 'decimal' },
  { header: 'cost_light', type: 'text' },
  { header: 'schedule_light', type: 'text' },
  { header: 'benefit_light', type: 'text' },
];

const AUDIT_COLUMNS: Column[] = ['sequence', 'at', 'actor', 'operation', 'action', 'entity_type', 'entity_id', 'before', 'after', 'previous_hash', 'hash'].map((header) => ({
  header,
  type: header === 'sequence' ? 'int' : 'text',
}));

export const EXPORT_TABLE_NAMES = [...EXPORT_TABLES.map((t) => t.name), 'business-case'];

@Injectable()
export class ExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly portfolio: PortfolioService,
  ) {}

  private by(): string {
    const user = currentUser();
    return user ? `${user.name} <${user.email}> (${user.role})` : 'unknown';
  }

  /** One portfolio table as CSV, streamed page by page (keyset paging: constant memory at any size). */
  async programmeTableCsv(res: Response, programmeId: string, tableName: string, dialect: CsvDialect): Promise<{ rows: number; sha256: string }> {
    const programme = await findOrFail(this.dataSource.manager, ProgrammeEntity, 'Programme', programmeId);
    if (tableName === 'business-case') return this.businessCaseCsv(res, programme, dialect);
    const table = EXPORT_TABLES.find((t) => t.name === tableName);
    if (!table) throw new NotFoundError('Export table', tableName);
    const out = new ExportStream(res, { fileName: `${tableName}.csv`, contentType: 'text/csv; charset=utf-8', generatedBy: this.by(), programme: programme.name, dataAsOf: new Date() });
    await out.write(BOM + csvLine(table.columns.map((c) => c.header), table.columns, dialect));
    let key = FIRST_KEY;
    let rows = 0;
    for (;;) {
      const page: Record<string, string | number | null>[] = await this.dataSource.query(table.sql, [programmeId, key[0], key[1], PAGE_SIZE]);
      if (page.length === 0) break;
      let text = '';
      for (const row of page) {
        const { _code, _id, ...values } = row;
        text += csvLine(Object.values(values), table.columns, dialect);
        key = [String(_code), String(_id)];
      }
      await out.write(text);
      rows += page.length;
      if (page.length < PAGE_SIZE) break;
    }
    return { rows, ...out.end() };
  }

  private async businessCaseCsv(res: Response, programme: ProgrammeEntity, dialect: CsvDialect) {
    const { projects } = await this.portfolio.projectFigures(programme.id);
    const out = new ExportStream(res, { fileName: 'business-case.csv', contentType: 'text/csv; charset=utf-8', generatedBy: this.by(), programme: programme.name, dataAsOf: new Date() });
    let text = BOM + csvLine(BUSINESS_CASE_COLUMNS.map((c) => c.header), BUSINESS_CASE_COLUMNS, dialect);
    for (const p of projects) {
      text += csvLine(
        [p.code, p.title, p.phase, p.budget, p.coFunding, p.actualCost, p.forecastCost, p.npv, p.realisedNpv, p.netBenefit, p.paybackYear, p.realisationRate, p.costRag, p.scheduleRag, p.benefitRag],
        BUSINESS_CASE_COLUMNS,
        dialect,
      );
    }
    await out.write(text);
    return { rows: projects.length, ...out.end() };
  }

  /** The whole audit trail with hashes; the chain verification travels in the X-Audit-Chain header. */
  async auditCsv(res: Response, dialect: CsvDialect, verification: { ok: boolean; checked: number; firstBrokenSequence: string | null; reason: string | null }) {
    res.setHeader('X-Audit-Chain', verification.ok ? `OK; ${verification.checked} events verified` : `BROKEN at sequence ${verification.firstBrokenSequence}: ${verification.reason}`);
    const out = new ExportStream(res, { fileName: 'audit.csv', contentType: 'text/csv; charset=utf-8', generatedBy: this.by(), dataAsOf: new Date() });
    await out.write(BOM + csvLine(AUDIT_COLUMNS.map((c) => c.header), AUDIT_COLUMNS, dialect));
    let after = '0';
    for (;;) {
      const page: Record<string, string | null>[] = await this.dataSource.query(
        `SELECT sequence::text, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), actor_email, operation, action, entity_type, entity_id::text,
                before::text, after::text, previous_hash, hash
           FROM audit_events WHERE sequence > $1::bigint ORDER BY sequence LIMIT $2`,
        [after, PAGE_SIZE],
      );
      if (page.length === 0) break;
      await out.write(page.map((row) => csvLine(Object.values(row), AUDIT_COLUMNS, dialect)).join(''));
      after = String(Object.values(page[page.length - 1]!)[0]);
      if (page.length < PAGE_SIZE) break;
    }
    return out.end();
  }
}
