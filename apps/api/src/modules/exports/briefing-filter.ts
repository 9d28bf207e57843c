import { COMMON_COMPONENTS, LIFE_EVENTS, PROJECT_PHASES, SECTORS } from '@tvaers/domain';
import { isUUID } from 'class-validator';
import { invalidField } from '../../common/errors/domain-errors.js';
import type { ProjectFilter } from '../projects/project.inputs.js';

// The dashboard's filter as the briefing's query string: the web app's own parameter names
// (apps/web/src/features/dashboard/filters.ts), so the PDF button passes the view on as it is.

const MAX_VALUES = 50;

function listParam(name: string, value: unknown, allowed?: readonly string[]): string[] | undefined {
  if (value === undefined) return undefined;
  const values = Array.isArray(value) ? value : [value];
  if (values.length > MAX_VALUES) throw invalidField(name, `must have at most ${MAX_VALUES} values`);
  for (const v of values) {
    if (typeof v !== 'string') throw invalidField(name, 'must be a plain value');
    if (allowed && !allowed.includes(v)) throw invalidField(name, `must be one of ${allowed.join(', ')}`);
    if (!allowed && !isUUID(v)) throw invalidField(name, 'must be a UUID');
  }
  return values.length ? (values as string[]) : undefined;
}

/** `?track=<id>&phase=…&sector=…&life=…&component=…&q=…`, each list repeatable; absent: no filter. */
export function briefingFilterOf(query: Record<string, unknown>): ProjectFilter {
  const search = query.q;
  if (search !== undefined && (typeof search !== 'string' || search.length > 200))
    throw invalidField('q', 'must be a text of at most 200 characters');
  if (typeof search === 'string' && search.includes('\0')) throw invalidField('q', 'must not contain NUL characters');
  const filter: ProjectFilter = {
    trackIds: listParam('track', query.track),
    phases: listParam('phase', query.phase, PROJECT_PHASES) as ProjectFilter['phases'],
    partnerSectors: listParam('sector', query.sector, SECTORS) as ProjectFilter['partnerSectors'],
    lifeEvents: listParam('life', query.life, LIFE_EVENTS) as ProjectFilter['lifeEvents'],
    commonComponents: listParam('component', query.component, COMMON_COMPONENTS) as ProjectFilter['commonComponents'],
    search: typeof search === 'string' && search.trim() ? search.trim() : undefined,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as ProjectFilter;
}
