import { invalidField } from '../../common/errors/domain-errors.js';
import type { CsvDialect } from './csv.js';

/** The `dialect` query parameter of CSV downloads. */
export function dialectOf(value: string | undefined): CsvDialect {
  if (value === undefined || value === 'rfc') return 'rfc';
  if (value === 'nordic') return 'nordic';
  throw invalidField('dialect', 'must be "rfc" (comma, decimal point) or "nordic" (semicolon, decimal comma)');
}
