import { describe, expect, it } from 'vitest';
import { filterFromParams, filterQuery, hasFilter } from './filters';

describe('dashboard filters in the URL', () => {
  it('reads repeated parameters as lists and drops empty ones', () => {
    const filter = filterFromParams(new URLSearchParams('programme=p1&track=t1&track=t2&phase=EXECUTION&sector=&q=%20flyt%20'));
    expect(filter).toEqual({ trackIds: ['t1', 't2'], phases: ['EXECUTION'], search: 'flyt' });
    expect(hasFilter(filter)).toBe(true);
  });

  it('is empty without filter parameters', () => {
    expect(hasFilter(filterFromParams(new URLSearchParams('programme=p1')))).toBe(false);
  });

  it('passes only the filter parameters on, in the server’s names', () => {
    expect(
      filterQuery(new URLSearchParams('programme=p1&track=t1&track=t2&phase=EXECUTION&sector=&life=BIRTH&component=MITID&q=flyt&tab=x')),
    ).toBe('track=t1&track=t2&phase=EXECUTION&life=BIRTH&component=MITID&q=flyt');
    expect(filterQuery(new URLSearchParams('programme=p1'))).toBe('');
  });
});
