import ExcelJS from 'exceljs';
import { convertCell, type ImportValue, isBlank, plainCellValue } from './import-cells.js';
import { type CellPlace, ImportProblems } from './import-problems.js';
import { IMPORT_LANGUAGES, columnLetter, IMPORT_SHEETS, type ImportColumn, type ImportSheet, normaliseLabel, type SheetKey } from './import-sheets.js';
import { INSTRUCTION_SHEET_LABELS } from './import-template-texts.js';

/** One data row of a sheet: its typed values (null when blank) and where each came from. */
export interface ImportRow {
  row: number;
  values: Record<string, ImportValue>;
  place(columnKey: string): CellPlace;
}

export interface ImportWorkbook {
  rows: Record<SheetKey, ImportRow[]>;
  problems: ImportProblems;
  /** Sum of data rows over all sheets. */
  rowCount: number;
  /** The workbook's sheet names in tab order, to list problems in the order the user sees the sheets. */
  sheetOrder: string[];
}

/** Upper bound on data rows per file; far above a programme's size, low enough to bound memory. */
export const MAX_IMPORT_ROWS = 200_000;

function labelsOf(sheet: { key: string; labels: Record<string, string> }): Set<string> {
  return new Set([sheet.key, ...IMPORT_LANGUAGES.map((l) => sheet.labels[l]!)].map(normaliseLabel));
}

function readSheet(worksheet: ExcelJS.Worksheet, sheet: ImportSheet, problems: ImportProblems): ImportRow[] {
  const sheetName = worksheet.name;
  const header = worksheet.getRow(1);
  const mapped = new Map<number, { column: ImportColumn; header: string }>();
  const seen = new Map<string, string>();
  header.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
    const raw = plainCellValue(cell.value);
    if (isBlank(raw)) return;
    const text = String(raw).trim();
    const column = sheet.columns.find((c) => labelsOf(c).has(normaliseLabel(text)));
    const place = { sheet: sheetName, row: 1, column: text, cell: `${columnLetter(columnNumber)}1` };
    if (!column) {
      problems.at(place, `is not a column of this sheet; the columns are ${sheet.columns.map((c) => c.labels.en).join(', ')} (in Danish, Norwegian or English)`);
    } else if (seen.has(column.key)) {
      problems.at(place, `is the same column as "${seen.get(column.key)}"`);
    } else {
      seen.set(column.key, text);
      mapped.set(columnNumber, { column, header: text });
    }
  });

  const rows: ImportRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (excelRow, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, ImportValue> = Object.fromEntries(sheet.columns.map((c) => [c.key, null]));
    const places = new Map<string, CellPlace>();
    const failed = new Set<string>();
    let blank = true;
    for (const [columnNumber, { column, header: headerText }] of mapped) {
      const key = column.key;
      const place = { sheet: sheetName, row: rowNumber, column: headerText, cell: `${columnLetter(columnNumber)}${rowNumber}` };
      places.set(key, place);
      const raw = plainCellValue(excelRow.getCell(columnNumber).value);
      if (isBlank(raw)) continue;
      blank = false;
      const result = convertCell(raw!, column);
      if ('problem' in result) {
        problems.at(place, result.problem);
        failed.add(key);
      } else values[key] = result.value;
    }
    if (blank) return;
    for (const column of sheet.columns) {
      const place = places.get(column.key);
      if (column.required && place && values[column.key] === null && !failed.has(column.key)) problems.at(place, 'must be filled in');
    }
    rows.push({
      row: rowNumber,
      values,
      place: (key) => places.get(key) ?? { sheet: sheetName, row: rowNumber, column: sheet.columns.find((c) => c.key === key)?.labels.en ?? key, cell: '' },
    });
  });

  const missing = sheet.columns.filter((c) => c.required && !seen.has(c.key));
  if (missing.length > 0 && rows.length > 0) {
    problems.add({ sheet: sheetName, row: 1, column: null, cell: null, reason: `lacks the required column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c.labels.en}"`).join(', ')}` });
  }
  return rows;
}

/** Reads every sheet of an uploaded import workbook; all problems are collected, none thrown. */
export async function readImportWorkbook(file: Buffer): Promise<ImportWorkbook> {
  const problems = new ImportProblems();
  const rows = Object.fromEntries(IMPORT_SHEETS.map((s) => [s.key, [] as ImportRow[]])) as Record<SheetKey, ImportRow[]>;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    problems.add({ sheet: '', row: null, column: null, cell: null, reason: 'The file is not an Excel workbook (.xlsx). Save it as "Excel Workbook (.xlsx)" and try again.' });
    return { rows, problems, rowCount: 0, sheetOrder: [] };
  }
  const instructions = new Set(INSTRUCTION_SHEET_LABELS.map(normaliseLabel));
  const taken = new Map<SheetKey, string>();
  let rowCount = 0;
  for (const worksheet of workbook.worksheets) {
    const name = normaliseLabel(worksheet.name);
    if (instructions.has(name)) continue;
    const sheet = IMPORT_SHEETS.find((s) => labelsOf(s).has(name));
    if (!sheet) {
      problems.add({ sheet: worksheet.name, row: null, column: null, cell: null, reason: `is not a sheet Tværs imports; the sheets are ${IMPORT_SHEETS.map((s) => s.labels.en).join(', ')} (in Danish, Norwegian or English). Rename or remove it.` });
      continue;
    }
    if (taken.has(sheet.key)) {
      problems.add({ sheet: worksheet.name, row: null, column: null, cell: null, reason: `is the same sheet as "${taken.get(sheet.key)}"` });
      continue;
    }
    taken.set(sheet.key, worksheet.name);
    rows[sheet.key] = readSheet(worksheet, sheet, problems);
    rowCount += rows[sheet.key].length;
    if (rowCount > MAX_IMPORT_ROWS) {
      problems.add({ sheet: worksheet.name, row: null, column: null, cell: null, reason: `The file has more than ${MAX_IMPORT_ROWS} rows; split it into smaller files.` });
      break;
    }
  }
  if (taken.size === 0 && !problems.any) {
    problems.add({ sheet: '', row: null, column: null, cell: null, reason: `The workbook has none of the sheets ${IMPORT_SHEETS.map((s) => s.labels.en).join(', ')}. Start from the template.` });
  }
  return { rows, problems, rowCount, sheetOrder: workbook.worksheets.map((w) => w.name) };
}
