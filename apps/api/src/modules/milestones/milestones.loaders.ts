import { type LoaderFactories } from '../../graphql/loader-set.js';
import { rowsGroupedBy } from '../../graphql/loaders.js';
import { MilestoneEntity } from './milestone.entity.js';

export const milestoneLoaders = {
  milestonesByProject: (ds) => rowsGroupedBy(ds, MilestoneEntity, 'projectId', { baselineDate: 'ASC', id: 'ASC' }),
} satisfies LoaderFactories;
