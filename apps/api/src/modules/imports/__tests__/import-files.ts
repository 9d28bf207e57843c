import ExcelJS from 'exceljs';
import { IMPORT_SHEETS, type ImportLanguage, type SheetKey } from '../import-sheets.js';
import type { TestApp } from '../../../../test/test-app.js';
import type { ImportResult } from '../imports.service.js';

export type SheetRows = Partial<Record<SheetKey, Record<string, unknown>[]>>;

/** An import workbook as a user would fill it in: headers in one language, values by column key. */
export async function importFile(sheets: SheetRows, language: ImportLanguage = 'en'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of IMPORT_SHEETS) {
    const rows = sheets[sheet.key];
    if (!rows) continue;
    const worksheet = workbook.addWorksheet(sheet.labels[language]);
    worksheet.addRow(sheet.columns.map((c) => c.labels[language]));
    for (const row of rows) worksheet.addRow(sheet.columns.map((c) => row[c.key] ?? null));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The JSON body is an ImportResult (or, for 4xx outside the import, an error with a message). */
export type ImportResponse = Omit<Response, 'json'> & { json(): Promise<ImportResult & { message?: string }> };

export async function upload(
  app: TestApp,
  token: string,
  programmeId: string,
  file: Buffer,
  query = '',
  accept = 'application/json',
): Promise<ImportResponse> {
  const response = await fetch(`${app.baseUrl}/imports/programmes/${programmeId}/portfolio.xlsx${query}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'accept-language': 'en',
      accept,
    },
    body: file,
  });
  return response as unknown as ImportResponse;
}

/** Row counts of every table an import writes, and the audit trail's length: "nothing changed" is these being equal. */
export async function databaseFingerprint(app: TestApp): Promise<Record<string, string>> {
  const [row] = await app.dataSource.query(`SELECT
    (SELECT count(*) FROM organisations)::text AS organisations, (SELECT count(*) FROM projects)::text AS projects,
    (SELECT count(*) FROM participations)::text AS participations, (SELECT count(*) FROM budget_lines)::text AS budget_lines,
    (SELECT coalesce(sum(amount), 0)::text FROM budget_lines) AS budget_total, (SELECT count(*) FROM benefits)::text AS benefits,
    (SELECT count(*) FROM benefit_targets)::text AS targets, (SELECT count(*) FROM benefit_measurements)::text AS measurements,
    (SELECT coalesce(max(sequence), 0)::text FROM audit_events) AS audit_sequence,
    (SELECT coalesce(sum(version), 0)::text FROM projects) AS project_versions`);
  return row;
}
