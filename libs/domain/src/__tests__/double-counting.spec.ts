import fc from 'fast-check';
import { doubleCountedAmount, overlappingYears, processCodeProblem } from '../double-counting.js';

describe('double-count guard (worked example)', () => {
  // Project A claims 400,000 in 2026 and 600,000 in 2027 for Aarhus's "27.24.00 borgerservice, flytning";
  // project B claims 300,000 in 2027 and 300,000 in 2028 for the same process and receiver.
  const a = [
    { fiscalYear: 2026, amount: '400000' },
    { fiscalYear: 2027, amount: '600000' },
  ];
  const b = [
    { fiscalYear: 2027, amount: '300000' },
    { fiscalYear: 2028, amount: '300000' },
  ];

  it('they overlap in 2027 only, and at most 300,000 of it can be the same money', () => {
    expect(overlappingYears(a, b)).toEqual([2027]);
    expect(doubleCountedAmount(a, b).toFixed(2)).toBe('300000.00');
  });

  it('no common year, no amount at risk; a zero claim is no claim', () => {
    expect(doubleCountedAmount(a, [{ fiscalYear: 2029, amount: '1' }]).toFixed(2)).toBe('0.00');
    expect(overlappingYears(a, [{ fiscalYear: 2026, amount: '0' }])).toEqual([]);
  });

  it('is symmetric and never more than either claim', () => {
    const claims = fc.array(
      fc.record({ fiscalYear: fc.integer({ min: 2024, max: 2030 }), amount: fc.integer({ min: 0, max: 10_000_000 }).map(String) }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(claims, claims, (x, y) => {
        const amount = doubleCountedAmount(x, y);
        const total = (list: typeof x) => list.reduce((s, v) => s + Number(v.amount), 0);
        return amount.equals(doubleCountedAmount(y, x)) && amount.lessThanOrEqualTo(total(x)) && amount.lessThanOrEqualTo(total(y));
      }),
    );
  });

  it('process codes: KLE or the programme’s own', () => {
    expect(processCodeProblem('27.24.00')).toBeUndefined();
    expect(processCodeProblem('27.24')).toBeUndefined();
    expect(processCodeProblem('FLYT-01')).toBeUndefined();
    expect(processCodeProblem('27 24')).toMatch(/KLE/);
    expect(processCodeProblem('x'.repeat(41))).toMatch(/40/);
  });
});
