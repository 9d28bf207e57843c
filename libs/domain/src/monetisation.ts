import { Decimal } from './decimal.js';
import type { BenefitKind, BenefitUnit } from './enums.js';

/** The programme's rates that turn hours and FTE into money. */
export interface MonetisationRates {
  hourlyRate: Decimal.Value;
  fteAnnualCost: Decimal.Value;
}

/**
 * Monetised value of a benefit amount (docs/domain.md): CURRENCY as is, HOURS × hourly rate, FTE × FTE cost;
 * other units are not monetised (undefined) and QUALITATIVE never is. A DIS_BENEFIT counts negative.
 */
export function monetise(kind: BenefitKind, unit: BenefitUnit, value: Decimal.Value, rates: MonetisationRates): Decimal | undefined {
  if (kind === 'QUALITATIVE') return undefined;
  const amount = new Decimal(value);
  let money: Decimal;
  switch (unit) {
    case 'CURRENCY':
      money = amount;
      break;
    case 'HOURS':
      money = amount.times(rates.hourlyRate);
      break;
    case 'FTE':
      money = amount.times(rates.fteAnnualCost);
      break;
    default:
      return undefined;
  }
  return kind === 'DIS_BENEFIT' ? money.negated() : money;
}
