import { type LoaderFactories } from '../../graphql/loader-set.js';
import { rowsGroupedBy } from '../../graphql/loaders.js';
import { StatusReportEntity } from './status-report.entity.js';

export const statusReportLoaders = {
  statusReportsByProject: (ds) => rowsGroupedBy(ds, StatusReportEntity, 'projectId', { period: 'DESC' }),
} satisfies LoaderFactories;
