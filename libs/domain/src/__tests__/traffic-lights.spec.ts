import { daysBetween } from '../calendar-date.js';
import { benefitLight, costLight, DEFAULT_TOLERANCES, scheduleLight, tolerancesProblem, withTolerances } from '../traffic-lights.js';

describe('traffic lights (docs/domain.md worked example and edges)', () => {
  it('cost: 3,200,000 baseline, 3,450,000 forecast is a 7.8 % overrun → AMBER', () => {
    expect(costLight('3200000', '3450000')).toBe('AMBER');
  });

  it('cost: exactly 5 % is GREEN, just above is AMBER, above 10 % RED', () => {
    expect(costLight('1000000', '1050000')).toBe('GREEN');
    expect(costLight('1000000', '1050000.01')).toBe('AMBER');
    expect(costLight('1000000', '1100000')).toBe('AMBER');
    expect(costLight('1000000', '1100000.01')).toBe('RED');
  });

  it('cost: an overrun above 6,000,000 is RED even when small relative to a large baseline', () => {
    expect(costLight('200000000', '206000000')).toBe('GREEN');
    expect(costLight('200000000', '206000000.01')).toBe('RED');
  });

  it('cost: underspend is GREEN; a zero baseline with any overrun is RED', () => {
    expect(costLight('1000000', '900000')).toBe('GREEN');
    expect(costLight('0', '0')).toBe('GREEN');
    expect(costLight('0', '1')).toBe('RED');
  });

  it('schedule: 2027-06-30 → 2027-09-15 is 77 days late → AMBER', () => {
    expect(daysBetween('2027-06-30', '2027-09-15')).toBe(77);
    expect(scheduleLight('2027-06-30', '2027-09-15')).toBe('AMBER');
  });

  it('schedule: ≤ 31 days GREEN, ≤ 92 AMBER, beyond RED; early is GREEN', () => {
    expect(scheduleLight('2027-01-01', '2027-02-01')).toBe('GREEN');
    expect(scheduleLight('2027-01-01', '2027-02-02')).toBe('AMBER');
    expect(scheduleLight('2027-01-01', '2027-04-03')).toBe('AMBER');
    expect(scheduleLight('2027-01-01', '2027-04-04')).toBe('RED');
    expect(scheduleLight('2027-01-01', '2026-12-01')).toBe('GREEN');
  });

  it('benefits: 0.925 → AMBER; thresholds inclusive; GREY before anything is due', () => {
    expect(benefitLight('0.925')).toBe('AMBER');
    expect(benefitLight('0.95')).toBe('GREEN');
    expect(benefitLight('0.8')).toBe('AMBER');
    expect(benefitLight('0.7999')).toBe('RED');
    expect(benefitLight(undefined)).toBe('GREY');
  });

  it('uses programme tolerances when given', () => {
    const strict = { ...DEFAULT_TOLERANCES, scheduleAmberDays: 0, scheduleRedDays: 10 };
    expect(scheduleLight('2027-01-01', '2027-01-05', strict)).toBe('AMBER');
  });

  it('finds tolerances that contradict themselves, naming the field', () => {
    expect(tolerancesProblem(DEFAULT_TOLERANCES)).toBeNull();
    expect(tolerancesProblem({ ...DEFAULT_TOLERANCES, costAmberOverrunRate: '0.2' })?.field).toBe('costAmberOverrunRate');
    expect(tolerancesProblem({ ...DEFAULT_TOLERANCES, scheduleAmberDays: 100 })?.field).toBe('scheduleAmberDays');
    expect(tolerancesProblem({ ...DEFAULT_TOLERANCES, benefitAmberRate: '0.96' })?.field).toBe('benefitAmberRate');
    expect(tolerancesProblem({ ...DEFAULT_TOLERANCES, costRedOverrunAmount: '-1' })?.field).toBe('costRedOverrunAmount');
  });

  it('replaces only the tolerances given', () => {
    expect(withTolerances(DEFAULT_TOLERANCES, { scheduleAmberDays: 10, costRedOverrunRate: undefined })).toEqual({
      ...DEFAULT_TOLERANCES,
      scheduleAmberDays: 10,
    });
  });
});
