import { isValidCvr, isValidOrgNr, normaliseRegisterNumber } from '../organisation-identifiers.js';

describe('register numbers with check digits', () => {
  it('accepts a CVR whose weighted sum is divisible by 11 and refuses one digit off', () => {
    // 2·2 + 7·9 + 6·1 + 5·9 + 4·0 + 3·9 + 2·2 + 1·5 = 154 = 14 · 11
    expect(isValidCvr('29190925')).toBe(true);
    expect(isValidCvr('29190926')).toBe(false);
    expect(isValidCvr('09190925')).toBe(false);
    expect(isValidCvr('2919092')).toBe(false);
  });

  it('accepts an organisasjonsnummer whose last digit is the mod-11 check and refuses one digit off', () => {
    // 3·9 + 2·7 + 7·4 + 6·7 + 5·6 + 4·0 + 3·6 + 2·7 = 173; 173 mod 11 = 8; 11 − 8 = 3
    expect(isValidOrgNr('974760673')).toBe(true);
    expect(isValidOrgNr('974760672')).toBe(false);
    expect(isValidOrgNr('97476067')).toBe(false);
  });

  it('removes the spaces and dots people type', () => {
    expect(normaliseRegisterNumber(' 29 19 09 25 ')).toBe('29190925');
    expect(normaliseRegisterNumber('974.760.673')).toBe('974760673');
  });
});
