import { type LoaderFactories } from '../../graphql/loader-set.js';
import { rowsGroupedBy } from '../../graphql/loaders.js';
import { ProjectIssueEntity } from './project-issue.entity.js';
import { RiskEntity } from './risk.entity.js';

export const riskLoaders = {
  risksByProject: (ds) => rowsGroupedBy(ds, RiskEntity, 'projectId', { createdAt: 'ASC', id: 'ASC' }),
  issuesByProject: (ds) => rowsGroupedBy(ds, ProjectIssueEntity, 'projectId', { createdAt: 'ASC', id: 'ASC' }),
} satisfies LoaderFactories;
