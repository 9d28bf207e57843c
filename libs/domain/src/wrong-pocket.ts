import { Decimal } from './decimal.js';

// Wrong-pocket matrix (docs/domain.md): in project p, organisation i bears the share sᵢ = cost borne by i ÷
// total cost of p; each benefit bⱼ received by organisation j is split over the payers by those shares:
// M[i][j] += sᵢ × bⱼ. Read by row: what i pays for; by column: whose savings j's gains are funded by.

export interface OrganisationAmount {
  organisationId: string;
  amount: Decimal.Value;
}

export interface WrongPocketProject {
  costs: OrganisationAmount[];
  /** Monetised benefits by receiving organisation (dis-benefits negative). */
  benefits: OrganisationAmount[];
}

export type PocketMatrix = Map<string, Map<string, Decimal>>;

function add(matrix: PocketMatrix, payer: string, receiver: string, amount: Decimal): void {
  const row = matrix.get(payer) ?? new Map<string, Decimal>();
  row.set(receiver, (row.get(receiver) ?? new Decimal(0)).plus(amount));
  matrix.set(payer, row);
}

/**
 * Projects without cost have no payer shares and contribute nothing; every other project's benefits
 * are distributed in full, so the matrix total equals their total monetised benefit.
 */
export function wrongPocketMatrix(projects: WrongPocketProject[]): PocketMatrix {
  const matrix: PocketMatrix = new Map();
  for (const project of projects) {
    const costByPayer = new Map<string, Decimal>();
    for (const cost of project.costs)
      costByPayer.set(cost.organisationId, (costByPayer.get(cost.organisationId) ?? new Decimal(0)).plus(cost.amount));
    const totalCost = [...costByPayer.values()].reduce((a, b) => a.plus(b), new Decimal(0));
    if (totalCost.isZero()) continue;
    for (const benefit of project.benefits) {
      for (const [payer, cost] of costByPayer) {
        add(matrix, payer, benefit.organisationId, cost.times(benefit.amount).dividedBy(totalCost));
      }
    }
  }
  return matrix;
}

/** The same flows grouped, e.g. by sector: M'[g(i)][g(j)] = Σ M[i][j]. */
export function groupMatrix(matrix: PocketMatrix, groupOf: (organisationId: string) => string): PocketMatrix {
  const grouped: PocketMatrix = new Map();
  for (const [payer, row] of matrix) for (const [receiver, amount] of row) add(grouped, groupOf(payer), groupOf(receiver), amount);
  return grouped;
}

/**
 * The matrix total computed exactly: the monetised benefits of every project with cost (its payer
 * shares sum to one). Summing the cells gives the same up to division rounding far below an øre, but
 * at an exact half øre that rounding could tip the rounded total; this cannot.
 */
export function wrongPocketTotal(projects: WrongPocketProject[]): Decimal {
  return projects
    .filter((p) => !p.costs.reduce((sum, c) => sum.plus(c.amount), new Decimal(0)).isZero())
    .flatMap((p) => p.benefits)
    .reduce((sum, b) => sum.plus(b.amount), new Decimal(0));
}

export function matrixTotal(matrix: PocketMatrix): Decimal {
  let total = new Decimal(0);
  for (const row of matrix.values()) for (const amount of row.values()) total = total.plus(amount);
  return total;
}
