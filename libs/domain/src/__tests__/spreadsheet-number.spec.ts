import { decimalFromSpreadsheetNumber, decimalFromSpreadsheetText } from '../spreadsheet-number.js';

describe('numbers from spreadsheet cells', () => {
  it('reads a typed amount as the decimal the user typed, not the double behind it', () => {
    expect(decimalFromSpreadsheetNumber(1234.56, 2)).toEqual({ value: '1234.56' });
    expect(decimalFromSpreadsheetNumber(0.1, 2)).toEqual({ value: '0.1' });
    expect(decimalFromSpreadsheetNumber(2500000, 2)).toEqual({ value: '2500000' });
    expect(decimalFromSpreadsheetNumber(-80000.5, 2)).toEqual({ value: '-80000.5' });
    // Spreadsheets keep 15 significant digits, so 9,999,999,999,999.99 is the largest øre-exact amount.
    expect(decimalFromSpreadsheetNumber(9999999999999.99, 2)).toEqual({ value: '9999999999999.99' });
  });

  it('removes floating-point noise that formulas leave behind', () => {
    // =0.1+0.2 in a cell is 0.30000000000000004; =1234.56*0.4 is 493.82400000000007.
    expect(decimalFromSpreadsheetNumber(0.1 + 0.2, 2)).toEqual({ value: '0.3' });
    expect(decimalFromSpreadsheetNumber(1234.56 * 0.4, 4)).toEqual({ value: '493.824' });
    expect(decimalFromSpreadsheetNumber(1234.56 * 3, 2)).toEqual({ value: '3703.68' });
  });

  it('refuses a real extra decimal instead of rounding it away', () => {
    expect(decimalFromSpreadsheetNumber(10.005, 2)).toEqual({ problem: 'must have at most 2 decimals (got 10.005)' });
    expect(decimalFromSpreadsheetNumber(1234567890.005, 2)).toEqual({ problem: 'must have at most 2 decimals (got 1234567890.005)' });
    expect(decimalFromSpreadsheetNumber(1.5, 0)).toEqual({ problem: 'must have at most 0 decimals (got 1.5)' });
    expect(decimalFromSpreadsheetNumber(Number.NaN, 2)).toEqual({ problem: 'is not a finite number' });
  });

  it('reads numbers typed as text in Nordic and English notation', () => {
    expect(decimalFromSpreadsheetText('1234.56', 2)).toEqual({ value: '1234.56' });
    expect(decimalFromSpreadsheetText('1234,56', 2)).toEqual({ value: '1234.56' });
    expect(decimalFromSpreadsheetText('1.234.567,89', 2)).toEqual({ value: '1234567.89' });
    expect(decimalFromSpreadsheetText('1 234 567,89', 2)).toEqual({ value: '1234567.89' });
    expect(decimalFromSpreadsheetText('1,234,567.89', 2)).toEqual({ value: '1234567.89' });
    expect(decimalFromSpreadsheetText('-2.000,5', 2)).toEqual({ value: '-2000.5' });
    expect(decimalFromSpreadsheetText(' 42 ', 0)).toEqual({ value: '42' });
  });

  it('says why text is not a number', () => {
    expect(decimalFromSpreadsheetText('12,34,5', 2)).toEqual({ problem: '"12,34,5" is not a number (more than one decimal comma)' });
    expect(decimalFromSpreadsheetText('1.23,4.5', 2)).toEqual({ problem: '"1.23,4.5" is not a number' });
    expect(decimalFromSpreadsheetText('12.34.56,7', 2)).toEqual({ problem: '"12.34.56,7" is not a number' });
    expect(decimalFromSpreadsheetText('1e6', 2)).toEqual({ problem: '"1e6" is not a number' });
    expect(decimalFromSpreadsheetText('kr. 100', 2)).toEqual({ problem: '"kr. 100" is not a number' });
    expect(decimalFromSpreadsheetText('1,005', 2)).toEqual({ problem: 'must have at most 2 decimals (got 1.005)' });
  });
});
