import { Decimal } from './decimal.js';
import type { YearAmount } from './cash-flow.js';

const upTo = (rows: YearAmount[], year: number) =>
  rows.filter((r) => r.fiscalYear <= year).reduce((sum, r) => sum.plus(r.amount), new Decimal(0));

/**
 * Realisation rate as of a fiscal year: validated + harvested monetised benefits up to that year ÷
 * planned monetised benefits up to that year; undefined when nothing is planned by then.
 */
export function realisationRate(planned: YearAmount[], realised: YearAmount[], asOfYear: number): Decimal | undefined {
  const plannedTotal = upTo(planned, asOfYear);
  if (plannedTotal.isZero()) return undefined;
  return upTo(realised, asOfYear).dividedBy(plannedTotal);
}

/** Harvested ÷ validated-or-harvested: how much of the proven saving was taken out of budgets. */
export function harvestRate(harvested: Decimal.Value, validatedOrHarvested: Decimal.Value): Decimal | undefined {
  const base = new Decimal(validatedOrHarvested);
  return base.isZero() ? undefined : new Decimal(harvested).dividedBy(base);
}

/** Organisations LIVE ÷ organisations targeted; undefined when the project targets none. */
export function adoptionCoverage(states: readonly string[]): Decimal | undefined {
  if (states.length === 0) return undefined;
  return new Decimal(states.filter((s) => s === 'LIVE').length).dividedBy(states.length);
}
