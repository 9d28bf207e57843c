import type { DataSource } from 'typeorm';
import { rowsGroupedBy } from '../../graphql/loaders.js';
import { BaselineEntity } from './baseline.entity.js';

export function baselineLoaders(ds: DataSource) {
  return { baselinesByProject: rowsGroupedBy(ds, BaselineEntity, 'projectId', { baselineNumber: 'DESC' }) };
}
