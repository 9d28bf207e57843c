import { diffBaselines, type BaselineContent } from '../baseline-diff.js';

const v1: BaselineContent = {
  totalCost: '3200000.00',
  endDate: '2027-06-30',
  budgetLines: [
    { fiscalYear: 2025, funderId: 'state', category: 'DEVELOPMENT', amount: '2000000.00' },
    { fiscalYear: 2026, funderId: 'state', category: 'DEVELOPMENT', amount: '1000000.00' },
    { fiscalYear: 2027, funderId: 'state', category: 'OPERATIONS', amount: '200000.00' },
  ],
  benefitTargets: [{ benefitId: 'cash', fiscalYear: 2026, value: '500000.0000' }],
  milestones: [{ milestoneId: 'm1', title: 'Første kommune i drift', baselineDate: '2026-09-01' }],
};

describe('baseline diff', () => {
  it('shows changed, added and removed budget cells, targets, milestones and the end date', () => {
    const v2: BaselineContent = {
      totalCost: '3450000.00',
      endDate: '2027-09-15',
      budgetLines: [
        { fiscalYear: 2025, funderId: 'state', category: 'DEVELOPMENT', amount: '2000000.00' },
        { fiscalYear: 2026, funderId: 'state', category: 'DEVELOPMENT', amount: '1150000.00' },
        { fiscalYear: 2027, funderId: 'muni', category: 'OPERATIONS', amount: '300000.00' },
      ],
      benefitTargets: [
        { benefitId: 'cash', fiscalYear: 2026, value: '450000' },
        { benefitId: 'cash', fiscalYear: 2027, value: '1500000' },
      ],
      milestones: [{ milestoneId: 'm1', title: 'Første kommune i drift', baselineDate: '2026-11-01' }],
    };
    const diff = diffBaselines(v1, v2);
    expect(diff.totalCost).toEqual({ from: '3200000.00', to: '3450000.00', change: '250000.00' });
    expect(diff.endDate).toEqual({ from: '2027-06-30', to: '2027-09-15', days: 77 });
    expect(diff.budgetLines).toEqual([
      { key: { fiscalYear: 2026, funderId: 'state', category: 'DEVELOPMENT' }, from: '1000000', to: '1150000', change: '150000' },
      { key: { fiscalYear: 2027, funderId: 'muni', category: 'OPERATIONS' }, from: '0', to: '300000', change: '300000' },
      { key: { fiscalYear: 2027, funderId: 'state', category: 'OPERATIONS' }, from: '200000', to: '0', change: '-200000' },
    ]);
    expect(diff.benefitTargets.map((t) => [t.key.fiscalYear, t.change])).toEqual([
      [2026, '-50000'],
      [2027, '1500000'],
    ]);
    expect(diff.milestones).toEqual([
      { milestoneId: 'm1', title: 'Første kommune i drift', from: '2026-09-01', to: '2026-11-01', days: 61 },
    ]);
  });

  it('is empty between identical baselines', () => {
    const diff = diffBaselines(v1, v1);
    expect([diff.budgetLines, diff.benefitTargets, diff.milestones]).toEqual([[], [], []]);
    expect(diff.endDate.days).toBe(0);
    expect(diff.totalCost.change).toBe('0.00');
  });
});
