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

  it('labels axis ticks apart: whole millions without decimals, the rest with the ones they have', () => {
    const ticks = ['0', '500000', '1000000', '1500000', '2000000', '2250000', '5000'].map((v) => formatMillions(v, 'da-DK', 'mio.', 0, 3));
    expect(ticks).toEqual(['0 mio.', '0,5 mio.', '1 mio.', '1,5 mio.', '2 mio.', '2,25 mio.', '0,005 mio.']);
  });
});
