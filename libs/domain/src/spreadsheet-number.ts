import { Decimal } from './decimal.js';

// Spreadsheets store numbers as binary doubles: 1234.56 typed into a cell arrives as the nearest
// double, and a formula such as =A1*0.4 may arrive as 493.82400000000007. These functions turn a cell
// into an exact decimal string, or say why they cannot. Floating-point noise is removed; a real extra
// decimal (10.005 where two are allowed) is refused, never rounded away silently.

export type SpreadsheetNumber = { value: string } | { problem: string };

/** Relative difference below which a double and its rounding are the same number. */
const NOISE = new Decimal('1e-12');

function withScale(exact: Decimal, scale: number): SpreadsheetNumber {
  if (exact.decimalPlaces() <= scale) return { value: exact.toFixed() };
  const rounded = exact.toDecimalPlaces(scale, Decimal.ROUND_HALF_EVEN);
  if (rounded.minus(exact).abs().lte(exact.abs().times(NOISE))) return { value: rounded.toFixed() };
  return { problem: `must have at most ${scale} decimals (got ${exact.toFixed()})` };
}

/** A numeric cell: the shortest decimal that the double stands for, at most `scale` decimals. */
export function decimalFromSpreadsheetNumber(n: number, scale: number): SpreadsheetNumber {
  if (!Number.isFinite(n)) return { problem: 'is not a finite number' };
  // decimal.js reads a number through its shortest round-trip form, e.g. 0.1 → "0.1", not 0.1000000000000000055…
  return withScale(new Decimal(n), scale);
}

/**
 * A number typed as text: "1234.56", "1234,56" (decimal comma), "1 234,56" or "1.234,56" (Nordic
 * thousands separators) and "1,234.56". With a single kind of separator, it is the decimal separator.
 */
export function decimalFromSpreadsheetText(text: string, scale: number): SpreadsheetNumber {
  const compact = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^\u2212/, '-');
  const lastComma = compact.lastIndexOf(',');
  const lastPoint = compact.lastIndexOf('.');
  let canonical = compact;
  if (lastComma >= 0 && lastPoint >= 0) {
    // Both marks: the later one is the decimal mark, the other groups thousands in threes.
    const decimalMark = lastComma > lastPoint ? ',' : '.';
    const parts = compact.split(decimalMark);
    const groups = (parts[0] ?? '').replace(/^-/, '').split(decimalMark === ',' ? '.' : ',');
    const grouped = /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
    if (parts.length !== 2 || !grouped) return { problem: `"${text}" is not a number` };
    canonical = `${compact.startsWith('-') ? '-' : ''}${groups.join('')}.${parts[1]}`;
  } else if (lastComma >= 0) {
    if (compact.indexOf(',') !== lastComma) return { problem: `"${text}" is not a number (more than one decimal comma)` };
    canonical = compact.replace(',', '.');
  }
  if (!/^-?\d+(\.\d+)?$/.test(canonical)) return { problem: `"${text}" is not a number` };
  return withScale(new Decimal(canonical), scale);
}

/** Significant digits a spreadsheet's binary double keeps exactly in every case. */
const EXACT_DOUBLE_DIGITS = 15;

/**
 * A decimal as a spreadsheet cell: a number when a double holds it exactly (at most 15 significant
 * digits), else the decimal text itself, so that 99999999999999.9999 leaves as it came in and a
 * re-import reads the same value (the import accepts numbers written as text).
 */
export function spreadsheetCellOf(value: string): number | string {
  const digits = value.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  const significant = value.includes('.') ? digits.replace(/0+$/, '') : digits.replace(/0+$/, '');
  return significant.length <= EXACT_DOUBLE_DIGITS ? Number(value) : value;
}
