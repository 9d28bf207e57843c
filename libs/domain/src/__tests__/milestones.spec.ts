import { milestoneDaysLate } from '../milestones.js';

describe('milestoneDaysLate', () => {
  const today = '2026-12-02';
  it('counts from the baseline to the actual date, else the forecast', () => {
    expect(milestoneDaysLate({ baselineDate: '2026-03-26', forecastDate: '2026-05-01', actualDate: '2026-05-07' }, today)).toBe(42);
    expect(milestoneDaysLate({ baselineDate: '2026-10-31', forecastDate: '2027-01-09', actualDate: null }, today)).toBe(70);
  });
  it('is negative when early', () => {
    expect(milestoneDaysLate({ baselineDate: '2026-06-30', forecastDate: null, actualDate: '2026-06-27' }, today)).toBe(-3);
  });
  it('runs on until today for a passed baseline with neither date, and is null before it is due', () => {
    expect(milestoneDaysLate({ baselineDate: '2026-11-02', forecastDate: null, actualDate: null }, today)).toBe(30);
    expect(milestoneDaysLate({ baselineDate: '2027-01-15', forecastDate: null, actualDate: null }, today)).toBeNull();
  });
  it('counts across a leap day', () => {
    expect(milestoneDaysLate({ baselineDate: '2028-02-28', forecastDate: '2028-03-01', actualDate: null }, today)).toBe(2);
  });
});
