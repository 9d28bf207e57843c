import { acceptedFiscalYears, benefitValueProblem, entryFiscalYearProblem, lineAmountProblem, type EntryBounds } from '../entry-bounds.js';
import { calendarDateProblem, parseIsoDate } from '../calendar-date.js';
import { quantityProblem } from '../money.js';
import { spreadsheetCellOf } from '../spreadsheet-number.js';

// The demo programme: fiscal years 2025–2027, default margin 10 years, default maximum 1,000,000,000.00.
const demo: EntryBounds & { hourlyRate: string; fteAnnualCost: string } = {
  periodStartYear: 2025,
  periodEndYear: 2027,
  fiscalYearMargin: 10,
  maxLineAmount: '1000000000.00',
  hourlyRate: '400.00',
  fteAnnualCost: '550000.00',
};

describe('entry bounds of a programme', () => {
  it('accepts fiscal years within the period ± the margin, clamped to 2000–2100', () => {
    expect(acceptedFiscalYears(demo)).toEqual({ first: 2015, last: 2037 });
    expect(entryFiscalYearProblem(2015, demo)).toBeUndefined();
    expect(entryFiscalYearProblem(2037, demo)).toBeUndefined();
    expect(entryFiscalYearProblem(2098, demo)).toBe('must be a fiscal year from 2015 to 2037 (the programme period 2025–2027 ± 10 years)');
    expect(entryFiscalYearProblem(2014, demo)).toContain('from 2015 to 2037');
    expect(acceptedFiscalYears({ ...demo, periodStartYear: 2095, periodEndYear: 2099 })).toEqual({ first: 2085, last: 2100 });
  });

  it('refuses one line above the programme maximum, in either sign', () => {
    expect(lineAmountProblem('1000000000.00', demo)).toBeUndefined();
    expect(lineAmountProblem('99999999999999.99', demo)).toBe("must not exceed 1000000000.00 (the programme's largest amount per line)");
    expect(lineAmountProblem('-1000000000.01', demo)).toContain('must not exceed');
  });

  it('bounds benefit values by the money they monetise to', () => {
    expect(benefitValueProblem('CURRENCY', '1000000000', demo)).toBeUndefined();
    // 2,500,001 hours × 400 = 1,000,000,400.00
    expect(benefitValueProblem('HOURS', '2500001', demo)).toBe(
      "monetised as HOURS it comes to 1000000400.00, which must not exceed 1000000000.00 (the programme's largest amount per line)",
    );
    expect(benefitValueProblem('HOURS', '2500000', demo)).toBeUndefined();
    expect(benefitValueProblem('FTE', '1818.1818', demo)).toBeUndefined(); // 999,999,990.00
    expect(benefitValueProblem('PERCENT', '99999999999999', demo)).toBeUndefined(); // not money
  });
});

describe('calendar dates', () => {
  it('refuses year 0 and years no plan has (PostgreSQL has no year 0)', () => {
    expect(calendarDateProblem('0000-01-01')).toBe('must be a date in the years 1900–2200');
    expect(calendarDateProblem('9999-12-31')).toBe('must be a date in the years 1900–2200');
    expect(calendarDateProblem('2026-02-29')).toBe('must be a real calendar date as "YYYY-MM-DD"');
    expect(calendarDateProblem('2028-02-29')).toBeUndefined();
    expect(parseIsoDate('2026-06-30')?.toISOString()).toBe('2026-06-30T00:00:00.000Z');
  });
});

describe('quantities and spreadsheet cells', () => {
  it('one quantity rule: at most 4 decimals and 14 integer digits', () => {
    expect(quantityProblem('99999999999999.9999')).toBeUndefined();
    expect(quantityProblem('100000000000000')).toBe('is too large');
    expect(quantityProblem('1.23456')).toBe('must have at most 4 decimals');
  });

  it('writes a decimal as a number only when a double holds it exactly', () => {
    expect(spreadsheetCellOf('1250000.00')).toBe(1250000);
    expect(spreadsheetCellOf('-0.5')).toBe(-0.5);
    expect(spreadsheetCellOf('999999999999999')).toBe(999999999999999);
    expect(spreadsheetCellOf('99999999999999.9999')).toBe('99999999999999.9999');
    expect(spreadsheetCellOf('99999999999999.99')).toBe('99999999999999.99');
    expect(spreadsheetCellOf('0.0001')).toBe(0.0001);
  });
});
