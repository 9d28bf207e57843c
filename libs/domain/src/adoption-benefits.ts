import { Decimal } from './decimal.js';
import { assertStartMonth } from './fiscal-year.js';

// Adoption-driven benefits (issue 15): a benefit may be defined per adopting organisation (`perAdopter`,
// in the benefit's unit per organisation per full fiscal year). Its expected value in a fiscal year
// follows from the planned go-live dates of the project's adoption rows, its realised value from the
// actual LIVE dates, each pro rata for the months live: an organisation counts from the first whole
// month on or after its go-live date (live on 1 March: March counts; live on 15 March: from April).

export interface AdopterDates {
  /** When the organisation plans to go live (null: not planned yet). */
  plannedLiveDate: string | null;
  /** When it went live (only for state LIVE). */
  liveDate: string | null;
}

export interface AdoptionYear {
  fiscalYear: number;
  /** Months live summed over the organisations (0–12 each). */
  plannedMonths: number;
  actualMonths: number;
  /** perAdopter × months ÷ 12, in the benefit's unit. */
  expected: Decimal;
  realised: Decimal;
}

/** Months of fiscal year `fiscalYear` (of 12) that start on or after `liveDate`. */
export function monthsLiveInFiscalYear(liveDate: string, fiscalYear: number, startMonth = 1): number {
  assertStartMonth(startMonth);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(liveDate);
  if (!match) throw new RangeError(`"${liveDate}" is not an ISO date (YYYY-MM-DD)`);
  // The first whole month live, as a month index (year × 12 + month − 1).
  const firstMonth = Number(match[1]) * 12 + Number(match[2]) - 1 + (Number(match[3]) === 1 ? 0 : 1);
  const yearStart = fiscalYear * 12 + startMonth - 1;
  return Math.max(0, Math.min(12, yearStart + 12 - Math.max(firstMonth, yearStart)));
}

/** Expected and realised value of an adoption-driven benefit for each of `fiscalYears`. */
export function adoptionBenefitByYear(
  perAdopter: Decimal.Value,
  adopters: AdopterDates[],
  fiscalYears: number[],
  startMonth = 1,
): AdoptionYear[] {
  const value = new Decimal(perAdopter);
  return fiscalYears.map((fiscalYear) => {
    const months = (date: string | null) => (date ? monthsLiveInFiscalYear(date, fiscalYear, startMonth) : 0);
    const plannedMonths = adopters.reduce((n, a) => n + months(a.plannedLiveDate), 0);
    const actualMonths = adopters.reduce((n, a) => n + months(a.liveDate), 0);
    return {
      fiscalYear,
      plannedMonths,
      actualMonths,
      expected: value.times(plannedMonths).dividedBy(12),
      realised: value.times(actualMonths).dividedBy(12),
    };
  });
}

/** What the benefit would bring per full year from the organisations that are not live yet. */
export function adoptionBenefitWaiting(perAdopter: Decimal.Value, adopters: AdopterDates[]): { adopters: number; perYear: Decimal } {
  const waiting = adopters.filter((a) => !a.liveDate).length;
  return { adopters: waiting, perYear: new Decimal(perAdopter).times(waiting) };
}
