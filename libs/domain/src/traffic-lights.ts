import { Decimal } from './decimal.js';
import { daysBetween } from './calendar-date.js';
import type { Rag } from './enums.js';

// Traffic-light rules of docs/domain.md with the programme's tolerances. Inputs are decimal strings or
// ISO dates; nothing here touches floats for money.

export interface Tolerances {
  costAmberOverrunRate: string;
  costRedOverrunRate: string;
  costRedOverrunAmount: string;
  scheduleAmberDays: number;
  scheduleRedDays: number;
  benefitGreenRate: string;
  benefitAmberRate: string;
}

export const DEFAULT_TOLERANCES: Tolerances = {
  costAmberOverrunRate: '0.05',
  costRedOverrunRate: '0.1',
  costRedOverrunAmount: '6000000',
  scheduleAmberDays: 31,
  scheduleRedDays: 92,
  benefitGreenRate: '0.95',
  benefitAmberRate: '0.8',
};

/** Forecast total cost against the current baseline's total cost. */
export function costLight(baselineCost: string, forecastCost: string, t: Tolerances = DEFAULT_TOLERANCES): Rag {
  const baseline = new Decimal(baselineCost);
  const overrun = new Decimal(forecastCost).minus(baseline);
  if (overrun.lessThanOrEqualTo(0)) return 'GREEN';
  if (overrun.greaterThan(t.costRedOverrunAmount)) return 'RED';
  // A zero baseline with any overrun is an unbounded relative overrun.
  if (baseline.isZero()) return 'RED';
  const rate = overrun.dividedBy(baseline);
  if (rate.greaterThan(t.costRedOverrunRate)) return 'RED';
  if (rate.greaterThan(t.costAmberOverrunRate)) return 'AMBER';
  return 'GREEN';
}

export function scheduleLight(baselineEnd: string, forecastEnd: string, t: Tolerances = DEFAULT_TOLERANCES): Rag {
  const late = daysBetween(baselineEnd, forecastEnd);
  if (late <= t.scheduleAmberDays) return 'GREEN';
  if (late <= t.scheduleRedDays) return 'AMBER';
  return 'RED';
}

/** `realisationRate` undefined means no benefit is due yet: GREY. */
export function benefitLight(realisationRate: string | undefined, t: Tolerances = DEFAULT_TOLERANCES): Rag {
  if (realisationRate === undefined) return 'GREY';
  const rate = new Decimal(realisationRate);
  if (rate.greaterThanOrEqualTo(t.benefitGreenRate)) return 'GREEN';
  if (rate.greaterThanOrEqualTo(t.benefitAmberRate)) return 'AMBER';
  return 'RED';
}

/** The first way the tolerances contradict themselves (an AMBER bound beyond its RED bound), or null. */
export function tolerancesProblem(t: Tolerances): { field: keyof Tolerances; message: string } | null {
  if (new Decimal(t.costAmberOverrunRate).greaterThan(t.costRedOverrunRate))
    return { field: 'costAmberOverrunRate', message: `must not exceed the red cost overrun rate (${t.costRedOverrunRate})` };
  if (new Decimal(t.costRedOverrunAmount).isNegative()) return { field: 'costRedOverrunAmount', message: 'must not be negative' };
  if (t.scheduleAmberDays > t.scheduleRedDays)
    return { field: 'scheduleAmberDays', message: `must not exceed the red schedule days (${t.scheduleRedDays})` };
  if (new Decimal(t.benefitAmberRate).greaterThan(t.benefitGreenRate))
    return { field: 'benefitAmberRate', message: `must not exceed the green benefit rate (${t.benefitGreenRate})` };
  return null;
}

/** The tolerances with those given replaced (a field given as undefined keeps its value). */
export function withTolerances(base: Tolerances, changes: Partial<Tolerances>): Tolerances {
  const given = Object.fromEntries(Object.entries(changes).filter(([key, v]) => v !== undefined && v !== null && key in base));
  return { ...base, ...given };
}
