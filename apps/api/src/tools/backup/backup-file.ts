import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

// A backup of a Tværs database as one gzip-able text stream, without pg_dump (the embedded server ships
// none, and Debian's client tools are older than the server):
//
//   {"format":"tvaers-backup",...}                 one line: the header (format, schema migrations)
//   \#table budget_lines id,version,...           then per table: its columns,
//   <COPY text rows, one per line>                 its rows exactly as COPY … TO STDOUT writes them,
//   \.                                             and the end mark
//   \#manifest {"tables":{...},...}                last: counts, SHA-256 per table, sequences, audit head
//
// COPY's text format escapes every backslash in the data as \\, so a row never starts with "\#" or is
// "\." by itself: the marks cannot be confused with data. All tables are read in one read-only
// REPEATABLE READ transaction, so the backup is one consistent snapshot.

export const BACKUP_FORMAT = 'tvaers-backup';
export const BACKUP_VERSION = 1;
/**
 * Working state, not data: sign-in attempts and half-done sign-ins are not backed up. The migrations
 * table is the header. The dashboard rollups are derived from the rows: a restore computes them again.
 */
const SKIPPED_TABLES = [
  'migrations',
  'login_throttle',
  'oidc_sign_ins',
  'sign_in_codes',
  'project_year_rollups',
  'project_rollups',
  'project_receiver_rollups',
];
/** Tables a fresh migration fills itself; a restore replaces their rows instead of requiring them empty. */
const SEEDED_TABLES = ['audit_chain_head'];

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** Names of the migrations the database had, in order: the schema version of the data. */
  migrations: string[];
}

export interface TableManifest {
  columns: string[];
  rows: number;
  sha256: string;
}

export interface BackupManifest {
  tables: Record<string, TableManifest>;
  sequences: Record<string, string | null>;
  auditHead: { sequence: string; hash: string } | null;
}

