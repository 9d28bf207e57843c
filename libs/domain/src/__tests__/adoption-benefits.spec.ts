import fc from 'fast-check';
import { adoptionBenefitByYear, adoptionBenefitWaiting, monthsLiveInFiscalYear } from '../adoption-benefits.js';

describe('adoption-driven benefits', () => {
  it('counts whole months from the go-live date', () => {
    expect(monthsLiveInFiscalYear('2026-03-01', 2026)).toBe(10); // March–December
    expect(monthsLiveInFiscalYear('2026-03-15', 2026)).toBe(9); // April–December
    expect(monthsLiveInFiscalYear('2026-03-15', 2027)).toBe(12);
    expect(monthsLiveInFiscalYear('2026-03-15', 2025)).toBe(0);
    expect(monthsLiveInFiscalYear('2026-12-02', 2026)).toBe(0); // from January
    expect(monthsLiveInFiscalYear('2025-01-01', 2026)).toBe(12);
    // Fiscal year from July: 2026-09-01 is in fiscal year 2026 (July 2026–June 2027): 10 months.
    expect(monthsLiveInFiscalYear('2026-09-01', 2026, 7)).toBe(10);
    expect(monthsLiveInFiscalYear('2026-05-10', 2025, 7)).toBe(1); // June 2026 only
  });

  it('expects and realises pro rata (worked by hand)', () => {
    // 120 hours per municipality per year. Planned: A 2026-01-01, B 2026-07-01, C 2027-04-01, D none.
    // Actual: A live 2026-02-10 (from March), B not live yet.
    // 2026 planned: A 12 + B 6 = 18 months → 120 × 18 / 12 = 180 hours; realised: A 10 months → 100.
    // 2027 planned: A 12 + B 12 + C 9 = 33 → 330; realised: A 12 → 120.
    const adopters = [
      { plannedLiveDate: '2026-01-01', liveDate: '2026-02-10' },
      { plannedLiveDate: '2026-07-01', liveDate: null },
      { plannedLiveDate: '2027-04-01', liveDate: null },
      { plannedLiveDate: null, liveDate: null },
    ];
    const years = adoptionBenefitByYear('120', adopters, [2026, 2027]);
    expect(years.map((y) => [y.fiscalYear, y.plannedMonths, y.expected.toFixed(), y.actualMonths, y.realised.toFixed()])).toEqual([
      [2026, 18, '180', 10, '100'],
      [2027, 33, '330', 12, '120'],
    ]);
    expect(adoptionBenefitWaiting('120', adopters).adopters).toBe(3);
    expect(adoptionBenefitWaiting('120', adopters).perYear.toFixed()).toBe('360');
  });

  it('never exceeds perAdopter × adopters in a year, and grows with the years (property)', () => {
    const date = fc
      .date({ min: new Date('2024-01-01'), max: new Date('2029-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.record({ plannedLiveDate: fc.option(date, { nil: null }), liveDate: fc.option(date, { nil: null }) }), {
          maxLength: 20,
        }),
        fc.integer({ min: 1, max: 12 }),
        (adopters, startMonth) => {
          const years = adoptionBenefitByYear('600', adopters, [2024, 2025, 2026, 2027, 2028, 2029, 2030], startMonth);
          for (const y of years) {
            expect(y.expected.lessThanOrEqualTo(600 * adopters.length)).toBe(true);
            expect(y.realised.lessThanOrEqualTo(600 * adopters.length)).toBe(true);
          }
          for (let i = 1; i < years.length; i++) expect(years[i]!.plannedMonths).toBeGreaterThanOrEqual(years[i - 1]!.plannedMonths);
          // By 2030 everyone with a date is fully live.
          expect(years.at(-1)!.plannedMonths).toBe(12 * adopters.filter((a) => a.plannedLiveDate).length);
        },
      ),
    );
  });
});
