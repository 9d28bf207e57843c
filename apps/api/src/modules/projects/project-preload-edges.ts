import type { GraphQLResolveInfo } from 'graphql';
import { BenefitForecastModel, BenefitMeasurementModel, BenefitModel, BenefitTargetModel } from '../benefits/benefit.model.js';
import { BudgetLineModel, CostActualModel } from '../budget/budget.model.js';
import { OrganisationModel } from '../organisations/organisation.model.js';
import { TrackModel } from '../programmes/programme.model.js';
import { ParticipationModel } from './project.model.js';
import type { RowsLoader } from '../../graphql/loaders.js';
import type { PreloadEdge, PreloadEdges } from '../../graphql/preload.js';
import type { Loaders } from '../../loaders.js';
import type { CostTotals } from '../budget/budget.loaders.js';

// The nested fields a project query reads ahead (see graphql/preload.ts): what the project page and the project
// list ask for (child lists, their organisations, the track and the page's totals). Each reads with the
// loader its resolver uses, so the rows, columns, order and statements are the resolver's.

/** A list of child rows by the parent's id, mapped to their model. */
function childList<R>(loader: (l: Loaders) => RowsLoader<R>, toModel: (row: R) => unknown, childType?: string): PreloadEdge<Loaders> {
  return {
    load: async (loaders: Loaders, parent: { id: string }, info: GraphQLResolveInfo) =>
      (await loader(loaders).load(parent.id, info)).map(toModel),
    childType,
    rows: loader,
  };
}

/**
 * The organisation a row names in `key` (funder, payer, receiver …); the child-list loaders primed it.
 * A missing one is left to the resolver, which reports it for that field alone.
 */
function organisationOf<P>(key: (parent: P) => string): PreloadEdge<Loaders> {
  return {
    load: async (loaders: Loaders, parent: P) => {
      const organisation = await loaders.organisation.load(key(parent));
      return organisation ? OrganisationModel.from(organisation) : undefined;
    },
  };
}

/** A total per project (budget, actual cost), summed in SQL for the whole page. */
function totalOf(total: keyof CostTotals): PreloadEdge<Loaders> {
  return { load: async (loaders: Loaders, project: { id: string }) => (await loaders.costTotalsByProject.load(project.id))[total] };
}

export const PRELOAD_EDGES: PreloadEdges<Loaders> = {
  Project: {
    participations: childList((l) => l.participationsByProject, ParticipationModel.from, 'Participation'),
    budgetLines: childList((l) => l.budgetLinesByProject, BudgetLineModel.from, 'BudgetLine'),
    costActuals: childList((l) => l.costActualsByProject, CostActualModel.from, 'CostActual'),
    benefits: childList((l) => l.benefitsByProject, BenefitModel.from, 'Benefit'),
    budgetTotal: totalOf('budget'),
    actualCostTotal: totalOf('actualCost'),
    track: {
      load: async (loaders: Loaders, project: { trackId: string | null }) => {
        if (!project.trackId) return null;
        const track = await loaders.track.load(project.trackId);
        return track ? TrackModel.from(track) : null;
      },
    },
  },
  BudgetLine: { funder: organisationOf((line: BudgetLineModel) => line.funderId) },
  CostActual: { payer: organisationOf((cost: CostActualModel) => cost.payerId) },
  Benefit: {
    receiver: organisationOf((benefit: BenefitModel) => benefit.receiverId),
    targets: childList((l) => l.targetsByBenefit, BenefitTargetModel.from),
    forecasts: childList((l) => l.forecastsByBenefit, BenefitForecastModel.from),
    measurements: childList((l) => l.measurementsByBenefit, BenefitMeasurementModel.from),
  },
  Participation: { organisation: organisationOf((participation: ParticipationModel) => participation.organisationId) },
};
