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

  /**
   * Runs `sql` through a server-side cursor in a read-only transaction and hands over the rows page by
   * page: one sort in PostgreSQL, constant memory here, and a consistent snapshot for the whole file.
   */
  private async withCursor(sql: string, parameters: unknown[], onPage: (rows: Record<string, string | number | null>[]) => Promise<void>): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      await runner.query(`DECLARE export_cursor NO SCROLL CURSOR FOR ${sql}`, parameters);
      for (;;) {
        const page = (await runner.query(`FETCH ${PAGE_SIZE} FROM export_cursor`)) as Record<string, string | number | null>[];
        if (page.length === 0) break;
        await onPage(page);
        if (page.length < PAGE_SIZE) break;
      }
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

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
    let rows = 0;
    await this.withCursor(table.sql, [programmeId], async (page) => {
      await out.write(page.map((row) => csvLine(Object.values(row), table.columns, dialect)).join(''));
      rows += page.length;
    });
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
    await this.withCursor(
      `SELECT sequence::text, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, actor_email, operation, action, entity_type, entity_id::text AS entity_id,
              before::text AS before, after::text AS after, previous_hash, hash
         FROM audit_events ORDER BY sequence`,
      [],
      (page) => out.write(page.map((row) => csvLine(Object.values(row), AUDIT_COLUMNS, dialect)).join('')),
    );
    return out.end();
  }
}
