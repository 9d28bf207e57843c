import { benefitTargetProblem, benefitUnitProblem } from '../benefit-rules.js';

describe('benefit entry rules', () => {
  it('lets a cash-releasing benefit be counted only in units that monetise', () => {
    expect(benefitUnitProblem('CASH_RELEASING', 'CURRENCY')).toBeUndefined();
    expect(benefitUnitProblem('CASH_RELEASING', 'HOURS')).toBeUndefined();
    expect(benefitUnitProblem('CASH_RELEASING', 'FTE')).toBeUndefined();
    expect(benefitUnitProblem('CASH_RELEASING', 'SCORE')).toBe(
      'of a cash-releasing benefit must be CURRENCY, HOURS or FTE, so that it can be monetised',
    );
    expect(benefitUnitProblem('NON_CASH', 'SCORE')).toBeUndefined();
    expect(benefitUnitProblem('QUALITATIVE', 'PERCENT')).toBeUndefined();
  });

  it('takes targets as positive amounts; a dis-benefit is negative by its kind', () => {
    expect(benefitTargetProblem('100000')).toBeUndefined();
    expect(benefitTargetProblem('0')).toBeUndefined();
    expect(benefitTargetProblem('-5')).toBe('must not be negative (a DIS_BENEFIT counts negative by its kind)');
  });
});
