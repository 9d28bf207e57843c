// Calendar days (YYYY-MM-DD) without time zone, as PostgreSQL `date`. Kept free of Decimal so the web
// app can use them without growing its bundle.

/** Dates outside these years are typing mistakes (year 0, 20260), not plans; PostgreSQL has no year 0. */
export const MIN_DATE_YEAR = 1900;
export const MAX_DATE_YEAR = 2200;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as a UTC midnight instant, or undefined if the text is not a real ISO date. */
export function parseIsoDate(value: string): Date | undefined {
  if (!ISO_DATE.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
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
