import type { ColumnOptions } from 'typeorm';

// Column shapes used across entities, so money is numeric(16,2) everywhere and measured values
// numeric(18,4) everywhere. TypeORM returns numeric as string, which is what we want: no floats.

export const MONEY: ColumnOptions = { type: 'numeric', precision: 16, scale: 2 };
/** A stored sum of money amounts (a baseline's total): plain numeric, so no sum of accepted lines overflows. */
export const MONEY_SUM: ColumnOptions = { type: 'numeric' };
export const QUANTITY: ColumnOptions = { type: 'numeric', precision: 18, scale: 4 };
export const RATE: ColumnOptions = { type: 'numeric', precision: 7, scale: 4 };
export const DATE_ONLY: ColumnOptions = { type: 'date' };

/** SQL for "column holds one of these values", used in @Check constraints. */
export function oneOf(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;
}

/** SQL for "every element of an array column is one of these values". */
export function allOf(column: string, values: readonly string[]): string {
  return `"${column}" <@ ARRAY[${values.map((v) => `'${v}'`).join(', ')}]::text[]`;
}
