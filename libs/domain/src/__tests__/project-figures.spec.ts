import { DEFAULT_TOLERANCES } from '../traffic-lights.js';
import { estimateAtCompletion, PHASES_WITH_A_PLAN, projectFigures, type ProjectSums } from '../project-figures.js';

const sums = (overrides: Partial<ProjectSums> = {}): ProjectSums => ({
  budget: '10000000.00',
  actualCostBefore: '4000000.00',
  actualCostCurrentYear: '1500000.00',
  budgetCurrentYear: '3000000.00',
  budgetLaterYears: '3000000.00',
  baselineCost: null,
  baselineEnd: null,
  plannedEnd: '2027-06-30',
  forecastEnd: null,
  plannedBenefitToDate: '2000000.00',
  realisedBenefitToDate: '1900000.00',
  nonMonetised: [],
  ...overrides,
});

describe('project figures', () => {
  it('estimate at completion: closed years spent + the current year budget (unless exceeded) + later budget', () => {
    // 4,000,000 spent before + max(1,500,000 spent, 3,000,000 budget) + 3,000,000 later = 10,000,000
    expect(estimateAtCompletion(sums()).toFixed(2)).toBe('10000000.00');
    // The current year already overspent: 4,000,000 + 3,600,000 + 3,000,000 = 10,600,000
    expect(estimateAtCompletion(sums({ actualCostCurrentYear: '3600000.00' })).toFixed(2)).toBe('10600000.00');
  });

  it('on plan: every light GREEN, realisation 95 %', () => {
    const f = projectFigures(sums(), DEFAULT_TOLERANCES, 2026);
    expect(f.realisation?.toFixed(4)).toBe('0.9500');
    expect([f.costRag, f.scheduleRag, f.benefitRag]).toEqual(['GREEN', 'GREEN', 'GREEN']);
    expect(f.achievement).toBeUndefined();
  });

  it('a 6 % overrun of the baseline is AMBER; 77 days late is AMBER; 85 % realised is AMBER', () => {
    // Baseline 10,000,000; forecast 4,000,000 + 3,600,000 + 3,000,000 = 10,600,000 (+6 %).
    const f = projectFigures(
      sums({
        baselineCost: '10000000.00',
        actualCostCurrentYear: '3600000.00',
        baselineEnd: '2027-06-30',
        forecastEnd: '2027-09-15',
        realisedBenefitToDate: '1700000.00',
      }),
      DEFAULT_TOLERANCES,
      2026,
    );
    expect(f.forecastCost.toFixed(2)).toBe('10600000.00');
    expect([f.costRag, f.scheduleRag, f.benefitRag]).toEqual(['AMBER', 'AMBER', 'AMBER']);
    expect(f.baselineEnd).toBe('2027-06-30');
  });

  it('without dates the schedule is GREY; nothing planned yet leaves realisation undefined', () => {
    const f = projectFigures(sums({ plannedEnd: null, plannedBenefitToDate: '0', realisedBenefitToDate: '0' }), DEFAULT_TOLERANCES, 2026);
    expect(f.scheduleRag).toBe('GREY');
    expect(f.realisation).toBeUndefined();
  });

  it('proposals and stopped projects have no plan to be measured against', () => {
    expect([...PHASES_WITH_A_PLAN].sort()).toEqual(['APPROVED', 'CLOSED', 'EXECUTION', 'ROLLOUT']);
  });
});
