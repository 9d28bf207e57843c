// Calendar days (YYYY-MM-DD) without time zone, as PostgreSQL `date`. Kept free of Decimal so the web
// app can use them without growing its bundle.

/** Dates outside these years are typing mistakes (year 0, 20260), not plans; PostgreSQL has no year 0. */
export const MIN_DATE_YEAR = 1900;
export const MAX_DATE_YEAR = 2200;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * A day's UTC midnight, from "YYYY-MM-DD" (a longer ISO text is cut to its day). Days are counted
 * and shown in UTC: the local midnight would move a day across time zones and summer time.
 */
export function utcMidnight(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

/** Whole days from one ISO date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to).getTime() - utcMidnight(from).getTime()) / DAY_MS);
}

/** The ISO date `days` calendar days after (or, negative, before) `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  const date = utcMidnight(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The ISO date `months` calendar months after `isoDate` (31 January + 1 month rolls over into March, as Date does). */
export function addMonths(isoDate: string, months: number): string {
  const date = utcMidnight(isoDate);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/** A calendar day as a UTC midnight instant, or undefined if the text is not a real ISO date. */
export function parseIsoDate(value: string): Date | undefined {
  if (!ISO_DATE.test(value)) return undefined;
  const date = utcMidnight(value);
  return Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value) ? undefined : date;
}

/** Why a text is not an acceptable calendar date, or undefined when it is one. */
export function calendarDateProblem(value: string): string | undefined {
  const date = parseIsoDate(value);
  if (!date) return `must be a real calendar date as "YYYY-MM-DD"`;
  const year = date.getUTCFullYear();
  if (year < MIN_DATE_YEAR || year > MAX_DATE_YEAR) return `must be a date in the years ${MIN_DATE_YEAR}–${MAX_DATE_YEAR}`;
  return undefined;
}
