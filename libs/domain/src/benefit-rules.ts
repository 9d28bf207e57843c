import type { BenefitKind, BenefitUnit } from './enums.js';

// Rules for entering benefits, shared by the API's forms and the spreadsheet import.

/** The units `monetise` turns into money. */
export const MONETISABLE_UNITS: readonly BenefitUnit[] = ['CURRENCY', 'HOURS', 'FTE'];

/** Why a benefit's unit does not fit its kind, or undefined: a cash-releasing benefit must be monetisable. */
export function benefitUnitProblem(kind: BenefitKind | string, unit: BenefitUnit | string): string | undefined {
  if (kind === 'CASH_RELEASING' && !MONETISABLE_UNITS.includes(unit as BenefitUnit)) {
    return 'of a cash-releasing benefit must be CURRENCY, HOURS or FTE, so that it can be monetised';
  }
  return undefined;
}

/** Why a yearly target is not acceptable, or undefined. Targets are entered as positive amounts. */
export function benefitTargetProblem(value: string): string | undefined {
  return value.startsWith('-') ? 'must not be negative (a DIS_BENEFIT counts negative by its kind)' : undefined;
}
