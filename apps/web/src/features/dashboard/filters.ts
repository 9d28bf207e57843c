import type { ProjectFilter } from '../../generated/graphql';
import { FILTER_KEYS, type FilterSearch, stringifySearch } from '../../router/search';

// The dashboard and the project lists keep their filters in the query string (router/search.ts), so a
// view is a link; the names are the server's, so the exports take the same query string.

export function filterFromSearch(search: FilterSearch): ProjectFilter {
  const filter: ProjectFilter = {
    trackIds: search.track,
    phases: search.phase,
    partnerSectors: search.sector,
    lifeEvents: search.life,
    commonComponents: search.component,
    search: search.q,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as ProjectFilter;
}

/** Only the filters of the view, as a query string without `?`: what the PDF briefing and the exports honour. */
export function filterQuery(search: FilterSearch): string {
  return stringifySearch(Object.fromEntries(FILTER_KEYS.map((key) => [key, search[key]]))).slice(1);
}

/** The same search without any filter (a new programme starts unfiltered). */
export function withoutFilters<T extends FilterSearch>(search: T): T {
  const kept = { ...search };
  for (const key of FILTER_KEYS) delete kept[key];
  return kept;
}

export function hasFilter(filter: ProjectFilter): boolean {
  return Object.keys(filter).length > 0;
}