interface TablePlan {
  name: string;
  columns: string[];
  /** Columns a row must have a value for (NOT NULL, no default): a backup without them cannot load. */
  required: string[];
  /** The table's rows in a stable order (its primary key), so the hash does not depend on storage. */
  select: string;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function tablePlans(client: pg.Client): Promise<TablePlan[]> {
  const { rows } = await client.query<{ table_name: string; columns: string[]; required: string[] | null; key: string[] | null }>(
    `SELECT t.table_name,
            array_agg(c.column_name::text ORDER BY c.ordinal_position) FILTER (WHERE c.is_generated = 'NEVER') AS columns,
            array_agg(c.column_name::text) FILTER (WHERE c.is_generated = 'NEVER' AND c.is_nullable = 'NO' AND c.column_default IS NULL) AS required,
            (SELECT array_agg(a.attname::text ORDER BY k.ord)
               FROM pg_index i CROSS JOIN unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
              WHERE i.indrelid = (quote_ident(t.table_name))::regclass AND i.indisprimary) AS key
       FROM information_schema.tables t JOIN information_schema.columns c USING (table_schema, table_name)
      WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND NOT t.table_name = ANY($1)
      GROUP BY t.table_name ORDER BY t.table_name`,
    [SKIPPED_TABLES],
  );
  return rows.map((r) => {
    const order = (r.key?.length ? r.key : r.columns).map(ident).join(', ');
    return {
      name: r.table_name,
      columns: r.columns,
      required: r.required ?? [],
      select: `SELECT ${r.columns.map(ident).join(', ')} FROM ${ident(r.table_name)} ORDER BY ${order}`,
    };
  });
}

async function sequences(client: pg.Client): Promise<Record<string, string | null>> {
  const { rows } = await client.query<{ name: string; last_value: string | null }>(
    `SELECT sequencename AS name, last_value::text FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.last_value]));
}

async function auditHead(client: pg.Client): Promise<BackupManifest['auditHead']> {
  const { rows } = await client.query<{ sequence: string; hash: string }>(`SELECT sequence::text, hash FROM audit_chain_head`);
  return rows[0] ?? null;
}

/** Streams COPY output of `select` into `onChunk`; the row count is the number of line ends. */
async function copyOut(
  client: pg.Client,
  select: string,
  onChunk: (chunk: Buffer) => Promise<void> | void,
): Promise<{ rows: number; sha256: string }> {
  const hash = createHash('sha256');
  let rows = 0;
  for await (const chunk of client.query(copyTo(`COPY (${select}) TO STDOUT`)) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) rows += 1;
    await onChunk(chunk);
  }
  return { rows, sha256: hash.digest('hex') };
}

async function write(out: Writable, data: string | Buffer): Promise<void> {
  if (!out.write(data)) await once(out, 'drain');
}

/** Writes a consistent backup of the database `client` is connected to (as its owner) into `out`. */
export async function writeBackup(client: pg.Client, out: Writable): Promise<{ header: BackupHeader; manifest: BackupManifest }> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const migrations = (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id')).rows.map((r) => r.name);
    const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), migrations };
    await write(out, `${JSON.stringify(header)}\n`);
    const manifest: BackupManifest = { tables: {}, sequences: await sequences(client), auditHead: await auditHead(client) };
    for (const table of await tablePlans(client)) {
      await write(out, `\\#table ${table.name} ${table.columns.join(',')}\n`);
      const { rows, sha256 } = await copyOut(client, table.select, (chunk) => write(out, chunk));
      await write(out, '\\.\n');
      manifest.tables[table.name] = { columns: table.columns, rows, sha256 };
    }
    await write(out, `\\#manifest ${JSON.stringify(manifest)}\n`);
    await client.query('COMMIT');
    return { header, manifest };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Why a restore was refused; nothing was written (the load runs in one transaction). */
export class RestoreRefusedError extends Error {}

/** Reads the header line of a backup stream. */
export function parseHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader> = {};
  try {
    header = JSON.parse(line ?? '') as Partial<BackupHeader>;
  } catch {
    // refused below
  }
  if (header.format !== BACKUP_FORMAT || !Array.isArray(header.migrations))
    throw new RestoreRefusedError('this is not a Tværs backup file');
  if (header.version !== BACKUP_VERSION)
    throw new RestoreRefusedError(`backup format version ${header.version} is not supported (this Tværs reads version ${BACKUP_VERSION})`);
  return header as BackupHeader;
}

/**
 * Loads a backup into a migrated, empty database in one transaction, then checks that every table's
 * rows, read back in the backup's order, have the counts and SHA-256 of the manifest, and that the audit
 * chain verifies; any difference rolls everything back. Needs a superuser (triggers are off while
 * loading, so the rows keep their audit history instead of writing new events).
 */
export async function restoreBackup(
  client: pg.Client,
  input: Readable,
  codeMigrations: string[],
  verifyChain: (database: { query(sql: string): Promise<unknown> }) => Promise<{ ok: boolean; reason: string | null; checked: number }>,
): Promise<{ header: BackupHeader; manifest: BackupManifest; auditEvents: number }> {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    return done ? undefined : (value as string);
  };
  const header = parseHeader(await next());
  const unknown = header.migrations.filter((m) => !codeMigrations.includes(m));
  if (unknown.length)
    throw new RestoreRefusedError(`the backup comes from a newer Tværs (migrations ${unknown.join(', ')} are unknown here); upgrade first`);

