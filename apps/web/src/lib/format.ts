// Money arrives as exact decimal strings. Intl.NumberFormat formats decimal strings exactly (ES2023
// "Intl.NumberFormat v3"), so no amount passes through a binary float on the way to the screen.

import { utcMidnight } from '@tvaers/domain/calendar-date';

type DecimalString = `${number}` | string;
/** A decimal string as Intl takes it: formatted from its digits, never through a float. */
const asNumeric = (value: DecimalString) => value as Intl.StringNumericLiteral;

// One formatter per locale and options, made once: constructing an Intl formatter costs far more than
// formatting with it, and the dashboard formats a few hundred amounts on its first paint (each made
// anew, that was ~50 ms of blocking time).
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, locale: string, options: object, make: () => F): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as F | undefined;
  if (!format) formatters.set(key, (format = make()));
  return format;
}

const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export function formatMoney(amount: DecimalString, currency: string, locale = 'da-DK', fractionDigits = 0): string {
  return numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(asNumeric(amount));
}

/** Shifts a decimal string six places left without floats: "297450000.00" → "297.45000000". */
function toMillions(amount: string): string {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  const padded = whole.padStart(7, '0');
  const millions = `${(padded.slice(0, -6) || '0').replace(/^0+(?=\d)/, '')}.${padded.slice(-6)}${fraction}`;
  return `${negative ? '-' : ''}${millions}`;
}

/**
 * "297,5 mio." — amounts in millions with one decimal, rounded half away from zero. `maxFractionDigits`
 * above `fractionDigits` shows more decimals only where the amount has them (axis ticks: "1,5 mio."
 * beside "2 mio.", where rounding to whole millions labelled both "2 mio.").
 */
export function formatMillions(
  amount: DecimalString,
  locale = 'da-DK',
  suffix = 'mio.',
  fractionDigits = 1,
  maxFractionDigits = fractionDigits,
): string {
  const text = numberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: maxFractionDigits }).format(
    asNumeric(toMillions(amount)),
  );
  return `${text} ${suffix}`;
}

/** A rate such as "0.9250" as "92,5 %". */
export function formatRate(rate: DecimalString, locale = 'da-DK'): string {
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(asNumeric(rate));
}

export function formatNumber(value: DecimalString, locale = 'da-DK', maximumFractionDigits = 1): string {
  return numberFormat(locale, { maximumFractionDigits }).format(asNumeric(value));
}

/** A calendar date "2027-06-30" in the locale's medium style, never shifted by the time zone. */
export function formatDate(date: string, locale = 'da-DK'): string {
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utcMidnight(date));
}

export function formatDateTime(instant: string, locale = 'da-DK'): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

/** Numeric value of a decimal string for chart geometry only (never for shown amounts or sums). */
export function chartValue(amount: DecimalString): number {
  return Number(amount);
}
