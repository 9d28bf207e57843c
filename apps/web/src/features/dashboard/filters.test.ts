import { describe, expect, it } from 'vitest';
import { filterFromParams, hasFilter } from './filters';

describe('dashboard filters in the URL', () => {
  it('reads repeated parameters as lists and drops empty ones', () => {
    const filter = filterFromParams(new URLSearchParams('programme=p1&track=t1&track=t2&phase=EXECUTION&sector=&q=%20flyt%20'));
    expect(filter).toEqual({ trackIds: ['t1', 't2'], phases: ['EXECUTION'], search: 'flyt' });
    expect(hasFilter(filter)).toBe(true);
  });

  it('is empty without filter parameters', () => {
    expect(hasFilter(filterFromParams(new URLSearchParams('programme=p1')))).toBe(false);
  });
});
