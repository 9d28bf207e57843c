import { setImmediate as nextTurn } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { convertCell, type ImportValue, isBlank, plainCellValue } from './import-cells.js';
import { type CellPlace, ImportProblems } from './import-problems.js';
import {
  IMPORT_LANGUAGES,
  columnLetter,
  IMPORT_SHEETS,
  type ImportColumn,
  type ImportSheet,
  normaliseLabel,
  type SheetKey,
} from './import-sheets.js';
import { INSTRUCTION_SHEET_LABELS } from './import-template-texts.js';
import { UnreadableWorkbookError, workbookParts } from './import-zip.js';

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

/**
 * Upper bound on data rows per file: far above a programme's size (the demo programme is about 900
 * rows), low enough that the rows read before the limit stay well under 100 MB.
 */
export const MAX_IMPORT_ROWS = 100_000;
/** Rows read between two turns of the event loop, so that other requests are served during an import. */
const ROWS_PER_TURN = 500;

function labelsOf(sheet: { key: string; labels: Record<string, string> }): Set<string> {
  return new Set([sheet.key, ...IMPORT_LANGUAGES.map((l) => sheet.labels[l]!)].map(normaliseLabel));
}

/** A row points at its sheet for the places of its cells, so it holds only its number and values. */
class SheetRow implements ImportRow {
  constructor(
    readonly row: number,
    readonly values: Record<string, ImportValue>,
    private readonly sheet: SheetReader,
  ) {}

  place(columnKey: string): CellPlace {
    return this.sheet.placeOf(this.row, columnKey);
  }
}

/** The streaming reader names each sheet from the workbook part; its type leaves the name out. */
type NamedWorksheetReader = ExcelJS.stream.xlsx.WorksheetReader & { name: string };

/** Reads one sheet row by row: the header maps columns, each later row becomes an ImportRow. */
class SheetReader {
  readonly rows: ImportRow[] = [];
  private readonly mapped = new Map<number, { column: ImportColumn; header: string }>();
  private readonly byKey = new Map<string, { columnNumber: number; header: string }>();

  constructor(
    private readonly sheetName: string,
    private readonly sheet: ImportSheet,
    private readonly problems: ImportProblems,
  ) {}

