import { canMoveMeasurement, nextMeasurementStatus } from '../measurement-status.js';

describe('measurement status', () => {
  it('moves forward one step at a time', () => {
    expect(nextMeasurementStatus('REPORTED')).toBe('VALIDATED');
    expect(nextMeasurementStatus('VALIDATED')).toBe('HARVESTED');
    expect(nextMeasurementStatus('HARVESTED')).toBeUndefined();
    expect(canMoveMeasurement('REPORTED', 'VALIDATED')).toBe(true);
    expect(canMoveMeasurement('VALIDATED', 'HARVESTED')).toBe(true);
  });

  it('never moves backwards or skips', () => {
    expect(canMoveMeasurement('VALIDATED', 'REPORTED')).toBe(false);
    expect(canMoveMeasurement('HARVESTED', 'VALIDATED')).toBe(false);
    expect(canMoveMeasurement('REPORTED', 'HARVESTED')).toBe(false);
    expect(canMoveMeasurement('REPORTED', 'REPORTED')).toBe(false);
  });
});
