import fc from 'fast-check';
import { npvPerKrone, rankProposals } from '../proposal-ranking.js';

describe('NPV per krone of programme co-funding', () => {
  it('divides the NPV by the co-funding asked for, by hand', () => {
    // 698,139.51 kr NPV for 1,600,000 kr of co-funding (half of a 3,200,000 kr budget) = 0.43633…
    expect(npvPerKrone('698139.51', '1600000.00')!.toFixed(4)).toBe('0.4363');
    // A negative NPV stays negative: -250,000 ÷ 500,000 = -0.5.
    expect(npvPerKrone('-250000', '500000')!.toFixed()).toBe('-0.5');
  });

  it('is undefined when no co-funding is asked for', () => {
    expect(npvPerKrone('100000', '0')).toBeUndefined();
  });

  it('ranks best first, proposals without co-funding last, ties by code', () => {
    const ranked = rankProposals([
      { code: 'P-4', npv: '900000', coFunding: '0' },
      { code: 'P-3', npv: '100000', coFunding: '1000000' }, // 0.1
      { code: 'P-2', npv: '300000', coFunding: '600000' }, // 0.5
      { code: 'P-1', npv: '50000', coFunding: '500000' }, // 0.1, ties with P-3
      { code: 'P-5', npv: '-200000', coFunding: '400000' }, // -0.5
    ]);
    expect(ranked.map((r) => r.proposal.code)).toEqual(['P-2', 'P-1', 'P-3', 'P-5', 'P-4']);
    expect(ranked.map((r) => r.npvPerKrone?.toFixed(1) ?? null)).toEqual(['0.5', '0.1', '0.1', '-0.5', null]);
  });

  it('orders by non-increasing value for any proposals', () => {
    const amount = fc.integer({ min: -10_000_000, max: 10_000_000 }).map(String);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ code: fc.string({ maxLength: 4 }), npv: amount, coFunding: fc.integer({ min: 0, max: 5_000_000 }).map(String) }),
        ),
        (proposals) => {
          const values = rankProposals(proposals).map((r) => r.npvPerKrone);
          const firstMissing = values.findIndex((v) => v === undefined);
          if (firstMissing >= 0) expect(values.slice(firstMissing).every((v) => v === undefined)).toBe(true);
          const present = values.filter((v) => v !== undefined);
          for (let i = 1; i < present.length; i++) expect(present[i - 1]!.greaterThanOrEqualTo(present[i]!)).toBe(true);
        },
      ),
    );
  });
});
