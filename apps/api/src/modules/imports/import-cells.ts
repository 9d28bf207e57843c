import ExcelJS from 'exceljs';
import {
  calendarDateProblem,
  decimalFromSpreadsheetNumber,
  decimalFromSpreadsheetText,
  fiscalYearProblem,
  moneyProblem,
  quantityProblem,
  type SpreadsheetNumber,
  textLength,
  textProblem,
} from '@tvaers/domain';
import type { ImportColumn } from './import-sheets.js';
import { codeOfValue, valueLabelList } from './import-values.js';

// One cell of an uploaded workbook → a typed value or the reason it is not one. Excel hands over
// numbers as doubles, dates as Date objects (in UTC), formulas with their cached result, and text as
// plain or rich text; all of them are accepted where they make sense.

export interface OrganisationReference {
  country: string | null;
  identifier: string;
}

export type ImportValue = string | number | string[] | OrganisationReference | null;

export type CellResult = { value: ImportValue } | { problem: string };

/** The plain value of a cell: formulas by their result, rich text and links by their text. */
export function plainCellValue(value: ExcelJS.CellValue): string | number | boolean | Date | { error: string } | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return plainCellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return plainCellValue((value as ExcelJS.CellHyperlinkValue).text);
  if ('error' in value) return { error: String(value.error) };
  return null;
}

export function isBlank(value: ReturnType<typeof plainCellValue>): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const NORDIC_DAY = /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})$/;

function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The same range rule as the API's LocalDate: year 0 or 248311 is a typing mistake, not a plan. */
function checkedDay(day: string): CellResult {
  const problem = calendarDateProblem(day);
  return problem ? { problem } : { value: day };
}

function dateOf(raw: string | number | boolean | Date): CellResult {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return { problem: 'is not a valid date' };
    const year = raw.getUTCFullYear();
    if (year < 0 || year > 9999) return checkedDay(`${year}-01-01`);
    // ExcelJS gives a date cell as midnight UTC of that day; a time of day is not part of these dates.
    return checkedDay(raw.toISOString().slice(0, 10));
  }
  if (typeof raw === 'number') return { problem: 'is a number; format the cell as a date or write it as YYYY-MM-DD' };
  const text = String(raw).trim();
  const iso = DAY.exec(text);
  const nordic = NORDIC_DAY.exec(text);
  const day = iso
    ? isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : nordic
      ? isoDay(Number(nordic[3]), Number(nordic[2]), Number(nordic[1]))
      : undefined;
  return day ? checkedDay(day) : { problem: `"${text}" is not a date (write YYYY-MM-DD or DD-MM-YYYY)` };
}

function decimalOf(raw: string | number | boolean | Date, scale: number): SpreadsheetNumber {
  if (typeof raw === 'number') return decimalFromSpreadsheetNumber(raw, scale);
  if (typeof raw === 'string') return decimalFromSpreadsheetText(raw, scale);
  return { problem: 'is not a number' };
}

function textOf(raw: string | number | boolean | Date): string {
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return String(raw).trim();
}

// Codes with their English names; the Danish and Norwegian names are taken as well.
const allowed = (column: ImportColumn) => {
  const names = valueLabelList(column, 'en');
  return `one of ${(column.values ?? []).map((code, i) => (names[i] === code ? code : `${code} (${names[i]})`)).join(', ')}`;
};

/** Converts one non-blank cell for `column`. */
export function convertCell(raw: string | number | boolean | Date | { error: string }, column: ImportColumn): CellResult {
  if (typeof raw === 'object' && !(raw instanceof Date)) return { problem: `holds the spreadsheet error ${raw.error}` };
  const invalidText = typeof raw === 'string' ? textProblem(raw) : undefined;
  if (invalidText) return { problem: invalidText };
  switch (column.type) {
    case 'text': {
      const text = textOf(raw);
      if (column.minLength && textLength(text) < column.minLength) return { problem: `must be at least ${column.minLength} characters` };
      if (column.maxLength && textLength(text) > column.maxLength) return { problem: `must be at most ${column.maxLength} characters` };
      return { value: text };
    }
    case 'fiscalYear': {
      const number = decimalOf(raw, 0);
      if ('problem' in number) return { problem: 'must be a whole number such as 2026' };
      const year = Number(number.value);
      const problem = fiscalYearProblem(year);
      return problem ? { problem } : { value: year };
    }
    case 'money': {
      const amount = decimalOf(raw, 2);
      if ('problem' in amount) return amount;
      const problem = moneyProblem(amount.value);
      return problem ? { problem } : amount;
    }
    case 'quantity': {
      const quantity = decimalOf(raw, 4);
      if ('problem' in quantity) return quantity;
      const problem = quantityProblem(quantity.value);
      return problem ? { problem } : quantity;
    }
    case 'date':
      return dateOf(raw);
    case 'enum': {
      const code = codeOfValue(column, textOf(raw));
      return code ? { value: code } : { problem: `"${textOf(raw)}" is not ${allowed(column)}` };
    }
    case 'enumList': {
      const items = textOf(raw)
        .split(/[,;\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
      const codes: string[] = [];
      for (const item of items) {
        const code = codeOfValue(column, item);
        if (!code) return { problem: `"${item}" is not ${allowed(column)}` };
        if (codes.includes(code)) return { problem: `names ${code} twice` };
        codes.push(code);
      }
      return { value: codes };
    }
    case 'organisation': {
      const text = typeof raw === 'number' ? decimalOf(raw, 0) : { value: textOf(raw) };
      if ('problem' in text) return { problem: 'must be an organisation identifier' };
      const match = /^([A-Za-z]{2})\s*:\s*(.+)$/.exec(text.value);
      return {
        value: match ? { country: match[1]!.toUpperCase(), identifier: match[2]!.trim() } : { country: null, identifier: text.value },
      };
    }
  }
}
