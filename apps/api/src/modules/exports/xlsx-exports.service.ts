import { Injectable } from '@nestjs/common';
import { verifyAuditChain } from '../audit/audit.service.js';
import { PortfolioService } from '../portfolio/portfolio.service.js';
import { SettlementService } from '../portfolio/settlement.service.js';
import {
  AUDIT_COLUMNS,
  BUSINESS_CASE_COLUMNS,
  businessCaseRow,
  chainSummary,
  SETTLEMENT_COLUMNS,
  SETTLEMENT_GROUPINGS,
  settlementRows,
} from './export-columns.js';
import { type DownloadTarget, XLSX_TYPE } from './export-metadata.js';
import { cursorIn, ExportSnapshot } from './export-snapshot.js';
import { EXPORT_TABLES } from './export-tables.js';
import { AUDIT_EVENTS_EXPORT_SQL } from './exports.sql.js';
import { XlsxExport } from './xlsx-export.js';
import type { Column } from './csv.js';
import { CODES_COLUMNS, codeRows, columnsFor, headerText, rowFor, sheetName } from './export-labels.js';
import type { LabelLanguage } from '@tvaers/domain';

/** The XLSX downloads: the portfolio report and the audit trail. */
@Injectable()
export class XlsxExportsService {
  constructor(
    private readonly snapshot: ExportSnapshot,
    private readonly portfolio: PortfolioService,
    private readonly settlement: SettlementService,
  ) {}

  /**
   * The portfolio report as one XLSX workbook: a metadata sheet, then every table (the same rows as
   * the CSV exports) and the business case per project.
   */
  async portfolioXlsx(res: DownloadTarget, programmeId: string, language: LabelLanguage): Promise<{ sha256: string }> {
    const programme = await this.snapshot.programme(programmeId);
    const dataAsOf = await this.snapshot.dataAsOf();
    const out = await this.snapshot.download(res, {
      fileName: 'portfolio.xlsx',
      contentType: XLSX_TYPE,
      programme: programme.name,
      dataAsOf,
    });
    const workbook = new XlsxExport(out);
    // For people: sheet names, headers and enum values in `language`; a codes sheet maps them back.
    const sheet = (name: string, columns: Column[]) => {
      const target = workbook.sheet(sheetName(name, language), columnsFor(columns, language));
      return {
        add: (values: readonly (string | number | null | undefined)[]) => target.add(rowFor(columns, values, language)),
        done: target.done,
      };
    };
    const meta = sheet('metadata', [
      { header: 'field', type: 'text' },
      { header: 'value', type: 'text' },
    ]);
    for (const [field, value] of [
      ['programme', programme.name],
      ['currency', programme.currency],
      ['generated_at', new Date().toISOString()],
      ['generated_by', this.snapshot.by()],
      ['data_as_of', dataAsOf.toISOString()],
      ['content_sha256', 'sent as the HTTP trailer X-Content-SHA256 of this download'],
    ])
      meta.add([headerText(field, language), value]);
    meta.done();
    for (const table of EXPORT_TABLES) {
      const rows = sheet(table.name, table.columns);
      await this.snapshot.withCursor(table.sql, [programmeId], async (page) => {
        for (const row of page) rows.add(Object.values(row));
      });
      rows.done();
    }
    const { projects } = await this.portfolio.projectFigures(programmeId);
    const businessCase = sheet('business-case', BUSINESS_CASE_COLUMNS);
    for (const p of projects) businessCase.add(businessCaseRow(p));
    businessCase.done();
    const settlement = sheet('settlement', SETTLEMENT_COLUMNS);
    for (const row of await settlementRows(this.settlement, programmeId, SETTLEMENT_GROUPINGS)) settlement.add(row);
    settlement.done();
    const codes = workbook.sheet(sheetName('codes', language), columnsFor(CODES_COLUMNS, language));
    for (const row of codeRows(language)) codes.add(row);
    codes.done();
    await workbook.finish();
    return out.end();
  }

  /** The audit trail as XLSX: the verification result on the metadata sheet, the events with hashes. */
  /** The audit trail as a workbook; its chain verification, like audit.csv's, is of the snapshot it holds. */
  async auditXlsx(res: DownloadTarget): Promise<{ sha256: string }> {
    const dataAsOf = await this.snapshot.dataAsOf();
    return this.snapshot.inSnapshot(async (runner) => {
      const chain = chainSummary(await verifyAuditChain(runner));
      res.setHeader('X-Audit-Chain', chain);
      const out = await this.snapshot.download(res, {
        fileName: 'audit.xlsx',
        contentType: XLSX_TYPE,
        dataAsOf,
      });
      const workbook = new XlsxExport(out);
      const meta = workbook.sheet('metadata', [
        { header: 'field', type: 'text' },
        { header: 'value', type: 'text' },
      ]);
      for (const row of [
        ['generated_at', new Date().toISOString()],
        ['generated_by', this.snapshot.by()],
        ['chain_verification', chain],
      ])
        meta.add(row);
      meta.done();
      const events = workbook.sheet('events', AUDIT_COLUMNS);
      await cursorIn(runner, AUDIT_EVENTS_EXPORT_SQL, [], async (page) => {
        for (const row of page) events.add(Object.values(row));
      });
      events.done();
      await workbook.finish();
      return out.end();
    });
  }
}
