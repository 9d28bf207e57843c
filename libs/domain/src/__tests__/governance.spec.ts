import fc from 'fast-check';
import { achievementRatio, combinedBenefitLight, meanAchievementRatio, worseLight, type NonMonetisedBenefit } from '../achievement.js';
import { benefitReportDueDate, gateTargets } from '../phase-gates.js';
import { reminderDue } from '../reminders.js';
import { isRiskReviewOverdue, riskScaleProblem, riskScore } from '../risks.js';
import { dimensionsNeedingExplanation, relativeDeviation, scheduleDeviation } from '../variance.js';

const flow = (
  targets: [number, string][],
  validated: [number, string][],
  unit: NonMonetisedBenefit['unit'] = 'COUNT',
): NonMonetisedBenefit => ({
  kind: 'NON_CASH',
  unit,
  targets: targets.map(([fiscalYear, value]) => ({ fiscalYear, value })),
  validated: validated.map(([fiscalYear, value]) => ({ fiscalYear, value })),
});

describe('non-monetised benefits in the benefit light (worked examples)', () => {
  // Example A: 40 municipalities to connect, 10 in 2026 and 30 in 2027; 8 validated in 2026.
  const connected = flow(
    [
      [2026, '10'],
      [2027, '30'],
    ],
    [[2026, '8']],
  );
  // Example B: digital uptake (a level) 60 % in 2026, 80 % in 2027; validated 72 % in 2027.
  const uptake = flow(
    [
      [2026, '60'],
      [2027, '80'],
    ],
    [
      [2026, '61'],
      [2027, '72'],
    ],
    'PERCENT',
  );

  it('a flow (COUNT) adds up to date: as of 2026, 8 ÷ 10 = 0.8; as of 2027 still 8 ÷ 40 = 0.2', () => {
    expect(achievementRatio(connected, 2026)!.toString()).toBe('0.8');
    expect(achievementRatio(connected, 2027)!.toString()).toBe('0.2');
    expect(achievementRatio(connected, 2025)).toBeUndefined();
  });

  it('a level (PERCENT) compares the latest year with a target: 2027 → 72 ÷ 80 = 0.9; 2026 → 61 ÷ 60 capped at 1', () => {
    expect(achievementRatio(uptake, 2027)!.toString()).toBe('0.9');
    expect(achievementRatio(uptake, 2026)!.toString()).toBe('1');
  });

  it('the mean of A and B as of 2027 is (0.2 + 0.9) ÷ 2 = 0.55 → RED; with realisation 0.97 (GREEN) the light is RED', () => {
    const mean = meanAchievementRatio([connected, uptake], 2027)!;
    expect(mean.toString()).toBe('0.55');
    expect(combinedBenefitLight('0.97', mean.toString())).toBe('RED');
  });

  it('as of 2026: (0.8 + 1) ÷ 2 = 0.9 → AMBER; with realisation 0.925 (AMBER) AMBER; with no money due yet (GREY) AMBER', () => {
    const mean = meanAchievementRatio([connected, uptake], 2026)!.toString();
    expect(mean).toBe('0.9');
    expect(combinedBenefitLight('0.925', mean)).toBe('AMBER');
    expect(combinedBenefitLight(undefined, mean)).toBe('AMBER');
  });

  it('without non-monetised benefits the light is the realisation light as before', () => {
    expect(combinedBenefitLight('0.96', undefined)).toBe('GREEN');
    expect(combinedBenefitLight(undefined, undefined)).toBe('GREY');
  });

  it('qualitative benefits, dis-benefits, monetised units and zero targets do not count', () => {
    expect(achievementRatio({ ...connected, kind: 'QUALITATIVE' }, 2026)).toBeUndefined();
    expect(achievementRatio({ ...connected, kind: 'DIS_BENEFIT' }, 2026)).toBeUndefined();
    expect(achievementRatio({ ...connected, unit: 'HOURS' }, 2026)).toBeUndefined();
    expect(achievementRatio(flow([[2026, '0']], [[2026, '5']]), 2026)).toBeUndefined();
  });

  it('worseLight orders RED > AMBER > GREEN > GREY and is symmetric', () => {
    const lights = ['GREY', 'GREEN', 'AMBER', 'RED'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...lights),
        fc.constantFrom(...lights),
        (a, b) =>
          worseLight(a, b) === worseLight(b, a) && lights.indexOf(worseLight(a, b)) === Math.max(lights.indexOf(a), lights.indexOf(b)),
      ),
    );
  });

  it('every ratio lies in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 2024, max: 2030 }), fc.integer({ min: 0, max: 10_000 })), { maxLength: 6 }),
        fc.array(fc.tuple(fc.integer({ min: 2024, max: 2030 }), fc.integer({ min: 0, max: 10_000 })), { maxLength: 6 }),
        fc.constantFrom('COUNT', 'PERCENT', 'SCORE', 'TCO2' as const),
        (targets, validated, unit) => {
          const ratio = achievementRatio(
            flow(
              targets.map(([y, v]) => [y, String(v)]),
              validated.map(([y, v]) => [y, String(v)]),
              unit,
            ),
            2030,
          );
          return ratio === undefined || (ratio.greaterThanOrEqualTo(0) && ratio.lessThanOrEqualTo(1));
        },
      ),
    );
  });
});

