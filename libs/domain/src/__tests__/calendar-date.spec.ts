import { addDays, addMonths, calendarDateProblem, daysBetween, parseIsoDate, utcMidnight } from '../calendar-date.js';

describe('calendar dates (UTC days, as PostgreSQL date)', () => {
  it('takes a day as its UTC midnight, from a date or a longer ISO text', () => {
    expect(utcMidnight('2026-03-29').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(utcMidnight('2026-03-29T23:30:00+02:00').toISOString()).toBe('2026-03-29T00:00:00.000Z');
  });

  it('counts whole days across month ends, leap days and summer time', () => {
    expect(daysBetween('2027-06-30', '2027-09-15')).toBe(77);
    expect(daysBetween('2027-09-15', '2027-06-30')).toBe(-77);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2); // 2028 is a leap year
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // Europe's clocks go forward on 29 March
  });

  it('adds days and months as calendar steps', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2027-01-31', 1)).toBe('2027-03-03'); // no 31 February: rolls over, as Date does
  });

  it('accepts only real dates in the years 1900–2200', () => {
    expect(parseIsoDate('2026-02-29')).toBeUndefined();
    expect(parseIsoDate('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(calendarDateProblem('0000-01-01')).toMatch(/years 1900–2200/);
    expect(calendarDateProblem('2026-13-01')).toMatch(/real calendar date/);
    expect(calendarDateProblem('2026-12-02')).toBeUndefined();
  });
});
