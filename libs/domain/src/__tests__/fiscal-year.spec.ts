import { currentFiscalYear, fiscalYearBounds, fiscalYearOf, fiscalYearProblem, isValidFiscalYear } from '../fiscal-year.js';

describe('fiscal year', () => {
  it('is the calendar year when the fiscal year starts in January', () => {
    expect(fiscalYearOf('2026-01-01')).toBe(2026);
    expect(fiscalYearOf('2026-12-31')).toBe(2026);
  });

  it('is the year the fiscal year started in, for a July start', () => {
    expect(fiscalYearOf('2026-06-30', 7)).toBe(2025);
    expect(fiscalYearOf('2026-07-01', 7)).toBe(2026);
  });

  it('gives the bounds of a fiscal year, including leap days', () => {
    expect(fiscalYearBounds(2026)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(fiscalYearBounds(2027, 3)).toEqual({ start: '2027-03-01', end: '2028-02-29' });
  });

  it('rejects invalid input', () => {
    expect(() => fiscalYearOf('2026-7-1')).toThrow(RangeError);
    expect(() => fiscalYearOf('2026-07-01', 13)).toThrow(RangeError);
    expect(isValidFiscalYear(1999)).toBe(false);
    expect(isValidFiscalYear(2026)).toBe(true);
    expect(fiscalYearProblem(2026)).toBeUndefined();
    expect(fiscalYearProblem(2147483647)).toBe('must be a year between 2000 and 2100');
    expect(fiscalYearProblem('2026')).toBe('must be a year between 2000 and 2100');
    expect(isValidFiscalYear(2026.5)).toBe(false);
  });
});

describe('current fiscal year', () => {
  it('is the fiscal year containing the given day', () => {
    expect(currentFiscalYear(1, new Date('2026-11-23T12:00:00Z'))).toBe(2026);
    expect(currentFiscalYear(7, new Date('2026-03-01T12:00:00Z'))).toBe(2025);
  });
});
