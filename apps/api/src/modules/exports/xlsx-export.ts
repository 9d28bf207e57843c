import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { spreadsheetCellOf, utcMidnight, xmlSafeText } from '@tvaers/domain';
import type { Column } from './csv.js';
import type { ExportStream } from './export-metadata.js';

// XLSX written as a stream (ExcelJS WorkbookWriter): rows are committed as they arrive, so a sheet of
// any length costs constant memory. Numbers are stored as numbers with number formats, dates as
// dates, and every sheet freezes its header row.

const NUMBER_FORMAT: Partial<Record<Column['type'], string>> = {
  decimal: '#,##0.00',
  int: '0',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

function cellValue(value: string | number | null | undefined, type: Column['type']): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  // Beyond 15 significant digits a double would round the amount: such a value stays exact as text.
  if (type === 'decimal' || type === 'int') return spreadsheetCellOf(String(value));
  if (type === 'date') return utcMidnight(String(value));
  if (type === 'datetime') return new Date(String(value));
  // ExcelJS writes text into the XML as it is; a character XML forbids would make the file unreadable.
  return xmlSafeText(String(value));
}

export class XlsxExport {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;

  constructor(out: ExportStream) {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        out.writeBytes(chunk).then(() => done(), done);
      },
    });
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  }

  /** A sheet with a frozen, bold header row; returns a function that appends one row. */
  sheet(name: string, columns: Column[]): { add: (values: readonly (string | number | null | undefined)[]) => void; done: () => void } {
    const worksheet = this.workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = columns.map((c) => ({
      header: c.header,
      key: c.header,
      width: Math.max(12, c.header.length + 2),
      style: NUMBER_FORMAT[c.type] ? { numFmt: NUMBER_FORMAT[c.type] } : {},
    }));
    worksheet.getRow(1).font = { bold: true };
    return {
      add: (values) => worksheet.addRow(values.map((v, i) => cellValue(v, columns[i]!.type))).commit(),
      done: () => worksheet.commit(),
    };
  }

  async finish(): Promise<void> {
    await this.workbook.commit();
  }
}