  header(row: ExcelJS.Row | undefined): void {
    row?.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const raw = plainCellValue(cell.value);
      if (isBlank(raw)) return;
      const text = String(raw).trim();
      const column = this.sheet.columns.find((c) => labelsOf(c).has(normaliseLabel(text)));
      const place = { sheet: this.sheetName, row: 1, column: text, cell: `${columnLetter(columnNumber)}1` };
      const seen = column && this.byKey.get(column.key);
      if (!column) {
        this.problems.at(
          place,
          `is not a column of this sheet; the columns are ${this.sheet.columns.map((c) => c.labels.en).join(', ')} (in Danish, Norwegian or English)`,
        );
      } else if (seen) {
        this.problems.at(place, `is the same column as "${seen.header}"`);
      } else {
        this.byKey.set(column.key, { columnNumber, header: text });
        this.mapped.set(columnNumber, { column, header: text });
      }
    });
  }

  /** Where a column of a row is; computed when asked, so a row holds only its values. */
  placeOf(rowNumber: number, key: string): CellPlace {
    const at = this.byKey.get(key);
    if (at) return { sheet: this.sheetName, row: rowNumber, column: at.header, cell: `${columnLetter(at.columnNumber)}${rowNumber}` };
    return { sheet: this.sheetName, row: rowNumber, column: this.sheet.columns.find((c) => c.key === key)?.labels.en ?? key, cell: '' };
  }

  row(excelRow: ExcelJS.Row): void {
    const rowNumber = excelRow.number;
    const values: Record<string, ImportValue> = Object.fromEntries(this.sheet.columns.map((c) => [c.key, null]));
    const failed = new Set<string>();
    let blank = true;
    for (const [columnNumber, { column }] of this.mapped) {
      const raw = plainCellValue(excelRow.getCell(columnNumber).value);
      if (isBlank(raw)) continue;
      blank = false;
      const result = convertCell(raw!, column);
      if ('problem' in result) {
        this.problems.at(this.placeOf(rowNumber, column.key), result.problem);
        failed.add(column.key);
      } else values[column.key] = result.value;
    }
    if (blank) return;
    for (const column of this.sheet.columns) {
      if (column.required && this.byKey.has(column.key) && values[column.key] === null && !failed.has(column.key)) {
        this.problems.at(this.placeOf(rowNumber, column.key), 'must be filled in');
      }
    }
    this.rows.push(new SheetRow(rowNumber, values, this));
  }

  finish(): ImportRow[] {
    const missing = this.sheet.columns.filter((c) => c.required && !this.byKey.has(c.key));
    if (missing.length > 0 && this.rows.length > 0) {
      this.problems.add({
        sheet: this.sheetName,
        row: 1,
        column: null,
        cell: null,
        reason: `lacks the required column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c.labels.en}"`).join(', ')}`,
      });
    }
    return this.rows;
  }
}

const emptyRows = () => Object.fromEntries(IMPORT_SHEETS.map((s) => [s.key, [] as ImportRow[]])) as Record<SheetKey, ImportRow[]>;

/**
 * Reads every sheet of an uploaded import workbook, streaming: the zip is checked first (see
 * import-zip.ts), rows are read one at a time, and reading stops at MAX_IMPORT_ROWS. All problems are
 * collected, none thrown.
 */
export async function readImportWorkbook(file: Buffer): Promise<ImportWorkbook> {
  const problems = new ImportProblems();
  const rows = emptyRows();
  const fileProblem = (reason: string) => problems.add({ sheet: '', row: null, column: null, cell: null, reason });
  const instructions = new Set(INSTRUCTION_SHEET_LABELS.map(normaliseLabel));
  const taken = new Map<SheetKey, string>();
  const seenSheets: string[] = [];
  let rowCount = 0;
  let parts: Awaited<ReturnType<typeof workbookParts>> | undefined;
  let reader: ExcelJS.stream.xlsx.WorkbookReader | undefined;
  const readSheets = async (): Promise<ImportWorkbook | undefined> => {
    for await (const worksheet of reader as AsyncIterable<NamedWorksheetReader>) {
      seenSheets.push(worksheet.name);
      const name = normaliseLabel(worksheet.name);
      const sheet = instructions.has(name) ? undefined : IMPORT_SHEETS.find((s) => labelsOf(s).has(name));
      if (!instructions.has(name) && !sheet) {
        problems.add({
          sheet: worksheet.name,
          row: null,
          column: null,
          cell: null,
          reason: `is not a sheet Tværs imports; the sheets are ${IMPORT_SHEETS.map((s) => s.labels.en).join(', ')} (in Danish, Norwegian or English). Rename or remove it.`,
        });
      } else if (sheet && taken.has(sheet.key)) {
        problems.add({
          sheet: worksheet.name,
          row: null,
          column: null,
          cell: null,
          reason: `is the same sheet as "${taken.get(sheet.key)}"`,
        });
      }
      const reading = sheet && !taken.has(sheet.key) ? new SheetReader(worksheet.name, sheet, problems) : undefined;
      if (sheet && reading) taken.set(sheet.key, worksheet.name);
      let first = true;
      let sinceTurn = 0;
      // A sheet that is not read is still walked through: the stream delivers the sheets in order.
      for await (const excelRow of worksheet) {
        if (!reading) continue;
        if (first) {
          first = false;
          reading.header(excelRow.number === 1 ? excelRow : undefined);
          if (excelRow.number === 1) continue;
        }
        rowCount += 1;
        if (rowCount > MAX_IMPORT_ROWS) {
          // Stopped while reading: the rows so far are dropped, nothing of the file is checked further.
          problems.add({
            sheet: worksheet.name,
            row: excelRow.number,
            column: null,
            cell: null,
            reason: `The file has more than ${MAX_IMPORT_ROWS} rows; split it into smaller files.`,
          });
          return { rows: emptyRows(), problems, rowCount: 0, sheetOrder: seenSheets };
        }
        reading.row(excelRow);
        if (++sinceTurn >= ROWS_PER_TURN) {
          sinceTurn = 0;
          await nextTurn();
        }
      }
      if (sheet && reading) rows[sheet.key] = reading.finish();
    }
    return undefined;
  };
  try {
    parts = await workbookParts(file);
    reader = new ExcelJS.stream.xlsx.WorkbookReader(parts, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    // A part that fails to unpack (damaged, or larger than declared) fails the parts stream, which the
    // spreadsheet reader does not notice: it would wait for the rest forever.
    const failed = new Promise<never>((_, reject) => parts!.once('error', reject));
    failed.catch(() => undefined); // handled by the race below, also when it comes after the reading
    const stopped = await Promise.race([readSheets(), failed]);
    if (stopped) return stopped;
  } catch (error) {
    fileProblem(
      error instanceof UnreadableWorkbookError
        ? error.message
        : 'The file is not an Excel workbook (.xlsx), or it is damaged. Save it as "Excel Workbook (.xlsx)" and try again.',
    );
    return { rows: emptyRows(), problems, rowCount: 0, sheetOrder: [] };
  } finally {
    parts?.destroy();
  }
  if (taken.size === 0 && !problems.any) {
    fileProblem(`The workbook has none of the sheets ${IMPORT_SHEETS.map((s) => s.labels.en).join(', ')}. Start from the template.`);
  }
  const tabOrder = (reader?.model as { sheets?: { name?: string }[] } | undefined)?.sheets?.flatMap((s) => (s.name ? [s.name] : []));
  return { rows, problems, rowCount: Math.min(rowCount, MAX_IMPORT_ROWS), sheetOrder: tabOrder?.length ? tabOrder : seenSheets };
}
