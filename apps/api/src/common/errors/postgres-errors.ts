import { QueryFailedError } from 'typeorm';
import { InvalidInputError } from './domain-errors.js';

// Turns the constraint violations PostgreSQL reports into field-level input errors. The services check
// the common cases first with friendlier wording; this is the safety net for races and the rest.

interface PgDriverError {
  code?: string;
  detail?: string;
  constraint?: string;
  column?: string;
}

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function keyColumns(detail: string | undefined): string[] {
  const match = /^Key \(([^)]+)\)/.exec(detail ?? '');
  return match ? match[1]!.split(',').map((c) => camel(c.trim())) : [];
}

export function translatePostgresError(error: unknown): InvalidInputError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const pg = (error as QueryFailedError & { driverError: PgDriverError }).driverError;
  const columns = keyColumns(pg.detail);
  const field = `input.${columns.at(-1) ?? pg.column ?? pg.constraint ?? 'unknown'}`;
  switch (pg.code) {
    case '23505':
      return new InvalidInputError([{ field, reason: `is already used (${columns.join(', ')} must be unique)` }]);
    case '23001': // restrict_violation: ON DELETE RESTRICT
    case '23503':
      return pg.code === '23001' || pg.detail?.includes('is still referenced')
        ? new InvalidInputError([{ field: 'id', reason: 'is still referenced by other records; remove those first' }])
        : new InvalidInputError([{ field, reason: 'refers to a record that does not exist' }]);
    case '23514':
      return new InvalidInputError([{ field: 'input', reason: `breaks the rule ${pg.constraint ?? '(check constraint)'}` }]);
    case '23502':
      return new InvalidInputError([{ field: `input.${camel(pg.column ?? 'unknown')}`, reason: 'is required' }]);
    case '22P02':
      return new InvalidInputError([{ field: 'input', reason: 'contains a malformed value (e.g. an id that is not a UUID)' }]);
    default:
      return undefined;
  }
}