describe('risks', () => {
  it('score is probability × impact on 1–5 scales', () => {
    expect(riskScore(4, 5)).toBe(20);
    expect(riskScaleProblem(0)).toMatch(/1 to 5/);
    expect(riskScaleProblem(2.5)).toMatch(/whole number/);
    expect(riskScaleProblem(5)).toBeUndefined();
  });

  it('an active risk past its review date is flagged; a closed one is not', () => {
    expect(isRiskReviewOverdue('OPEN', '2026-11-29', '2026-11-30')).toBe(true);
    expect(isRiskReviewOverdue('MITIGATING', '2026-11-30', '2026-11-30')).toBe(false);
    expect(isRiskReviewOverdue('CLOSED', '2020-01-01', '2026-11-30')).toBe(false);
    expect(isRiskReviewOverdue('OPEN', null, '2026-11-30')).toBe(false);
  });
});

describe('variance explanations', () => {
  const base = {
    baselineCost: '3200000',
    forecastCost: '3200000',
    start: '2026-01-01',
    baselineEnd: '2027-06-30',
    forecastEnd: '2027-06-30',
    baselineBenefit: '4300000',
    forecastBenefit: '4300000',
  };

  it('a 12 % cost overrun (3,200,000 → 3,584,000) needs an explanation; exactly 5 % does not', () => {
    expect(relativeDeviation('3200000', '3584000')!.toString()).toBe('0.12');
    expect(dimensionsNeedingExplanation({ ...base, forecastCost: '3584000' })).toEqual(['COST']);
    expect(dimensionsNeedingExplanation({ ...base, forecastCost: '3360000' })).toEqual([]);
  });

  it('an underspend beyond the threshold needs one too', () => {
    expect(dimensionsNeedingExplanation({ ...base, forecastCost: '2800000' })).toEqual(['COST']);
  });

  it('schedule: 77 days late on a 545-day plan is 14.1 % → explain; benefits 10 % short → explain', () => {
    expect(scheduleDeviation('2026-01-01', '2027-06-30', '2027-09-15')!.toFixed(3)).toBe('0.141');
    expect(dimensionsNeedingExplanation({ ...base, forecastEnd: '2027-09-15', forecastBenefit: '3870000' })).toEqual([
      'SCHEDULE',
      'BENEFIT',
    ]);
  });

  it('a programme threshold of 15 % lets the 12 % overrun pass', () => {
    expect(dimensionsNeedingExplanation({ ...base, forecastCost: '3584000' }, '0.15')).toEqual([]);
  });

  it('a zero baseline with a forecast cannot be a rate and always needs an explanation', () => {
    expect(dimensionsNeedingExplanation({ ...base, baselineBenefit: '0', forecastBenefit: '100' })).toEqual(['BENEFIT']);
    expect(dimensionsNeedingExplanation({ ...base, baselineBenefit: '0', forecastBenefit: '0' })).toEqual([]);
  });
});

describe('phase gates and the benefit report', () => {
  it('one phase forward at a time, or cancelled; nothing after CLOSED or CANCELLED', () => {
    expect(gateTargets('PROPOSED')).toEqual(['APPROVED', 'CANCELLED']);
    expect(gateTargets('ROLLOUT')).toEqual(['CLOSED', 'CANCELLED']);
    expect(gateTargets('CLOSED')).toEqual([]);
    expect(gateTargets('CANCELLED')).toEqual([]);
  });

  it('the benefit report is owed 12 months after the actual end; 29 February falls to 28 February', () => {
    expect(benefitReportDueDate('2026-06-30')).toBe('2027-06-30');
    expect(benefitReportDueDate('2028-02-29')).toBe('2029-02-28');
    expect(benefitReportDueDate('2026-12-31')).toBe('2027-12-31');
    expect(benefitReportDueDate('not a date')).toBeUndefined();
  });
});

describe('reporting round reminders', () => {
  it('due soon within the configured days, overdue from the day after the due date', () => {
    expect(reminderDue('2026-12-15', '2026-12-07', 7)).toBeUndefined();
    expect(reminderDue('2026-12-15', '2026-12-08', 7)).toBe('DUE_SOON');
    expect(reminderDue('2026-12-15', '2026-12-15', 7)).toBe('DUE_SOON');
    expect(reminderDue('2026-12-15', '2026-12-16', 7)).toBe('OVERDUE');
    expect(reminderDue('2026-12-15', '2026-12-29', 7)).toBe('OVERDUE');
  });

  it('a round more than two weeks past is history: no reminder for it', () => {
    expect(reminderDue('2026-12-15', '2026-12-30', 7)).toBeUndefined();
    expect(reminderDue('2025-01-31', '2026-11-30', 7)).toBeUndefined();
  });
});
