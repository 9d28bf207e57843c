import { Decimal } from './decimal.js';
import type { BenefitKind, BenefitUnit, Rag } from './enums.js';
import { benefitLight, type Tolerances, DEFAULT_TOLERANCES } from './traffic-lights.js';

// Quantified benefits that are not money (PERCENT, COUNT, SCORE, TCO2) count in the benefit light by
// their achievement ratio: the validated value ÷ the target, to date.
//
// - Flows (COUNT, TCO2) add up over years: Σ validated ÷ Σ target for the fiscal years up to the as-of
//   year ("20 of the 40 municipalities connected so far").
// - Levels (PERCENT, SCORE) do not add up: the latest fiscal year up to the as-of year that has a
//   target is compared with the validated value of that year ("digital uptake 72 % against 80 %").
// - Each ratio is capped at 1, so one benefit far above its target cannot hide another's shortfall.
// - QUALITATIVE benefits have no target to measure; a DIS_BENEFIT is a cost, not an achievement.
// The benefit light is then the worse of the monetised realisation light and the light of the mean
// achievement ratio, with the same thresholds.

export const NON_MONETISED_UNITS = ['PERCENT', 'COUNT', 'SCORE', 'TCO2'] as const satisfies readonly BenefitUnit[];
const LEVEL_UNITS: readonly BenefitUnit[] = ['PERCENT', 'SCORE'];

export interface YearValue {
  fiscalYear: number;
  value: string;
}

export interface NonMonetisedBenefit {
  kind: BenefitKind;
  unit: BenefitUnit;
  targets: YearValue[];
  /** VALIDATED and HARVESTED measurements only. */
  validated: YearValue[];
}

export function countsForAchievement(kind: BenefitKind, unit: BenefitUnit): boolean {
  return (kind === 'CASH_RELEASING' || kind === 'NON_CASH') && (NON_MONETISED_UNITS as readonly string[]).includes(unit);
}

const total = (values: YearValue[]) => values.reduce((sum, v) => sum.plus(v.value), new Decimal(0));

/** The benefit's achievement ratio as of a fiscal year (capped at 1), or undefined when nothing is due yet. */
export function achievementRatio(benefit: NonMonetisedBenefit, asOfYear: number): Decimal | undefined {
  if (!countsForAchievement(benefit.kind, benefit.unit)) return undefined;
  const targets = benefit.targets.filter((t) => t.fiscalYear <= asOfYear);
  let target: Decimal;
  let achieved: Decimal;
  if (LEVEL_UNITS.includes(benefit.unit)) {
    const latest = targets.reduce<YearValue | undefined>((best, t) => (!best || t.fiscalYear > best.fiscalYear ? t : best), undefined);
    if (!latest) return undefined;
    target = new Decimal(latest.value);
    achieved = total(benefit.validated.filter((m) => m.fiscalYear === latest.fiscalYear));
  } else {
    target = total(targets);
    achieved = total(benefit.validated.filter((m) => m.fiscalYear <= asOfYear));
  }
  if (target.lessThanOrEqualTo(0)) return undefined;
  return Decimal.min(1, Decimal.max(0, achieved.dividedBy(target)));
}

/** Mean of the ratios of the benefits that have one, or undefined when none has. */
export function meanAchievementRatio(benefits: NonMonetisedBenefit[], asOfYear: number): Decimal | undefined {
  const ratios = benefits.map((b) => achievementRatio(b, asOfYear)).filter((r): r is Decimal => r !== undefined);
  if (!ratios.length) return undefined;
  return ratios.reduce((sum, r) => sum.plus(r), new Decimal(0)).dividedBy(ratios.length);
}

const SEVERITY: Record<Rag, number> = { GREY: 0, GREEN: 1, AMBER: 2, RED: 3 };

/** The worse of two lights; GREY (nothing due yet) gives way to any real light. */
export function worseLight(a: Rag, b: Rag): Rag {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

/** The benefit light: the worse of the realisation light and the achievement light. */
export function combinedBenefitLight(
  realisationRate: string | undefined,
  meanAchievement: string | undefined,
  t: Tolerances = DEFAULT_TOLERANCES,
): Rag {
  return worseLight(benefitLight(realisationRate, t), benefitLight(meanAchievement, t));
}
