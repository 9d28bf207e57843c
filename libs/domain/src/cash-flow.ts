import { Decimal } from './decimal.js';

// Yearly cash flows and the measures built on them: NPV, net benefit and payback year (docs/domain.md).

export interface YearAmount {
  fiscalYear: number;
  amount: Decimal.Value;
}

export interface YearCashFlow {
  fiscalYear: number;
  cost: Decimal;
  benefit: Decimal;
  /** benefit − cost */
  net: Decimal;
}

function sumByYear(rows: YearAmount[]): Map<number, Decimal> {
  const totals = new Map<number, Decimal>();
  for (const row of rows) totals.set(row.fiscalYear, (totals.get(row.fiscalYear) ?? new Decimal(0)).plus(row.amount));
  return totals;
}

/**
 * Cost and monetised benefit per fiscal year, for every year from the first to the last that has either,
 * with empty years in between filled with zeros so that discounting counts them.
 */
export function yearlyCashFlows(costs: YearAmount[], benefits: YearAmount[]): YearCashFlow[] {
  const costByYear = sumByYear(costs);
  const benefitByYear = sumByYear(benefits);
  const years = [...costByYear.keys(), ...benefitByYear.keys()];
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const flows: YearCashFlow[] = [];
  for (let fiscalYear = first; fiscalYear <= last; fiscalYear++) {
    const cost = costByYear.get(fiscalYear) ?? new Decimal(0);
    const benefit = benefitByYear.get(fiscalYear) ?? new Decimal(0);
    flows.push({ fiscalYear, cost, benefit, net: benefit.minus(cost) });
  }
  return flows;
}

/**
 * NPV = Σ CF_t / (1 + r)^(t − t₀), t₀ the first year of the flows, which is not discounted
 * (spreadsheet: CF₀ + NPV(r; CF₁…CFₙ)). Full precision; round only for display.
 */
export function netPresentValue(flows: YearCashFlow[], discountRate: Decimal.Value): Decimal {
  if (flows.length === 0) return new Decimal(0);
  const factor = new Decimal(1).plus(discountRate);
  const t0 = flows[0]!.fiscalYear;
  return flows.reduce((npv, flow) => npv.plus(flow.net.dividedBy(factor.pow(flow.fiscalYear - t0))), new Decimal(0));
}

/** Σ CF_t, undiscounted. */
export function netBenefit(flows: YearCashFlow[]): Decimal {
  return flows.reduce((sum, flow) => sum.plus(flow.net), new Decimal(0));
}

/** The first fiscal year in which cumulative undiscounted net cash flow is ≥ 0; undefined if never. */
export function paybackYear(flows: YearCashFlow[]): number | undefined {
  let cumulative = new Decimal(0);
  for (const flow of flows) {
    cumulative = cumulative.plus(flow.net);
    if (cumulative.greaterThanOrEqualTo(0)) return flow.fiscalYear;
  }
  return undefined;
}

/** Cumulative undiscounted net cash flow per year, e.g. for a payback chart. */
export function cumulativeNet(flows: YearCashFlow[]): { fiscalYear: number; cumulative: Decimal }[] {
  let cumulative = new Decimal(0);
  return flows.map((flow) => {
    cumulative = cumulative.plus(flow.net);
    return { fiscalYear: flow.fiscalYear, cumulative };
  });
}
