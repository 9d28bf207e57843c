import type { DataSource } from 'typeorm';
import { rowsGroupedBy } from '../../graphql/loaders.js';
import { BenefitReportEntity } from './benefit-report.entity.js';
import { GateDecisionEntity } from './gate-decision.entity.js';

export function gateLoaders(ds: DataSource) {
  return {
    gateDecisionsByProject: rowsGroupedBy(ds, GateDecisionEntity, 'projectId', { decidedAt: 'DESC', id: 'ASC' }),
    benefitReportsByProject: rowsGroupedBy(ds, BenefitReportEntity, 'projectId', { submittedAt: 'DESC' }),
  };
}
