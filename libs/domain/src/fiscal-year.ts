// A date's fiscal year is the calendar year in which that fiscal year starts. With start month 7
// (July), 2026-06-30 belongs to fiscal year 2025 and 2026-07-01 to fiscal year 2026.

export const MIN_FISCAL_YEAR = 2000;
export const MAX_FISCAL_YEAR = 2100;

export function assertStartMonth(startMonth: number): void {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`fiscal-year start month must be 1–12, got ${startMonth}`);
  }
}

/** Fiscal year of an ISO date (YYYY-MM-DD); the date is a calendar day, not an instant. */
export function fiscalYearOf(isoDate: string, startMonth = 1): number {
  assertStartMonth(startMonth);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`"${isoDate}" is not an ISO date (YYYY-MM-DD)`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  return month >= startMonth ? year : year - 1;
}

/** First and last calendar day of a fiscal year, as ISO dates. */
export function fiscalYearBounds(fiscalYear: number, startMonth = 1): { start: string; end: string } {
  assertStartMonth(startMonth);
  const start = new Date(Date.UTC(fiscalYear, startMonth - 1, 1));
  const nextStart = new Date(Date.UTC(fiscalYear + 1, startMonth - 1, 1));
  const end = new Date(nextStart.getTime() - 24 * 60 * 60 * 1000);
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

export function isValidFiscalYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_FISCAL_YEAR && year <= MAX_FISCAL_YEAR;
}

/** Why a value is not a fiscal year Tværs stores, or undefined (the API's and the import's wording). */
export function fiscalYearProblem(year: unknown): string | undefined {
  return typeof year === 'number' && isValidFiscalYear(year)
    ? undefined
    : `must be a year between ${MIN_FISCAL_YEAR} and ${MAX_FISCAL_YEAR}`;
}

/** The fiscal year that contains `today`: the default "as of" year of the business-case rules. */
export function currentFiscalYear(startMonth = 1, today: Date = new Date()): number {
  return fiscalYearOf(today.toISOString().slice(0, 10), startMonth);
}
