import { describe, expect, it } from 'vitest';
import { parseDecimal, parseMoney } from './use-form';

describe('parsing typed amounts', () => {
  it('reads Danish, Norwegian and English styles into exact decimal strings', () => {
    expect(parseMoney('1.250.000,50', 'da-DK')).toBe('1250000.50');
    expect(parseMoney('1 250 000,5', 'nb-NO')).toBe('1250000.5');
    expect(parseMoney('1,250,000.50', 'en-GB')).toBe('1250000.50');
    expect(parseMoney('400000', 'da-DK')).toBe('400000');
  });

  it('refuses what is not an amount', () => {
    expect(parseMoney('12,345', 'da-DK')).toBeNull(); // three decimals
    expect(parseMoney('abc', 'da-DK')).toBeNull();
    expect(parseMoney('', 'da-DK')).toBeNull();
    expect(parseDecimal('1,5', 'da-DK')).toBe('1.5');
    expect(parseDecimal('-0,25', 'nb-NO')).toBe('-0.25');
  });
});
