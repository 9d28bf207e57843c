import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { type DomainError, InvalidInputError, ServiceUnavailableError } from './domain-errors.js';

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

// Node's socket errors and PostgreSQL's connection classes (08: connection exception, 57P01–57P03:
// shutting down or starting up, 53300: too many connections) mean "the database is away", not a bug.
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
const UNREACHABLE_MESSAGES =
  /Connection terminated|connection timeout|Client has encountered a connection error|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Cannot use a pool after calling end|timeout exceeded when trying to connect/i;

/** Whether an error means the database could not be reached (as opposed to refusing a statement). */
export function isDatabaseUnreachable(error: unknown): boolean {
  // TypeORM releases a transaction's query runner when its connection breaks; the transaction's next
  // statement then fails with one of these instead of the connection error (seen in the failover test):
  // through the runner, or through its EntityManager's query() (the second, 2026-12-03).
  if (error instanceof QueryRunnerAlreadyReleasedError || error instanceof QueryRunnerProviderAlreadyReleasedError) return true;
  const cause =
    error instanceof QueryFailedError ? (error as QueryFailedError & { driverError: PgDriverError & Error }).driverError : error;
  if (!(cause instanceof Error) && typeof cause !== 'object') return false;
  const code = (cause as { code?: string } | null)?.code ?? '';
  const message = (cause as { message?: string } | null)?.message ?? '';
  return UNREACHABLE_CODES.has(code) || code.startsWith('08') || UNREACHABLE_MESSAGES.test(message);
}

/** The domain error a database failure stands for, or undefined when it is an unexpected failure. */
export function translateDatabaseError(error: unknown): DomainError | undefined {
  if (isDatabaseUnreachable(error)) return new ServiceUnavailableError();
  return translatePostgresError(error);
}

export function translatePostgresError(error: unknown): InvalidInputError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const pg = (error as QueryFailedError & { driverError: PgDriverError }).driverError;
  // With row-level security on the table PostgreSQL leaves the key out of the detail; our constraint
  // names end in the column they are about (uq_tracks_programme_code), which is the next best guess.
  const columns = pg.detail ? keyColumns(pg.detail) : pg.constraint?.startsWith('uq_') ? [camel(pg.constraint.split('_').at(-1)!)] : [];
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
      // Class 22, data exceptions (a value out of range, a malformed date or text): input the checks
      // before did not foresee. The services check what they know; this keeps the rest a client error.
      return pg.code?.startsWith('22')
        ? new InvalidInputError([
            { field: pg.column ? `input.${camel(pg.column)}` : 'input', reason: `holds a value the database cannot store (${pg.code})` },
          ])
        : undefined;
  }
}
