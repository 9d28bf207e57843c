import { describe, expect, it } from 'vitest';
import { formatMillions, formatMoney } from './format';

const normalise = (s: string) => s.replace(/\s/g, ' ');

describe('formatMoney', () => {
  it('formats Danish kroner without decimals by default', () => {
    expect(normalise(formatMoney('297450000.00', 'DKK'))).toBe('297.450.000 kr.');
  });

  it('keeps every digit of large amounts and rounds half up at the øre', () => {
    expect(normalise(formatMoney('99999999999999.50', 'DKK'))).toBe('100.000.000.000.000 kr.');
    expect(normalise(formatMoney('1234.49', 'DKK'))).toBe('1.234 kr.');
  });

  it('formats negative amounts and other currencies', () => {
    expect(normalise(formatMoney('-12337.50', 'DKK', 'da-DK', 2))).toBe('-12.337,50 kr.');
    expect(normalise(formatMoney('143800000.00', 'NOK', 'nb-NO'))).toBe('143 800 000 kr');
  });
});

describe('formatMillions', () => {
  it('shows millions with one decimal', () => {
    expect(formatMillions('297450000.00')).toBe('297,5 mio.');
    expect(formatMillions('3620000.00')).toBe('3,6 mio.');
  });
});
