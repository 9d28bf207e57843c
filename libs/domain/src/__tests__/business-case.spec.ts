import { Decimal } from '../decimal.js';
import { cumulativeNet, netBenefit, netPresentValue, paybackYear, yearlyCashFlows } from '../cash-flow.js';
import { monetise } from '../monetisation.js';
import { adoptionCoverage, harvestRate, realisationRate } from '../realisation.js';
import { benefitLight, costLight, scheduleLight } from '../traffic-lights.js';

// The worked example of docs/domain.md, by hand: DKK, r = 0.04, hourly rate 400, FTE cost 550,000.
const rates = { hourlyRate: '400', fteAnnualCost: '550000' };
const budget = [
  { fiscalYear: 2025, amount: '2000000' },
  { fiscalYear: 2026, amount: '1000000' },
  { fiscalYear: 2027, amount: '200000' },
];
const targets = [
  ...[
    [2026, '500000'],
    [2027, '1500000'],
    [2028, '1500000'],
  ].map(([fiscalYear, value]) => ({
    fiscalYear: fiscalYear as number,
    amount: monetise('CASH_RELEASING', 'CURRENCY', value as string, rates)!,
  })),
  { fiscalYear: 2027, amount: monetise('NON_CASH', 'HOURS', '2000', rates)! },
  { fiscalYear: 2026, amount: monetise('DIS_BENEFIT', 'CURRENCY', '100000', rates)! },
];

describe('business case: the docs/domain.md worked example', () => {
  const flows = yearlyCashFlows(budget, targets);

  it('has planned cash flows −2,000,000; −600,000; 2,100,000; 1,500,000', () => {
    expect(flows.map((f) => [f.fiscalYear, f.net.toFixed(2)])).toEqual([
      [2025, '-2000000.00'],
      [2026, '-600000.00'],
      [2027, '2100000.00'],
      [2028, '1500000.00'],
    ]);
  });

  it('has NPV 698,139.51 at 4 % (2025 not discounted)', () => {
    // −2,000,000 − 600,000/1.04 + 2,100,000/1.0816 + 1,500,000/1.124864 = 698,139.5084…
    expect(netPresentValue(flows, '0.04').toFixed(2)).toBe('698139.51');
  });

  it('has net benefit 1,000,000 and pays back in 2028 (cumulative −2.0 M, −2.6 M, −0.5 M, +1.0 M)', () => {
    expect(netBenefit(flows).toFixed(2)).toBe('1000000.00');
    expect(cumulativeNet(flows).map((c) => c.cumulative.toFixed(0))).toEqual(['-2000000', '-2600000', '-500000', '1000000']);
    expect(paybackYear(flows)).toBe(2028);
  });

  it('realises 370,000 of 400,000 planned by 2026: 0.925 → AMBER', () => {
    const realised = [
      { fiscalYear: 2026, amount: monetise('CASH_RELEASING', 'CURRENCY', '450000', rates)! },
      { fiscalYear: 2026, amount: monetise('DIS_BENEFIT', 'CURRENCY', '80000', rates)! },
    ];
    const rate = realisationRate(targets, realised, 2026)!;
    expect(rate.toString()).toBe('0.925');
    expect(benefitLight(rate.toString())).toBe('AMBER');
  });

  it('lights cost AMBER (7.8 % over) and schedule AMBER (77 days late)', () => {
    expect(costLight('3200000', '3450000')).toBe('AMBER');
    expect(scheduleLight('2027-06-30', '2027-09-15')).toBe('AMBER');
  });
});

describe('monetisation', () => {
  it('values hours and FTE at the programme rates and leaves other units unmonetised', () => {
    expect(monetise('NON_CASH', 'HOURS', '2000', rates)!.toString()).toBe('800000');
    expect(monetise('CASH_RELEASING', 'FTE', '1.5', rates)!.toString()).toBe('825000');
    expect(monetise('NON_CASH', 'TCO2', '40', rates)).toBeUndefined();
    expect(monetise('NON_CASH', 'PERCENT', '90', rates)).toBeUndefined();
    expect(monetise('QUALITATIVE', 'CURRENCY', '1000', rates)).toBeUndefined();
    expect(monetise('DIS_BENEFIT', 'HOURS', '10', rates)!.toString()).toBe('-4000');
  });
});

describe('edge cases', () => {
  it('no costs and no benefits: no flows, NPV 0, no payback', () => {
    const flows = yearlyCashFlows([], []);
    expect(flows).toEqual([]);
    expect(netPresentValue(flows, '0.04').toString()).toBe('0');
    expect(paybackYear(flows)).toBeUndefined();
  });

  it('no costs: pays back in the first benefit year', () => {
    const flows = yearlyCashFlows([], [{ fiscalYear: 2027, amount: '10' }]);
    expect(paybackYear(flows)).toBe(2027);
    expect(netPresentValue(flows, '0.04').toString()).toBe('10');
  });

  it('no benefits and only dis-benefits: negative NPV, payback never reached', () => {
    const flows = yearlyCashFlows(
      [{ fiscalYear: 2025, amount: '100' }],
      [{ fiscalYear: 2026, amount: monetise('DIS_BENEFIT', 'CURRENCY', '104', rates)! }],
    );
    // −100 − 104/1.04 = −200
    expect(netPresentValue(flows, '0.04').toFixed(2)).toBe('-200.00');
    expect(paybackYear(flows)).toBeUndefined();
  });

  it('discounts empty years in between', () => {
    const flows = yearlyCashFlows([{ fiscalYear: 2025, amount: '100' }], [{ fiscalYear: 2027, amount: '108.16' }]);
    expect(flows.map((f) => f.fiscalYear)).toEqual([2025, 2026, 2027]);
    expect(netPresentValue(flows, '0.04').toFixed(2)).toBe('0.00');
  });

  it('realisation is undefined before anything is planned, and harvest rate before anything is validated', () => {
    expect(realisationRate([{ fiscalYear: 2027, amount: '5' }], [], 2026)).toBeUndefined();
    expect(harvestRate('0', '0')).toBeUndefined();
    expect(harvestRate('300', '400')!.toString()).toBe('0.75');
  });

  it('adoption coverage is LIVE ÷ targeted', () => {
    expect(adoptionCoverage([])).toBeUndefined();
    expect(adoptionCoverage(['LIVE', 'IMPLEMENTING', 'NOT_STARTED', 'LIVE'])!.toString()).toBe('0.5');
  });

  it('keeps exact decimals where floats would drift', () => {
    const flows = yearlyCashFlows(
      Array.from({ length: 10 }, () => ({ fiscalYear: 2025, amount: '0.10' })),
      [{ fiscalYear: 2025, amount: '1' }],
    );
    expect(flows[0]!.net.equals(new Decimal(0))).toBe(true);
  });
});
