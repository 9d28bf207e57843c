import type { SelectQueryBuilder } from 'typeorm';
import { calendarDateProblem, PROJECT_PHASES, textProblem } from '@tvaers/domain';
import { invalidField } from '../../common/errors/domain-errors.js';
import { decodeCursor } from '../../common/graphql/connection.js';
import { ProjectOrder, ProjectSortField, SortDirection } from './project.inputs.js';
import type { ProjectEntity } from './project.entity.js';

// SQL for the `projects` connection's order (its filter is project-scope.ts): sorting is a
// keyset over (sort expression, id) so that `after` is a row comparison, not an OFFSET.

const PHASE_ORDER = `array_position(ARRAY[${PROJECT_PHASES.map((p) => `'${p}'`).join(',')}]::text[], p.phase)`;

/** Sort key expression and its SQL type; the page query selects the key as text for the cursor. */
export const SORT_EXPRESSIONS: Record<ProjectSortField, { sql: string; type: string }> = {
  [ProjectSortField.CODE]: { sql: 'p.code', type: 'text' },
  [ProjectSortField.TITLE]: { sql: 'p.title', type: 'text' },
  [ProjectSortField.PHASE]: { sql: PHASE_ORDER, type: 'int' },
  [ProjectSortField.PLANNED_START]: { sql: `COALESCE(p.planned_start, 'infinity'::date)`, type: 'date' },
  [ProjectSortField.PLANNED_END]: { sql: `COALESCE(p.planned_end, 'infinity'::date)`, type: 'date' },
  // Microsecond precision survives only as text; a JavaScript Date would cut it to milliseconds.
  [ProjectSortField.UPDATED_AT]: { sql: 'p.updated_at', type: 'timestamptz' },
};

/** Whether a cursor's sort value can be the sort key of this type; anything else was not issued by us. */
function fitsSortType(value: string | number | null, type: string): boolean {
  if (type === 'int')
    return typeof value === 'number' ? Number.isSafeInteger(value) : typeof value === 'string' && /^-?\d{1,9}$/.test(value);
  if (typeof value !== 'string') return false;
  if (type === 'date') return value === 'infinity' || calendarDateProblem(value) === undefined;
  if (type === 'timestamptz')
    return (
      /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/.test(value) &&
      calendarDateProblem(value.slice(0, 10)) === undefined
    );
  return textProblem(value) === undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function applyProjectOrder(qb: SelectQueryBuilder<ProjectEntity>, order: ProjectOrder | undefined, after: string | undefined): void {
  const field = order?.field ?? ProjectSortField.CODE;
  const direction = order?.direction ?? SortDirection.ASC;
  const { sql: expression, type } = SORT_EXPRESSIONS[field];
  if (after) {
    const cursor = decodeCursor(after);
    if (!cursor || !UUID.test(cursor.id) || !fitsSortType(cursor.sortValue, type)) {
      throw invalidField('after', 'is not a cursor returned by this connection for this order; start again without "after"');
    }
    const op = direction === SortDirection.ASC ? '>' : '<';
    qb.andWhere(`(${expression}, p.id) ${op} (CAST(:cursorValue AS ${type}), CAST(:cursorId AS uuid))`, {
      cursorValue: cursor.sortValue,
      cursorId: cursor.id,
    });
  }
  qb.addSelect(`(${expression})::text`, 'sort_key').orderBy(expression, direction).addOrderBy('p.id', direction);
}
