import { type LoaderFactories } from '../../graphql/loader-set.js';
import { rowsGroupedBy } from '../../graphql/loaders.js';
import { BaselineEntity } from './baseline.entity.js';

export const baselineLoaders = {
  baselinesByProject: (ds) => rowsGroupedBy(ds, BaselineEntity, 'projectId', { baselineNumber: 'DESC' }),
} satisfies LoaderFactories;
