// CSV for spreadsheet users. "rfc": comma separator, decimal point (RFC 4180). "nordic": semicolon
// separator and decimal comma, what Danish and Norwegian Excel/LibreOffice expect. Both UTF-8 with a
// BOM so spreadsheets detect the encoding (æ, ø, å).

export type CsvDialect = 'rfc' | 'nordic';
export type ColumnType = 'text' | 'decimal' | 'int' | 'date' | 'datetime';

export interface Column {
  header: string;
  type: ColumnType;
}

export const BOM = '\uFEFF';

function quote(text: string, separator: string): string {
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first; e.g.
 * =HYPERLINK(…)) gets a leading single quote, as OWASP advises against CSV injection; so does a text
 * that begins with a single quote itself, so that the rule is undone exactly: a text cell that begins
 * with ' had one ' added (the audit verifiers rely on it). Only text columns: amounts such as -1250.00
 * are numbers and stay as they are.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r']/.test(text) ? `'${text}` : text;
}

/** One CSV line; values arrive as PostgreSQL text (exact decimals), dates as ISO strings. */
export function csvLine(values: readonly (string | number | null | undefined)[], columns: readonly Column[], dialect: CsvDialect): string {
  const separator = dialect === 'nordic' ? ';' : ',';
  return (
    values
      .map((value, i) => {
        if (value === null || value === undefined) return '';
        const text = String(value);
        const type = columns[i]?.type ?? 'text';
        // Decimal comma only changes the point; there is no thousands separator to confuse it.
        if (type === 'decimal' && dialect === 'nordic') return quote(text.replace('.', ','), separator);
        return quote(type === 'text' ? neutraliseFormula(text) : text, separator);
      })
      .join(separator) + '\r\n'
  );
}

/** How every CSV file begins: the BOM, then the header line of `columns`. */
export function csvHeader(columns: readonly Column[], dialect: CsvDialect): string {
  return (
    BOM +
    csvLine(
      columns.map((c) => c.header),
      columns,
      dialect,
    )
  );
}
