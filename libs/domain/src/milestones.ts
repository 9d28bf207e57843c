import { daysBetween } from './calendar-date.js';

/** A milestone's dates (ISO calendar dates): the baseline it was promised for, the forecast, when reached. */
export interface MilestoneDates {
  baselineDate: string;
  forecastDate: string | null;
  actualDate: string | null;
}

/**
 * Days a milestone is behind its baseline: reached (or forecast to be reached) that many days after
 * it, negative when early; with neither date, overdue until `today` once the baseline has passed;
 * null while it is not due yet. The project page and the PDF briefing show this one number.
 */
export function milestoneDaysLate(m: MilestoneDates, today: string): number | null {
  const compared = m.actualDate ?? m.forecastDate ?? (m.baselineDate < today ? today : null);
  return compared === null ? null : daysBetween(m.baselineDate, compared);
}
