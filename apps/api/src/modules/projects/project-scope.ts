import type { SelectQueryBuilder } from 'typeorm';
import { escapeLike } from '../../common/persistence/like-pattern.js';
import type { ProjectFilter } from './project.inputs.js';
import type { ProjectEntity } from './project.entity.js';

// Which projects a ProjectFilter lets through, defined once for every consumer: the `projects`
// connection (its query builder takes only the conditions in force, so each combination is planned
// for itself) and the aggregate statements of dashboards, exports and simulations (one static text,
// where a condition whose parameter is null restricts nothing). A new filter field is one entry here.
// Projects are alias `p`.

/** An ILIKE pattern matching the text anywhere, with LIKE's wildcards in it taken literally. */
export function searchPattern(search: string | undefined | null): string | null {
  const text = search?.trim();
  return text ? `%${escapeLike(text)}%` : null;
}

const list = <T>(values: readonly T[] | null | undefined): readonly T[] | null => (values?.length ? values : null);

interface ScopeCondition {
  /** The parameter's SQL type. */
  type: string;
  /** The condition on `p`, given the parameter's SQL (already cast to `type`). */
  sql: (parameter: string) => string;
  /** The parameter for a filter (and some project ids), or null when this condition restricts nothing. */
  value: (filter: ProjectFilter | undefined, projectIds: readonly string[] | undefined) => unknown;
}

const CONDITIONS: readonly ScopeCondition[] = [
  { type: 'uuid[]', sql: (v) => `p.track_id = ANY(${v})`, value: (f) => list(f?.trackIds) },
  { type: 'text[]', sql: (v) => `p.phase = ANY(${v})`, value: (f) => list(f?.phases) },
  { type: 'text[]', sql: (v) => `p.life_events && ${v}`, value: (f) => list(f?.lifeEvents) },
  { type: 'text[]', sql: (v) => `p.common_components && ${v}`, value: (f) => list(f?.commonComponents) },
  {
    type: 'text[]',
    sql: (v) =>
      `EXISTS (SELECT 1 FROM participations pa JOIN organisations o ON o.id = pa.organisation_id WHERE pa.project_id = p.id AND o.sector = ANY(${v}))`,
    value: (f) => list(f?.partnerSectors),
  },
  {
    type: 'uuid',
    sql: (v) => `EXISTS (SELECT 1 FROM participations pa WHERE pa.project_id = p.id AND pa.organisation_id = ${v})`,
    value: (f) => f?.organisationId ?? null,
  },
  {
    type: 'text',
    sql: (v) => `(p.code ILIKE ${v} OR p.title ILIKE ${v} OR p.description ILIKE ${v})`,
    value: (f) => searchPattern(f?.search),
  },
  // Not a filter field: one project's outlook limits an aggregate to it.
  { type: 'uuid[]', sql: (v) => `p.id = ANY(${v})`, value: (_f, ids) => list(ids) },
];

/** The first parameter number of the conditions in PROJECT_SCOPE: $1 is the programme, $2 the statement's own. */
const FIRST = 3;

/**
 * Which projects of programme $1 count, as a condition on `p` for a static statement: the filter in
 * parameters $3–$9 (null = no restriction) and some project ids in $10 (null = all); scopeParameters
 * gives them.
 */
export const PROJECT_SCOPE = [
  'p.programme_id = $1',
  ...CONDITIONS.map((condition, i) => {
    const parameter = `$${FIRST + i}::${condition.type}`;
    return `($${FIRST + i}::${condition.type} IS NULL OR ${condition.sql(parameter)})`;
  }),
].join('\n       AND ');

/** Parameters $3–$10 of PROJECT_SCOPE for a filter (and some projects); null where nothing restricts. */
export function scopeParameters(filter: ProjectFilter | undefined, projectIds?: readonly string[]): unknown[] {
  return CONDITIONS.map((condition) => condition.value(filter, projectIds));
}

/** The same scope on the `projects` connection's query builder: the programme and the conditions in force. */
export function applyProjectFilter(qb: SelectQueryBuilder<ProjectEntity>, programmeId: string, filter: ProjectFilter | undefined): void {
  qb.where('p.programme_id = :programmeId', { programmeId });
  CONDITIONS.forEach((condition, i) => {
    const value = condition.value(filter, undefined);
    if (value !== null) qb.andWhere(condition.sql(`CAST(:scope${i} AS ${condition.type})`), { [`scope${i}`]: value });
  });
}
