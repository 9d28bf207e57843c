import { formatMoney, moneyProblem, parseDecimal, sumMoney } from '../money.js';

describe('money', () => {
  it('sums amounts exactly where floats would drift', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; money must reconcile to the øre.
    expect(formatMoney(sumMoney(['0.10', '0.20']))).toBe('0.30');
    const tenThousandOre = Array.from({ length: 10_000 }, () => '0.01');
    expect(formatMoney(sumMoney(tenThousandOre))).toBe('100.00');
  });

  it('formats with two decimals and banker-free rounding only when asked', () => {
    expect(formatMoney('300000000')).toBe('300000000.00');
    expect(formatMoney('-2000000.5')).toBe('-2000000.50');
  });

  it('explains invalid amounts', () => {
    expect(moneyProblem('1250000.00')).toBeUndefined();
    expect(moneyProblem('-5')).toBe('must not be negative');
    expect(moneyProblem('-5', { allowNegative: true })).toBeUndefined();
    expect(moneyProblem('1.005')).toBe('must have at most 2 decimals');
    expect(moneyProblem('1e6')).toMatch(/decimal number/);
    expect(moneyProblem('')).toMatch(/decimal number/);
    expect(moneyProblem('100000000000000')).toBe('is too large');
  });

  it('refuses to parse non-canonical numbers', () => {
    expect(() => parseDecimal('12,5')).toThrow(RangeError);
    expect(parseDecimal('12.5').toString()).toBe('12.5');
  });
});
