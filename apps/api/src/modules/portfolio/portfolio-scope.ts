import type { ProjectFilter } from '../projects/project.inputs.js';
import { searchPattern } from '../projects/projects.query.js';

const list = <T>(values: T[] | null | undefined): T[] | null => (values?.length ? values : null);

/** Parameters $3–$10 of PROJECT_SCOPE for a filter (and some projects); null where nothing restricts. */
export function scopeParameters(filter: ProjectFilter | undefined, projectIds?: string[]): unknown[] {
  return [
    list(filter?.trackIds),
    list(filter?.phases),
    list(filter?.lifeEvents),
    list(filter?.commonComponents),
    list(filter?.partnerSectors),
    filter?.organisationId ?? null,
    searchPattern(filter?.search),
    list(projectIds),
  ];
}
