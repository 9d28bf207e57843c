import { describe, expect, it } from 'vitest';
import {
  FILTER_KEYS,
  parseSearch,
  stringifySearch,
  validateAppSearch,
  validatePeriodSearch,
  validateRegisterSearch,
  validateFilterSearch,
  validateRiskSearch,
} from './search';

const P = '0f8a4e5c-1b2d-4c3e-8f9a-0b1c2d3e4f5a';

describe('the query string', () => {
  it('reads a repeated key as a list and writes it back the same way', () => {
    const raw = parseSearch('?track=a&track=b&q=flyt%20ud');
    expect(raw).toEqual({ track: ['a', 'b'], q: 'flyt ud' });
    expect(stringifySearch(raw)).toBe('?track=a&track=b&q=flyt+ud');
  });

  it('leaves out empty values and writes true as 1', () => {
    expect(stringifySearch({ a: undefined, b: '', c: [], d: false, e: true, f: 0 })).toBe('?e=1&f=0');
    expect(stringifySearch({})).toBe('');
  });
});

describe('each page checks its own keys', () => {
  it('answers every key it owns, so that a raw value it refused cannot show through', () => {
    // The router lays the page's answer over the raw query string.
    const raw = parseSearch("phase=NO_SUCH_PHASE&track=1' OR 1=1&q=%20");
    const seen = { ...raw, ...validateFilterSearch(raw) };
    for (const key of FILTER_KEYS) expect(seen[key]).toBeUndefined();
  });

  it('keeps a programme only when it is an id', () => {
    expect(validateAppSearch(parseSearch(`programme=${P.toUpperCase()}`))).toEqual({ programme: P });
    expect(validateAppSearch(parseSearch("programme=1' OR 1=1--"))).toEqual({});
  });

  it('reads a heat-map cell on the scale 1–5 and nothing else', () => {
    expect(validateRiskSearch(parseSearch('p=3&i=5&residual=1&phase=EXECUTION'))).toEqual({
      p: 3,
      i: 5,
      residual: true,
      phase: ['EXECUTION'],
    });
    expect(validateRiskSearch(parseSearch('p=0&i=6&residual=yes'))).toEqual({});
  });

  it('takes a known country and sector in the register, trims the search and bounds its length', () => {
    expect(validateRegisterSearch(parseSearch('q=%20Aarhus%20&country=DK&sector=MUNICIPALITY'))).toEqual({
      q: 'Aarhus',
      country: 'DK',
      sector: 'MUNICIPALITY',
    });
    expect(validateRegisterSearch(parseSearch('country=SE&sector=PIRATES'))).toEqual({});
    expect(validateRegisterSearch({ q: 'x'.repeat(1_000_000) }).q).toHaveLength(200);
  });

  it('accepts its own answer again unchanged (the router validates a link’s search too)', () => {
    const validators = [validateAppSearch, validateFilterSearch, validateRiskSearch, validateRegisterSearch, validatePeriodSearch];
    const raw = parseSearch(`programme=${P}&p=2&i=4&residual=1&phase=EXECUTION&phase=CLOSED&q=x&country=NO&sector=REGION&period=2026-H2`);
    for (const validate of validators) {
      const once = validate(raw) as Record<string, unknown>;
      expect(validate(once)).toEqual(once);
    }
  });

  it('takes a period in its published form only', () => {
    expect(validatePeriodSearch(parseSearch('period=2026-H1'))).toEqual({ period: '2026-H1' });
    expect(validatePeriodSearch(parseSearch('period=%3Cscript%3E'))).toEqual({});
  });
});
