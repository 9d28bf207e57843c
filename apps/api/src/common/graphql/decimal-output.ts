import { Decimal } from '@tvaers/domain';

// How computed figures leave the API: money with two decimals, rates (shares, realisation) with four,
// both rounded half up once at the edge; the computation itself keeps full precision.

export function moneyOutput(value: Decimal.Value): string {
  return new Decimal(value).toFixed(2, Decimal.ROUND_HALF_UP);
}

/** null where the rate is undefined (nothing planned, nothing validated …). */
export function rateOutput(value: Decimal | undefined): string | null {
  return value === undefined ? null : value.toFixed(4, Decimal.ROUND_HALF_UP);
}
