import type { DataSource } from 'typeorm';
import { rowsGroupedBy } from '../../graphql/loaders.js';
import { StatusReportEntity } from './status-report.entity.js';

export function statusReportLoaders(ds: DataSource) {
  return { statusReportsByProject: rowsGroupedBy(ds, StatusReportEntity, 'projectId', { period: 'DESC' }) };
}
