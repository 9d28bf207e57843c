import { describe, expect, it } from 'vitest';
import { parseSearch, validateFilterSearch } from '../../router/search';
import { filterFromSearch, filterQuery, hasFilter, withoutFilters } from './filters';

const T1 = '11111111-1111-4111-8111-111111111111';
const T2 = '22222222-2222-4222-8222-222222222222';
const fromUrl = (query: string) => validateFilterSearch(parseSearch(query));

describe('dashboard filters in the URL', () => {
  it('reads repeated parameters as lists and drops empty ones', () => {
    const filter = filterFromSearch(fromUrl(`programme=p1&track=${T1}&track=${T2}&phase=EXECUTION&sector=&q=%20flyt%20`));
    expect(filter).toEqual({ trackIds: [T1, T2], phases: ['EXECUTION'], search: 'flyt' });
    expect(hasFilter(filter)).toBe(true);
  });

  it('drops values the server does not know instead of sending them', () => {
    expect(filterFromSearch(fromUrl('track=not-an-id&phase=BOGUS&phase=EXECUTION&sector=MUNICIPALITY&life=NOPE'))).toEqual({
      phases: ['EXECUTION'],
      partnerSectors: ['MUNICIPALITY'],
    });
  });

  it('is empty without filter parameters', () => {
    expect(hasFilter(filterFromSearch(fromUrl('programme=p1')))).toBe(false);
  });

  it('passes only the filter parameters on, in the server’s names', () => {
    expect(
      filterQuery(fromUrl(`programme=p1&track=${T1}&track=${T2}&phase=EXECUTION&sector=&life=BIRTH&component=MITID&q=flyt&tab=x`)),
    ).toBe(`track=${T1}&track=${T2}&phase=EXECUTION&life=BIRTH&component=MITID&q=flyt`);
    expect(filterQuery(fromUrl('programme=p1'))).toBe('');
  });

  it('clears every filter and keeps the rest', () => {
    expect(withoutFilters({ programme: 'p', track: [T1], q: 'x', p: 3 })).toEqual({ programme: 'p', p: 3 });
  });
});
