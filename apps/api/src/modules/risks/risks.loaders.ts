import type { DataSource } from 'typeorm';
import { rowsGroupedBy } from '../../graphql/loaders.js';
import { ProjectIssueEntity } from './project-issue.entity.js';
import { RiskEntity } from './risk.entity.js';

export function riskLoaders(ds: DataSource) {
  return {
    risksByProject: rowsGroupedBy(ds, RiskEntity, 'projectId', { createdAt: 'ASC', id: 'ASC' }),
    issuesByProject: rowsGroupedBy(ds, ProjectIssueEntity, 'projectId', { createdAt: 'ASC', id: 'ASC' }),
  };
}
