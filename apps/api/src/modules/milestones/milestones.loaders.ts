import type { DataSource } from 'typeorm';
import { rowsGroupedBy } from '../../graphql/loaders.js';
import { MilestoneEntity } from './milestone.entity.js';

export function milestoneLoaders(ds: DataSource) {
  return { milestonesByProject: rowsGroupedBy(ds, MilestoneEntity, 'projectId', { baselineDate: 'ASC', id: 'ASC' }) };
}
