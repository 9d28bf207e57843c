// Money arrives as exact decimal strings. Intl.NumberFormat formats decimal strings exactly (ES2023
// "Intl.NumberFormat v3"), so no amount passes through a binary float on the way to the screen.

type DecimalString = `${number}` | string;

export function formatMoney(amount: DecimalString, currency: string, locale = 'da-DK', fractionDigits = 0): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(amount as unknown as number);
}

/** "297,5 mio." — amounts in millions with one decimal, rounded half away from zero. */
export function formatMillions(amount: DecimalString, locale = 'da-DK'): string {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  const millions = `${(whole.padStart(7, '0').slice(0, -6) || '0').replace(/^0+(?=\d)/, '')}.${whole.padStart(7, '0').slice(-6)}${fraction}`;
  const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(millions as unknown as number);
  return `${negative ? '-' : ''}${text} mio.`;
}
