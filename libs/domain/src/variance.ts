import { Decimal } from './decimal.js';
import type { ReportDimension } from './enums.js';
import { daysBetween } from './calendar-date.js';

// A status report must explain every dimension whose forecast deviates from the current baseline by
// more than the programme's variance threshold (default 5 %), in either direction: an underspend or
// an early finish is also news that the steering group must understand.

export const DEFAULT_VARIANCE_THRESHOLD = '0.05';

export interface OutlookFigures {
  /** Cost at completion (money, decimal string). */
  baselineCost: string;
  forecastCost: string;
  /** Start and end dates; the schedule deviation is measured against the baseline duration. */
  start: string | null;
  baselineEnd: string | null;
  forecastEnd: string | null;
  /** Monetised benefits over the project's life (decimal strings). */
  baselineBenefit: string;
  forecastBenefit: string;
}

/** |forecast − baseline| ÷ baseline; undefined when there is no baseline to measure against. */
export function relativeDeviation(baseline: Decimal.Value, forecast: Decimal.Value): Decimal | undefined {
  const base = new Decimal(baseline);
  const deviation = new Decimal(forecast).minus(base).abs();
  if (base.isZero()) return deviation.isZero() ? new Decimal(0) : undefined;
  return deviation.dividedBy(base.abs());
}

/** Days late (or early) relative to the planned duration from start to baseline end. */
export function scheduleDeviation(start: string | null, baselineEnd: string | null, forecastEnd: string | null): Decimal | undefined {
  if (!start || !baselineEnd || !forecastEnd) return undefined;
  const duration = daysBetween(start, baselineEnd);
  if (duration <= 0) return undefined;
  return new Decimal(Math.abs(daysBetween(baselineEnd, forecastEnd))).dividedBy(duration);
}

/** Each dimension's relative deviation of forecast from baseline (undefined: cannot be measured). */
export function deviations(f: OutlookFigures): Record<ReportDimension, Decimal | undefined> {
  return {
    COST: relativeDeviation(f.baselineCost, f.forecastCost),
    SCHEDULE: scheduleDeviation(f.start, f.baselineEnd, f.forecastEnd),
    BENEFIT: relativeDeviation(f.baselineBenefit, f.forecastBenefit),
  };
}

/**
 * The dimensions that need a variance explanation: those deviating by more than `threshold`. A
 * dimension with a zero baseline and a non-zero forecast cannot be expressed as a rate and always
 * needs one.
 */
export function dimensionsNeedingExplanation(f: OutlookFigures, threshold: Decimal.Value = DEFAULT_VARIANCE_THRESHOLD): ReportDimension[] {
  const needs: ReportDimension[] = [];
  const d = deviations(f);
  if (d.COST === undefined || d.COST.greaterThan(threshold)) needs.push('COST');
  if (d.SCHEDULE?.greaterThan(threshold)) needs.push('SCHEDULE');
  if (d.BENEFIT === undefined || d.BENEFIT.greaterThan(threshold)) needs.push('BENEFIT');
  return needs;
}
