import { combinedBenefitLight, meanAchievementRatio, type NonMonetisedBenefit } from './achievement.js';
import { Decimal } from './decimal.js';
import type { ProjectPhase, Rag } from './enums.js';
import { costLight, scheduleLight, type Tolerances } from './traffic-lights.js';

// A project's figures on the dashboards (docs/domain.md): its estimate at completion, realisation,
// and the three lights. The sums come from SQL (one aggregate statement per programme); the rules
// that turn them into figures are here, with worked numbers in the tests.

/** Phases whose projects have a plan to be measured against (proposals and stopped projects do not). */
export const PHASES_WITH_A_PLAN: ReadonlySet<ProjectPhase> = new Set<ProjectPhase>(['APPROVED', 'EXECUTION', 'ROLLOUT', 'CLOSED']);

/** What a project's cost is made of, by fiscal year relative to the current one (decimal strings). */
export interface CostToDate {
  /** Spent in closed fiscal years. */
  actualCostBefore: string;
  /** Spent so far in the current fiscal year. */
  actualCostCurrentYear: string;
  budgetCurrentYear: string;
  /** Budgeted for the fiscal years after the current one. */
  budgetLaterYears: string;
}

/**
 * Estimate at completion: what was spent in closed years, the current year's budget unless already
 * exceeded, and the budget of later years.
 */
export function estimateAtCompletion(cost: CostToDate): Decimal {
  return new Decimal(cost.actualCostBefore)
    .plus(Decimal.max(cost.actualCostCurrentYear, cost.budgetCurrentYear))
    .plus(cost.budgetLaterYears);
}

/** The sums a project's figures are made from (decimal strings; dates as "YYYY-MM-DD"). */
export interface ProjectSums extends CostToDate {
  budget: string;
  /** The current baseline's cost, if a baseline was approved. */
  baselineCost: string | null;
  baselineEnd: string | null;
  plannedEnd: string | null;
  forecastEnd: string | null;
  plannedBenefitToDate: string;
  realisedBenefitToDate: string;
  nonMonetised: NonMonetisedBenefit[];
}

export interface ProjectFigures {
  forecastCost: Decimal;
  /** Realised ÷ planned benefit to date; undefined when nothing was planned yet. */
  realisation: Decimal | undefined;
  /** Mean achievement of the non-monetised benefits; undefined when there are none. */
  achievement: Decimal | undefined;
  /** The end the schedule is measured against: the baseline's, else the plan's. */
  baselineEnd: string | null;
  forecastEnd: string | null;
  costRag: Rag;
  scheduleRag: Rag;
  benefitRag: Rag;
}

/**
 * Lights by the docs/domain.md rules: cost against the current baseline (or budget), schedule against its
 * end (GREY without dates), benefits by realisation and by the achievement of non-monetised benefits
 * (the worse of both).
 */
export function projectFigures(sums: ProjectSums, tolerances: Tolerances, asOfYear: number): ProjectFigures {
  const forecastCost = estimateAtCompletion(sums);
  const plannedToDate = new Decimal(sums.plannedBenefitToDate);
  const realisation = plannedToDate.isZero() ? undefined : new Decimal(sums.realisedBenefitToDate).dividedBy(plannedToDate);
  const achievement = meanAchievementRatio(sums.nonMonetised, asOfYear);
  const baselineEnd = sums.baselineEnd ?? sums.plannedEnd;
  const forecastEnd = sums.forecastEnd ?? sums.plannedEnd;
  return {
    forecastCost,
    realisation,
    achievement,
    baselineEnd,
    forecastEnd,
    costRag: costLight(sums.baselineCost ?? sums.budget, forecastCost.toString(), tolerances),
    scheduleRag: baselineEnd && forecastEnd ? scheduleLight(baselineEnd, forecastEnd, tolerances) : 'GREY',
    benefitRag: combinedBenefitLight(realisation?.toString(), achievement?.toString(), tolerances),
  };
}
