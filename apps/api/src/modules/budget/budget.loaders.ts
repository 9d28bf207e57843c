import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { preparedQuery } from '../../database/prepared-query.js';
import type { LoaderFactories } from '../../graphql/loader-set.js';
import { rowsGroupedBy } from '../../graphql/loaders.js';
import { type WithOrganisationLoader, withOrganisation } from '../organisations/organisations.loaders.js';
import { BudgetLineEntity } from './budget-line.entity.js';
import { CostActualEntity } from './cost-actual.entity.js';

/** A project's budget total and actual cost total. */
export interface CostTotals {
  budget: string;
  actualCost: string;
}

/**
 * The budget total (its budget lines summed) and the actual cost total (its costs summed) of each
 * project, in one statement over the maintained per-year rollups: a few rows per project instead of
 * every line and cost, read twice. The rollups change in the statement that changes a line or a cost
 * (rollups.int.spec.ts compares them with a full recomputation), and numeric sums are exact in any
 * grouping, so the totals are those of the lines themselves.
 */
function costTotalsByProject(ds: DataSource) {
  return new DataLoader<string, CostTotals>(async (ids) => {
    const rows = await preparedQuery<{ key: string; budget: string; actual_cost: string }>(
      ds,
      `SELECT project_id AS key, round(COALESCE(SUM(planned_cost), 0), 2)::text AS budget, round(COALESCE(SUM(actual_cost), 0), 2)::text AS actual_cost
         FROM project_year_rollups WHERE project_id = ANY($1::uuid[]) GROUP BY project_id`,
      [ids],
    );
    const totals = new Map(rows.map((r) => [r.key, { budget: r.budget, actualCost: r.actual_cost }]));
    return ids.map((id) => totals.get(id) ?? { budget: '0.00', actualCost: '0.00' });
  });
}

export const budgetLoaders = {
  budgetLinesByProject: (ds, { organisation }: WithOrganisationLoader) =>
    rowsGroupedBy(
      ds,
      BudgetLineEntity,
      'projectId',
      { fiscalYear: 'ASC', category: 'ASC', id: 'ASC' },
      { withRelated: withOrganisation('funderId', organisation) },
    ),
  costActualsByProject: (ds, { organisation }: WithOrganisationLoader) =>
    rowsGroupedBy(
      ds,
      CostActualEntity,
      'projectId',
      { date: 'ASC', id: 'ASC' },
      { withRelated: withOrganisation('payerId', organisation) },
    ),
  costTotalsByProject,
} satisfies LoaderFactories;
