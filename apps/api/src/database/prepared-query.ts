import { createHash } from 'node:crypto';
import { type DataSource, QueryFailedError } from 'typeorm';

// Hot reads as named prepared statements. PostgreSQL parses, rewrites (row-level security adds its
// policies to every table of the statement) and plans an unnamed statement on every execution; a
// prepared one is parsed and rewritten once per connection, and its plan is reused once the generic plan
// is as good as the custom ones. Single client as a member, interleaved, warm pages: the sign-in lookup
// 0.73 → 0.28 ms, a project's row 0.77 → 0.35 ms, a project's nested lists 2.9 → 2.5 ms
// (bench/peer.mjs measures the effect on the whole request).
// PostgreSQL re-plans by itself when a table, a policy or the role changes.
//
// Each distinct statement text holds a plan in every pooled connection, and the texts follow the
// selections clients send, so only the first MAX_NAMED texts of this process are prepared; any further
// text runs unnamed, as before.

const MAX_NAMED = 200;
const names = new Map<string, string>();

interface PgClient {
  query(config: {
    name?: string;
    text: string;
    values: unknown[];
    rowMode: 'array';
  }): Promise<{ rows: unknown[][]; fields: { name: string }[] }>;
}

/** Rows as arrays in select-list order, with the column names once. */
export interface RowArrays {
  names: string[];
  rows: unknown[][];
}

function nameFor(sql: string): string | undefined {
  let name = names.get(sql);
  if (!name && names.size < MAX_NAMED) names.set(sql, (name = `tvaers_${createHash('sha256').update(sql).digest('hex').slice(0, 32)}`));
  return name;
}

/**
 * `ds.query(sql, values)` as a named prepared statement, with the request's session context.
 *
 * The rows are read as arrays and made objects here. pg's own row objects are copies of a
 * null-prototype template, which V8 keeps as hash tables: for 400 rows of 11 columns pg spent ~1 ms
 * making them, against ~0.15 ms for arrays, and each left a dictionary behind for the collector.
 * Objects filled in select-list order share one hidden class and read like any other object.
 */
export async function preparedQuery<T>(ds: DataSource, sql: string, values: unknown[]): Promise<T[]> {
  const { names, rows } = await preparedRowArrays(ds, sql, values);
  return rows.map((row) => objectFrom(names, row) as T);
}

/** The object of `names` → the row's values from position `from` on, filled in the names' order. */
export function objectFrom(names: readonly string[], row: readonly unknown[], from = 0): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i++) object[names[i]!] = row[from + i];
  return object;
}

/** The rows of the statement as arrays (see preparedQuery); named and prepared unless past MAX_NAMED. */
export async function preparedRowArrays(ds: DataSource, sql: string, values: unknown[]): Promise<RowArrays> {
  const name = nameFor(sql);
  const runner = ds.createQueryRunner();
  try {
    const client = (await runner.connect()) as PgClient;
    ds.logger.logQuery(sql, values, runner);
    try {
      const { rows, fields } = await client.query({ name, text: sql, values, rowMode: 'array' });
      return { names: fields.map((field) => field.name), rows };
    } catch (error) {
      ds.logger.logQueryError(error as Error, sql, values, runner);
      throw new QueryFailedError(sql, values, error as Error);
    }
  } finally {
    await runner.release();
  }
}
