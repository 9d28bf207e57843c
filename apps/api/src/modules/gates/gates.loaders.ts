import { type LoaderFactories } from '../../graphql/loader-set.js';
import { rowsGroupedBy } from '../../graphql/loaders.js';
import { BenefitReportEntity } from './benefit-report.entity.js';
import { GateDecisionEntity } from './gate-decision.entity.js';

export const gateLoaders = {
  gateDecisionsByProject: (ds) => rowsGroupedBy(ds, GateDecisionEntity, 'projectId', { decidedAt: 'DESC', id: 'ASC' }),
  benefitReportsByProject: (ds) => rowsGroupedBy(ds, BenefitReportEntity, 'projectId', { submittedAt: 'DESC' }),
} satisfies LoaderFactories;
