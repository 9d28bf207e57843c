import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/errors/domain-errors.js';
import { verifyAuditChain } from '../audit/audit.service.js';
import { PortfolioService } from '../portfolio/portfolio.service.js';
import type { ProgrammeEntity } from '../programmes/programme.entity.js';
import { SettlementService } from '../portfolio/settlement.service.js';
import { type CsvDialect, csvHeader, csvLine } from './csv.js';
import {
  AUDIT_COLUMNS,
  BUSINESS_CASE_COLUMNS,
  businessCaseRow,
  chainSummary,
  SETTLEMENT_COLUMNS,
  SETTLEMENT_GROUPINGS,
  settlementRows,
} from './export-columns.js';
import { CSV_TYPE, type DownloadTarget } from './export-metadata.js';
import { copyCsvIn, ExportSnapshot } from './export-snapshot.js';
import { EXPORT_TABLES } from './export-tables.js';
import { AUDIT_EVENTS_EXPORT_SQL } from './exports.sql.js';
import { columnsFor, rowFor } from './export-labels.js';
import type { LabelLanguage } from '@tvaers/domain';

/** The CSV downloads: portfolio tables by COPY, the business case, the settlement and the audit trail. */
@Injectable()
export class CsvExportsService {
  constructor(
    private readonly snapshot: ExportSnapshot,
    private readonly portfolio: PortfolioService,
    private readonly settlement: SettlementService,
  ) {}

  /** One portfolio table as CSV, written by PostgreSQL's COPY and streamed (constant memory at any size). */
  async programmeTableCsv(
    res: DownloadTarget,
    programmeId: string,
    tableName: string,
    dialect: CsvDialect,
    language?: LabelLanguage,
  ): Promise<{ rows: number; sha256: string }> {
    const programme = await this.snapshot.programme(programmeId);
    // portfolio.csv (the docs/domain.md name) is the per-project overview: the business-case table.
    if (tableName === 'business-case' || tableName === 'portfolio')
      return this.businessCaseCsv(res, programme, `${tableName}.csv`, dialect, language);
    const table = EXPORT_TABLES.find((t) => t.name === tableName);
    if (!table) throw new NotFoundError('Export table', tableName);
    const out = await this.snapshot.download(res, {
      fileName: `${tableName}.csv`,
      contentType: CSV_TYPE,
      programme: programme.name,
    });
    if (language) {
      // For people: headers and values in the language, row by row (the machine format goes by COPY).
      const columns = columnsFor(table.columns, language);
      await out.write(csvHeader(columns, dialect));
      let rows = 0;
      await this.snapshot.withCursor(table.sql, [programmeId], async (page) => {
        rows += page.length;
        await out.write(page.map((row) => csvLine(rowFor(table.columns, Object.values(row), language), columns, dialect)).join(''));
      });
      return { rows, ...out.end() };
    }
    await out.write(csvHeader(table.columns, dialect));
    const rows = await this.snapshot.copyCsv(table.sql, [programmeId], table.columns, dialect, (chunk) => out.writeBytes(chunk));
    return { rows, ...out.end() };
  }

  private async businessCaseCsv(
    res: DownloadTarget,
    programme: ProgrammeEntity,
    fileName: string,
    dialect: CsvDialect,
    language?: LabelLanguage,
  ) {
    const { projects } = await this.portfolio.projectFigures(programme.id);
    const out = await this.snapshot.download(res, {
      fileName,
      contentType: CSV_TYPE,
      programme: programme.name,
    });
    const columns = language ? columnsFor(BUSINESS_CASE_COLUMNS, language) : BUSINESS_CASE_COLUMNS;
    let text = csvHeader(columns, dialect);
    for (const p of projects) {
      text += csvLine(language ? rowFor(BUSINESS_CASE_COLUMNS, businessCaseRow(p), language) : businessCaseRow(p), columns, dialect);
    }
    await out.write(text);
    return { rows: projects.length, ...out.end() };
  }

  /** The settlement proposal (who compensates whom, net) as CSV: by sector and by organisation, or one of them. */
  async settlementCsv(
    res: DownloadTarget,
    programmeId: string,
    groupBy: 'SECTOR' | 'ORGANISATION' | undefined,
    dialect: CsvDialect,
    language?: LabelLanguage,
  ) {
    const programme = await this.snapshot.programme(programmeId);
    const rows = await settlementRows(this.settlement, programmeId, groupBy ? [groupBy] : SETTLEMENT_GROUPINGS);
    const out = await this.snapshot.download(res, {
      fileName: 'settlement.csv',
      contentType: CSV_TYPE,
      programme: programme.name,
    });
    const columns = language ? columnsFor(SETTLEMENT_COLUMNS, language) : SETTLEMENT_COLUMNS;
    await out.write(
      csvHeader(columns, dialect) +
        rows.map((row) => csvLine(language ? rowFor(SETTLEMENT_COLUMNS, row, language) : row, columns, dialect)).join(''),
    );
    return { rows: rows.length, ...out.end() };
  }

  /** The whole audit trail with hashes; the chain verification travels in the X-Audit-Chain header. */
  /**
   * The audit trail, with X-Audit-Chain from a verification in the same snapshot as the rows: on a
   * lagging replica too, the header vouches for exactly the events in the file.
   */
  async auditCsv(res: DownloadTarget, dialect: CsvDialect) {
    const dataAsOf = await this.snapshot.dataAsOf();
    return this.snapshot.inSnapshot(async (runner, client) => {
      res.setHeader('X-Audit-Chain', chainSummary(await verifyAuditChain(runner)));
      const out = await this.snapshot.download(res, {
        fileName: 'audit.csv',
        contentType: CSV_TYPE,
        dataAsOf,
      });
      await out.write(csvHeader(AUDIT_COLUMNS, dialect));
      await copyCsvIn(client, AUDIT_EVENTS_EXPORT_SQL, [], AUDIT_COLUMNS, dialect, (chunk) => out.writeBytes(chunk));
      return out.end();
    });
  }
}
