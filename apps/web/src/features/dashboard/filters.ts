import type { CommonComponent, LifeEvent, ProjectFilter, ProjectPhase, Sector } from '../../generated/graphql';

// The dashboard and project list keep their filters in the query string, so a view is a link.
export const FILTER_PARAMS = {
  track: 'track',
  phase: 'phase',
  sector: 'sector',
  lifeEvent: 'life',
  component: 'component',
  search: 'q',
} as const;

export function filterFromParams(params: URLSearchParams): ProjectFilter {
  const list = <T extends string>(key: string) => {
    const values = params.getAll(key).filter(Boolean) as T[];
    return values.length ? values : undefined;
  };
  const filter: ProjectFilter = {
    trackIds: list(FILTER_PARAMS.track),
    phases: list<ProjectPhase>(FILTER_PARAMS.phase),
    partnerSectors: list<Sector>(FILTER_PARAMS.sector),
    lifeEvents: list<LifeEvent>(FILTER_PARAMS.lifeEvent),
    commonComponents: list<CommonComponent>(FILTER_PARAMS.component),
    search: params.get(FILTER_PARAMS.search)?.trim() || undefined,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as ProjectFilter;
}

/** Only the filter parameters of the view, as a query string: what the PDF briefing honours (same names). */
export function filterQuery(params: URLSearchParams): string {
  const names: string[] = Object.values(FILTER_PARAMS);
  const kept = new URLSearchParams([...params].filter(([name, value]) => names.includes(name) && value.trim() !== ''));
  return kept.toString();
}

export function hasFilter(filter: ProjectFilter): boolean {
  return Object.keys(filter).length > 0;
}
