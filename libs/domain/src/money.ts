import { Decimal } from './decimal.js';

// Money is exact: decimal strings at the edges, decimal.js inside, never JavaScript numbers.
// Amounts carry at most two decimals (øre/cent); PostgreSQL stores them as numeric(16,2).

export const MONEY_SCALE = 2;
/** Largest absolute amount numeric(16,2) holds: 14 integer digits. */
export const MONEY_MAX_ABS = new Decimal('99999999999999.99');

const DECIMAL_PATTERN = /^-?(0|[1-9]\d*)(\.\d+)?$/;

export function isDecimalString(value: string): boolean {
  return DECIMAL_PATTERN.test(value);
}

/** Parses a canonical decimal string ("-1234.5"); throws on anything else, including "1e3" and "". */
export function parseDecimal(value: string): Decimal {
  if (!isDecimalString(value)) {
    throw new RangeError(`"${value}" is not a decimal number (expected digits, an optional "-" and "." part)`);
  }
  return new Decimal(value);
}

/** Why `value` is not a valid money amount, or undefined when it is one. */
export function moneyProblem(value: string, options: { allowNegative?: boolean } = {}): string | undefined {
  if (!isDecimalString(value)) return 'must be a decimal number such as "1250000.00"';
  const amount = new Decimal(value);
  if (amount.decimalPlaces() > MONEY_SCALE) return `must have at most ${MONEY_SCALE} decimals`;
  if (amount.abs().greaterThan(MONEY_MAX_ABS)) return 'is too large';
  if (!options.allowNegative && amount.isNegative()) return 'must not be negative';
  return undefined;
}

/** Measured quantities (hours, FTE, counts …) carry at most four decimals; PostgreSQL stores numeric(18,4). */
export const QUANTITY_SCALE = 4;
const QUANTITY_INTEGER_DIGITS = 14;

/** Why `value` is not a valid measured quantity, or undefined when it is one (the API's and the import's rule). */
export function quantityProblem(value: string): string | undefined {
  if (!isDecimalString(value)) return 'must be a decimal string such as "2000" or "1.5"';
  const [integer = '', decimals = ''] = value.replace('-', '').split('.');
  if (decimals.length > QUANTITY_SCALE) return `must have at most ${QUANTITY_SCALE} decimals`;
  if (integer.length > QUANTITY_INTEGER_DIGITS) return 'is too large';
  return undefined;
}

/** Formats an amount as the canonical wire form with exactly two decimals. */
export function formatMoney(amount: Decimal.Value): string {
  return new Decimal(amount).toFixed(MONEY_SCALE, Decimal.ROUND_HALF_EVEN);
}

export function sumMoney(amounts: Iterable<Decimal.Value>): Decimal {
  let total = new Decimal(0);
  for (const amount of amounts) total = total.plus(amount);
  return total;
}

export { Decimal };
