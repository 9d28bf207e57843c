import type { ProjectFilter } from '../projects/project.inputs.js';
import { searchPattern } from '../projects/projects.query.js';

const list = <T>(values: T[] | null | undefined): T[] | null => (values?.length ? values : null);

/** Parameters $3–$9 of PROJECT_SCOPE for a filter; null where the filter does not restrict. */
export function scopeParameters(filter: ProjectFilter | undefined): unknown[] {
  return [
    list(filter?.trackIds),
    list(filter?.phases),
    list(filter?.lifeEvents),
    list(filter?.commonComponents),
    list(filter?.partnerSectors),
    filter?.organisationId ?? null,
    searchPattern(filter?.search),
  ];
}