  const plans = new Map((await tablePlans(client)).map((p) => [p.name, p]));
  for (const name of plans.keys()) {
    if (SEEDED_TABLES.includes(name)) continue;
    const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM ${ident(name)}) AS filled`);
    if (rows[0].filled)
      throw new RestoreRefusedError(`the database is not empty (table ${name} has rows); restore only into a new, empty database`);
  }

  await client.query('BEGIN');
  /** The COPY under way, if any: a refusal in the middle of a table must end it before the rollback. */
  let copying: ReturnType<typeof copyFrom> | undefined;
  try {
    await client.query(`SET LOCAL session_replication_role = replica`).catch(() => {
      throw new RestoreRefusedError(
        'restoring needs a database superuser (to load rows without firing triggers); connect as the owner of the server',
      );
    });
    for (const name of SEEDED_TABLES) if (plans.has(name)) await client.query(`DELETE FROM ${ident(name)}`);
    const loaded: Record<string, { rows: number; sha256: string }> = {};
    let manifest: BackupManifest | undefined;
    for (let line = await next(); line !== undefined; line = await next()) {
      if (line.startsWith('\\#manifest ')) {
        manifest = JSON.parse(line.slice('\\#manifest '.length)) as BackupManifest;
        break;
      }
      const table = /^\\#table (\S+) (\S+)$/.exec(line);
      if (!table) throw new RestoreRefusedError(`the backup file is damaged (unexpected line "${line.slice(0, 40)}")`);
      const name = table[1]!;
      const columns = table[2]!;
      const plan = plans.get(name);
      if (!plan) throw new RestoreRefusedError(`the backup has a table ${name} that this Tværs does not have`);
      const missing = plan.required.filter((c) => !columns.split(',').includes(c));
      if (missing.length)
        throw new RestoreRefusedError(
          `the backup comes from an older Tværs: table ${name} has no column ${missing.join(', ')}; restore it with the version that wrote it, then upgrade`,
        );
      const into = (copying = client.query(copyFrom(`COPY ${ident(name)} (${columns.split(',').map(ident).join(', ')}) FROM STDIN`)));
      const hash = createHash('sha256');
      let rows = 0;
      for (let row = await next(); row !== '\\.'; row = await next()) {
        if (row === undefined) throw new RestoreRefusedError(`the backup file ends inside table ${name}; it is incomplete`);
        const bytes = `${row}\n`;
        hash.update(bytes);
        rows += 1;
        if (!into.write(bytes)) await once(into, 'drain');
      }
      into.end();
      await once(into, 'finish');
      copying = undefined;
      loaded[name] = { rows, sha256: hash.digest('hex') };
    }
    if (!manifest) throw new RestoreRefusedError('the backup file has no manifest at its end; it is incomplete');

    // What the file held must be what the manifest says, and what the database now holds the same.
    for (const [name, expected] of Object.entries(manifest.tables)) {
      const plan = plans.get(name)!;
      const got = loaded[name];
      if (!got || got.rows !== expected.rows || got.sha256 !== expected.sha256)
        throw new RestoreRefusedError(
          `table ${name} in the file does not match its manifest (${got?.rows ?? 0} rows read, ${expected.rows} listed)`,
        );
      const stored = await copyOut(
        client,
        `SELECT ${expected.columns.map(ident).join(', ')} FROM ${ident(name)} ORDER BY ${plan.select.split(' ORDER BY ')[1]}`,
        () => undefined,
      );
      if (stored.rows !== expected.rows || stored.sha256 !== expected.sha256)
        throw new RestoreRefusedError(
          `table ${name} reads back differently from the backup (${stored.rows} rows, SHA-256 ${stored.sha256.slice(0, 12)}…)`,
        );
    }
    for (const [name, value] of Object.entries(manifest.sequences)) {
      if (value !== null) await client.query(`SELECT setval($1::regclass, $2::bigint, true)`, [name, value]);
    }
    // The triggers that keep the dashboard rollups were off while loading (replica role); on again for
    // the rollups' own (each rollup row takes its project's programme).
    await client.query(`SET LOCAL session_replication_role = origin`);
    await client.query(`SELECT tvaers_compute_rollups(ARRAY(SELECT id FROM projects))`);
    const chain = await verifyChain({ query: async (sql: string) => (await client.query(sql)).rows });
    if (!chain.ok) throw new RestoreRefusedError(`the restored audit chain does not verify: ${chain.reason}`);
    await client.query('COMMIT');
    return { header, manifest, auditEvents: chain.checked };
  } catch (error) {
    if (copying) {
      // pg-copy-streams answers a destroyed stream with CopyFail; the server then ends the COPY.
      const ended = once(copying, 'close').catch(() => undefined);
      copying.destroy(new Error('restore refused'));
      await ended;
    }
    await client.query('ROLLBACK');
    throw error;
  }
}
