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

/** One CSV line; values arrive as PostgreSQL text (exact decimals), dates as ISO strings. */
export function csvLine(values: readonly (string | number | null | undefined)[], columns: readonly Column[], dialect: CsvDialect): string {
  const separator = dialect === 'nordic' ? ';' : ',';
  return (
    values
      .map((value, i) => {
        if (value === null || value === undefined) return '';
        const text = String(value);
        // Decimal comma only changes the point; there is no thousands separator to confuse it.
        return quote(columns[i]?.type === 'decimal' && dialect === 'nordic' ? text.replace('.', ',') : text, separator);
      })
      .join(separator) + '\r\n'
  );
}
