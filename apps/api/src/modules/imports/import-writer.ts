import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-errors.js';
import type { DbRow, ImportPlan } from './import-plan.js';
import type { SheetKey } from './import-sheets.js';

// Writes a checked import plan with a few set-based statements per table: rows travel as one JSON
// parameter and jsonb_to_recordset turns them into typed columns. Updates carry the version the plan
// was made from, so a row someone saved in the meantime fails the whole import, as any edit would.

/** Someone saved rows that the import was about to update, or added a row with the same key. */
export class ImportConflictError extends DomainError {
  readonly code = 'CONFLICT';
}

interface TableSpec {
  table: string;
  /** Column → PostgreSQL type, for every column an insert sets. */
  columns: Record<string, string>;
  /** The columns an update sets. */
  updates: string[];
}

const TABLES: Record<SheetKey, TableSpec> = {
  organisations: {
    table: 'organisations',
    columns: { id: 'uuid', name: 'text', sector: 'text', country: 'text', identifier: 'text' },
    updates: ['name', 'sector'],
  },
  projects: {
    table: 'projects',
    columns: {
      id: 'uuid',
      programme_id: 'uuid',
      code: 'text',
      title: 'text',
      description: 'text',
      track_id: 'uuid',
      phase: 'text',
      planned_start: 'date',
      planned_end: 'date',
      forecast_start: 'date',
      forecast_end: 'date',
      actual_start: 'date',
      actual_end: 'date',
      life_events: 'text[]',
      common_components: 'text[]',
    },
    updates: [
      'title',
      'description',
      'track_id',
      'phase',
      'planned_start',
      'planned_end',
      'forecast_start',
      'forecast_end',
      'actual_start',
      'actual_end',
      'life_events',
      'common_components',
    ],
  },
  partners: {
    table: 'participations',
    columns: { id: 'uuid', project_id: 'uuid', organisation_id: 'uuid', roles: 'text[]' },
    updates: ['roles'],
  },
  budget: {
    table: 'budget_lines',
    columns: {
      id: 'uuid',
      project_id: 'uuid',
      fiscal_year: 'smallint',
      funder_id: 'uuid',
      category: 'text',
      amount: 'numeric',
      low: 'numeric',
      high: 'numeric',
    },
    updates: ['amount', 'low', 'high'],
  },
  benefits: {
    table: 'benefits',
    columns: {
      id: 'uuid',
      project_id: 'uuid',
      title: 'text',
      kind: 'text',
      unit: 'text',
      receiver_id: 'uuid',
      owner: 'text',
      baseline_value: 'numeric',
      measurement_method: 'text',
      process: 'text',
      per_adopter: 'numeric',
    },
    updates: ['title', 'kind', 'unit', 'receiver_id', 'owner', 'baseline_value', 'measurement_method', 'process', 'per_adopter'],
  },
  targets: {
    table: 'benefit_targets',
    columns: { id: 'uuid', benefit_id: 'uuid', fiscal_year: 'smallint', value: 'numeric', low: 'numeric', high: 'numeric' },
    updates: ['value', 'low', 'high'],
  },
  measurements: {
    table: 'benefit_measurements',
    columns: {
      id: 'uuid',
      benefit_id: 'uuid',
      fiscal_year: 'smallint',
      value: 'numeric',
      evidence: 'text',
      status: 'text',
      reported_by_id: 'uuid',
    },
    updates: ['value', 'evidence'],
  },
};

/** Dependency order: organisations and projects before the rows that point at them. */
const WRITE_ORDER: SheetKey[] = ['organisations', 'projects', 'partners', 'budget', 'benefits', 'targets', 'measurements'];
const CHUNK = 1000;

const recordset = (columns: Record<string, string>) =>
  `jsonb_to_recordset($1::jsonb) AS x(${Object.entries(columns)
    .map(([c, t]) => `${c} ${t}`)
    .join(', ')})`;

async function insertRows(manager: EntityManager, spec: TableSpec, rows: DbRow[]): Promise<void> {
  const names = Object.keys(spec.columns).join(', ');
  try {
    await manager.query(`INSERT INTO ${spec.table} (${names}) SELECT ${names} FROM ${recordset(spec.columns)}`, [JSON.stringify(rows)]);
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new ImportConflictError(
        `Someone added ${spec.table.replace(/_/g, ' ')} with the same key while the file was being imported; nothing was written. Import the file again.`,
      );
    }
    throw error;
  }
}

async function updateRows(manager: EntityManager, spec: TableSpec, rows: DbRow[]): Promise<void> {
  const columns = { id: 'uuid', version: 'integer', ...Object.fromEntries(spec.updates.map((c) => [c, spec.columns[c]!])) };
  // TypeORM answers an UPDATE with [rows, affected row count].
  const [, affected]: [unknown[], number] = await manager.query(
    `UPDATE ${spec.table} t SET ${spec.updates.map((c) => `${c} = x.${c}`).join(', ')}, version = t.version + 1, updated_at = now()
       FROM ${recordset(columns)} WHERE t.id = x.id AND t.version = x.version`,
    [JSON.stringify(rows.map((row) => Object.fromEntries(Object.keys(columns).map((c) => [c, row[c] ?? null]))))],
  );
  if (affected !== rows.length) {
    throw new ImportConflictError(
      `${rows.length - affected} ${spec.table.replace(/_/g, ' ')} row(s) were changed by someone else while the file was being imported; nothing was written. Import the file again.`,
    );
  }
}

/** Writes every insert and update of the plan; reports progress in rows. Run it inside a transaction. */
export async function writeImportPlan(
  manager: EntityManager,
  plan: ImportPlan,
  progress: (done: number, total: number) => void,
): Promise<void> {
  const total = WRITE_ORDER.reduce((n, sheet) => n + plan[sheet].inserts.length + plan[sheet].updates.length, 0);
  let done = 0;
  progress(done, total);
  for (const sheet of WRITE_ORDER) {
    for (const [rows, write] of [
      [plan[sheet].inserts, insertRows],
      [plan[sheet].updates, updateRows],
    ] as const) {
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK);
        await write(manager, TABLES[sheet], chunk);
        done += chunk.length;
        progress(done, total);
      }
    }
  }
}
