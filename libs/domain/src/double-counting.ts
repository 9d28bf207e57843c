import type { YearAmount } from './cash-flow.js';
import { Decimal } from './decimal.js';

// Two projects may claim the same saving: the same receiving organisation, the same work process
// (a KLE code such as 27.24.00, or a programme-defined code) and overlapping fiscal years. The amount
// at risk of being counted twice is, for each year both claim, the smaller of the two monetised
// targets: at most that much of the larger claim can be the same money.

/** KL's subject classification (KLE): two digits, then one or two more pairs, e.g. 27.24 or 27.24.00. */
const KLE = /^\d{2}\.\d{2}(\.\d{2})?$/;
/** A programme's own code: letters, digits, dots, dashes and underscores, starting with a letter or digit. */
const OWN_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Why a text is not a work-process code, or undefined when it is one. */
export function processCodeProblem(code: string): string | undefined {
  if (code.length > 40) return 'must be at most 40 characters';
  if (KLE.test(code) || OWN_CODE.test(code)) return undefined;
  return 'must be a KLE code such as 27.24.00, or a code of letters, digits, dots and dashes';
}

/** The fiscal years both claim (with a positive amount), ascending. */
export function overlappingYears(a: YearAmount[], b: YearAmount[]): number[] {
  const positive = (list: YearAmount[]) => new Set(list.filter((x) => new Decimal(x.amount).greaterThan(0)).map((x) => x.fiscalYear));
  const inB = positive(b);
  return [...positive(a)].filter((year) => inB.has(year)).sort((x, y) => x - y);
}

/** Σ over the years both claim of the smaller monetised target. */
export function doubleCountedAmount(a: YearAmount[], b: YearAmount[]): Decimal {
  const sumByYear = (list: YearAmount[]) => {
    const map = new Map<number, Decimal>();
    for (const x of list) map.set(x.fiscalYear, (map.get(x.fiscalYear) ?? new Decimal(0)).plus(x.amount));
    return map;
  };
  const ma = sumByYear(a);
  const mb = sumByYear(b);
  return overlappingYears(a, b).reduce((total, year) => total.plus(Decimal.min(ma.get(year)!, mb.get(year)!)), new Decimal(0));
}
