// Exact sums of two-decimal amounts for running totals on screen (BigInt øre; no float rounding).

function toOre(amount: string): bigint {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  const ore = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -ore : ore;
}

function fromOre(ore: bigint): string {
  const negative = ore < 0n;
  const abs = negative ? -ore : ore;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

export function addMoney(...amounts: string[]): string {
  return fromOre(amounts.reduce((sum, a) => sum + toOre(a), 0n));
}

export function subtractMoney(a: string, b: string): string {
  return fromOre(toOre(a) - toOre(b));
}

/** Running totals: ["1.00", "2.50"] → ["1.00", "3.50"]. */
export function cumulative(amounts: string[]): string[] {
  let total = 0n;
  return amounts.map((a) => fromOre((total += toOre(a))));
}
