import { describe, expect, it } from 'vitest';
import { addMoney, cumulative, subtractMoney } from './money';

describe('exact money on screen', () => {
  it('adds without float errors', () => {
    expect(addMoney('0.10', '0.20')).toBe('0.30');
    expect(addMoney('297450000.00', '-0.01')).toBe('297449999.99');
    expect(subtractMoney('-600000.00', '2100000.00')).toBe('-2700000.00');
  });

  it('keeps running totals (the worked example: −2.0 M, −2.6 M, −0.5 M, +1.0 M)', () => {
    expect(cumulative(['-2000000.00', '-600000.00', '2100000.00', '1500000.00'])).toEqual([
      '-2000000.00',
      '-2600000.00',
      '-500000.00',
      '1000000.00',
    ]);
  });
});
