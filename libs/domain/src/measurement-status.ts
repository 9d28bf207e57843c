import { MEASUREMENT_STATUSES, type MeasurementStatus } from './enums.js';

// A measurement moves only forward: REPORTED → VALIDATED → HARVESTED, one step at a time, because a
// harvested saving has already been taken out of a budget and cannot be "unvalidated".

export function nextMeasurementStatus(current: MeasurementStatus): MeasurementStatus | undefined {
  return MEASUREMENT_STATUSES[MEASUREMENT_STATUSES.indexOf(current) + 1];
}

export function canMoveMeasurement(from: MeasurementStatus, to: MeasurementStatus): boolean {
  return nextMeasurementStatus(from) === to;
}
