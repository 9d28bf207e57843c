import type { GraphQLResolveInfo } from 'graphql';
import { BenefitForecastModel, BenefitMeasurementModel, BenefitModel, BenefitTargetModel } from '../modules/benefits/benefit.model.js';
import { BudgetLineModel, CostActualModel } from '../modules/budget/budget.model.js';
import { OrganisationModel } from '../modules/organisations/organisation.model.js';
import { ParticipationModel } from '../modules/projects/project.model.js';
import type { Loaders, RowsLoader } from './loaders.js';
import type { PreloadEdge, PreloadEdges } from './preload.js';

// The nested fields a project query reads ahead (see preload.ts): the child lists the project page and
// the project list ask for. Each reads with the loader its resolver uses, so the rows, columns, order
// and statements are the resolver's.

/** A list of child rows by the parent's id, mapped to their model. */
function childList<R>(loader: (l: Loaders) => RowsLoader<R>, toModel: (row: R) => unknown, childType?: string): PreloadEdge {
  return {
    load: async (loaders: Loaders, parent: { id: string }, info: GraphQLResolveInfo) => (await loader(loaders).load(parent.id, info)).map(toModel),
    childType,
  };
}

export const PRELOAD_EDGES: PreloadEdges = {
  Project: {
    participations: childList((l) => l.participationsByProject, ParticipationModel.from, 'Participation'),
    budgetLines: childList((l) => l.budgetLinesByProject, BudgetLineModel.from),
    costActuals: childList((l) => l.costActualsByProject, CostActualModel.from),
    benefits: childList((l) => l.benefitsByProject, BenefitModel.from, 'Benefit'),
  },
  Benefit: {
    targets: childList((l) => l.targetsByBenefit, BenefitTargetModel.from),
    forecasts: childList((l) => l.forecastsByBenefit, BenefitForecastModel.from),
    measurements: childList((l) => l.measurementsByBenefit, BenefitMeasurementModel.from),
  },
  Participation: {
    // A missing organisation is left to the resolver, which reports it for this field alone.
    organisation: {
      load: async (loaders: Loaders, participation: ParticipationModel) => {
        const organisation = await loaders.organisation.load(participation.organisationId);
        return organisation ? OrganisationModel.from(organisation) : undefined;
      },
    },
  },
};
