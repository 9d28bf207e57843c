import { Decimal } from './decimal.js';
import type { BenefitUnit } from './enums.js';
import { MAX_FISCAL_YEAR, MIN_FISCAL_YEAR } from './fiscal-year.js';
import { type MonetisationRates, monetise } from './monetisation.js';

// What a programme accepts as one entry: fiscal years near its period and amounts below its maximum per
// line. Sums are never bounded (they are added up in unconstrained numeric); these bounds only keep a
// typing mistake or a hostile value (fiscal year 2099, 99,999,999,999,999.99 kr) out of the data.

export interface EntryBounds {
  periodStartYear: number;
  periodEndYear: number;
  /** Years before the period's start and after its end still accepted (benefits run after a programme). */
  fiscalYearMargin: number;
  /** Largest amount, in the programme's currency, one budget line, cost, target or measurement may hold. */
  maxLineAmount: string;
}

export const DEFAULT_FISCAL_YEAR_MARGIN = 10;
export const DEFAULT_MAX_LINE_AMOUNT = '1000000000.00';

/** The first and last fiscal year a programme accepts entries for. */
export function acceptedFiscalYears(bounds: EntryBounds): { first: number; last: number } {
  return {
    first: Math.max(MIN_FISCAL_YEAR, bounds.periodStartYear - bounds.fiscalYearMargin),
    last: Math.min(MAX_FISCAL_YEAR, bounds.periodEndYear + bounds.fiscalYearMargin),
  };
}

/** Why a fiscal year is outside what the programme accepts, or undefined. */
export function entryFiscalYearProblem(fiscalYear: number, bounds: EntryBounds): string | undefined {
  const { first, last } = acceptedFiscalYears(bounds);
  if (fiscalYear >= first && fiscalYear <= last) return undefined;
  return `must be a fiscal year from ${first} to ${last} (the programme period ${bounds.periodStartYear}–${bounds.periodEndYear} ± ${bounds.fiscalYearMargin} years)`;
}

/** Why an amount (or a monetised quantity) is larger than one line may hold, or undefined. */
export function lineAmountProblem(amount: Decimal.Value, bounds: EntryBounds): string | undefined {
  return new Decimal(amount).abs().greaterThan(bounds.maxLineAmount)
    ? `must not exceed ${new Decimal(bounds.maxLineAmount).toFixed(2)} (the programme's largest amount per line)`
    : undefined;
}

/**
 * Why a benefit's target or measured value is larger than one line may hold, or undefined: CURRENCY
 * values as they are, HOURS and FTE as the money they monetise to; other units are not money.
 */
export function benefitValueProblem(unit: BenefitUnit, value: Decimal.Value, bounds: EntryBounds & MonetisationRates): string | undefined {
  const money = monetise('NON_CASH', unit, value, bounds);
  if (!money || lineAmountProblem(money, bounds) === undefined) return undefined;
  return unit === 'CURRENCY'
    ? lineAmountProblem(money, bounds)
    : `monetised as ${unit} it comes to ${money.toFixed(2)}, which ${lineAmountProblem(money, bounds)!}`;
}
