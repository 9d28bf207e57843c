import fc from 'fast-check';
import { xoroshiro128plus } from 'pure-rand';
import { Decimal } from '../decimal.js';
import { netPresentValue, yearlyCashFlows } from '../cash-flow.js';
import { drawPert, pertMean, simulateNpv, type SimulationProject, threePointProblem } from '../simulation.js';

// The docs/domain.md worked example: budget 2025–2027, benefits 2026–2028, NPV 698,139.51 at r = 0.04.
const worked = (spread: boolean): SimulationProject => ({
  id: 'p',
  costs: [
    { id: 'c1', fiscalYear: 2025, mostLikely: '2000000', low: spread ? '1800000' : null, high: spread ? '3000000' : null },
    { id: 'c2', fiscalYear: 2026, mostLikely: '1000000' },
    { id: 'c3', fiscalYear: 2027, mostLikely: '200000' },
  ],
  benefits: [
    { id: 'b1', fiscalYear: 2026, mostLikely: '500000', low: spread ? '200000' : undefined, high: spread ? '550000' : undefined },
    { id: 'b2', fiscalYear: 2027, mostLikely: '1500000' },
    { id: 'b3', fiscalYear: 2028, mostLikely: '1500000' },
    { id: 'h', fiscalYear: 2027, mostLikely: '800000' },
    { id: 'd', fiscalYear: 2026, mostLikely: '-100000' },
  ],
});

describe('risk-adjusted business case (Monte-Carlo NPV)', () => {
  it('with no spread anywhere: P10 = P50 = P90 = mean = the NPV to the øre', () => {
    const result = simulateNpv([worked(false)], '0.04', 1000, 7);
    expect(result.npv.toFixed(2)).toBe('698139.51');
    for (const p of [result.p10, result.p50, result.p90, result.mean]) expect(p.equals(result.npv)).toBe(true);
    expect(result.probabilityPositive.toFixed()).toBe('1');
    expect(result.uncertainLines).toBe(0);
    expect(result.histogram).toEqual([{ from: result.npv, to: result.npv, count: 1000 }]);
  });

  it('is deterministic for a seed and independent of the order of the lines', () => {
    const a = simulateNpv([worked(true)], '0.04', 2000, 42);
    const shuffled = { ...worked(true), costs: [...worked(true).costs].reverse(), benefits: [...worked(true).benefits].reverse() };
    const b = simulateNpv([shuffled], '0.04', 2000, 42);
    expect(b).toEqual(a);
    expect(simulateNpv([worked(true)], '0.04', 2000, 43).p50.equals(a.p50)).toBe(false);
  });

  it('moves the distribution the way the ranges lean (worked by hand)', () => {
    // Cost 2025 PERT(1.8 M, 2.0 M, 3.0 M): mean 2,133,333.33, so 133,333.33 more cost in the base year.
    // Benefit 2026 PERT(200k, 500k, 550k): mean 458,333.33, 41,666.67 less, discounted by 1.04.
    // Expected mean NPV = 698,139.51 − 133,333.33 − 41,666.67 / 1.04 (40,064.10) = 524,742.07.
    const result = simulateNpv([worked(true)], '0.04', 100_000, 1);
    const expected = new Decimal('698139.51')
      .minus(pertMean('1800000', '2000000', '3000000').minus('2000000'))
      .minus(pertMean('200000', '500000', '550000').minus('500000').negated().dividedBy('1.04'));
    expect(expected.toFixed(2)).toBe('524742.07');
    expect(result.mean.minus(expected).abs().lessThan(3000)).toBe(true); // ±0.6 % with 100,000 draws
    expect(result.p10.lessThan(result.p50) && result.p50.lessThan(result.p90)).toBe(true);
    expect(result.p90.lessThanOrEqualTo(result.npv.plus(200000 + 50000 / 1.04))).toBe(true); // at best: the cost low and the benefit high
    expect(result.probabilityPositive.greaterThan('0.8') && result.probabilityPositive.lessThan(1)).toBe(true);
    expect(result.uncertainLines).toBe(2);
    expect(result.histogram.reduce((n, b) => n + b.count, 0)).toBe(100_000);
  });

  it('draws PERT values within the range with the PERT mean', () => {
    const rng = xoroshiro128plus(5);
    const uniform = () => (rng.unsafeNext() >>> 0) / 4294967296;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < 50_000; i++) {
      const x = drawPert(-20, 0, 50, uniform);
      min = Math.min(min, x);
      max = Math.max(max, x);
      sum += x;
    }
    expect(min).toBeGreaterThanOrEqual(-20);
    expect(max).toBeLessThanOrEqual(50);
    expect(Math.abs(sum / 50_000 - pertMean(-20, 0, 50).toNumber())).toBeLessThan(0.2); // 4 standard errors (σ ≈ 11.7)
  });

  it('checks three-point estimates: low ≤ most likely ≤ high', () => {
    expect(threePointProblem('90', '100', '120')).toBeUndefined();
    expect(threePointProblem(null, '100', undefined)).toBeUndefined();
    expect(threePointProblem('101', '100', null)).toEqual({ field: 'low', problem: 'must not exceed the most likely value 100' });
    expect(threePointProblem(null, '100', '99.99')?.field).toBe('high');
  });

  const money = fc.integer({ min: 0, max: 50_000_000_00 }).map((c) => new Decimal(c).dividedBy(100));
  const line = (id: string) =>
    fc
      .record({ year: fc.integer({ min: 2024, max: 2032 }), m: money, down: money, up: money, spread: fc.boolean() })
      .map(({ year, m, down, up, spread }) => ({
        id,
        fiscalYear: year,
        mostLikely: m.toFixed(2),
        low: spread ? m.minus(down.dividedBy(4)).toFixed(2) : null,
        high: spread ? m.plus(up.dividedBy(4)).toFixed(2) : null,
      }));
  const project = fc.record({
    costs: fc.array(
      fc.nat(1000).chain((n) => line(`c${n}`)),
      { maxLength: 6 },
    ),
    benefits: fc.array(
      fc.nat(1000).chain((n) => line(`b${n}`)),
      { maxLength: 6 },
    ),
  });

  it('orders the percentiles and equals the NPV without spread, on generated projects (property)', () => {
    fc.assert(
      fc.property(fc.array(project, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (generated, seed) => {
        const projects = generated.map((p, i) => ({ id: `p${i}`, ...p }));
        const result = simulateNpv(projects, '0.04', 300, seed);
        expect(result.p10.lessThanOrEqualTo(result.p50) && result.p50.lessThanOrEqualTo(result.p90)).toBe(true);
        expect(simulateNpv(projects, '0.04', 300, seed)).toEqual(result);
        const exact = projects.reduce(
          (s, p) =>
            s.plus(
              netPresentValue(
                yearlyCashFlows(
                  p.costs.map((c) => ({ fiscalYear: c.fiscalYear, amount: c.mostLikely })),
                  p.benefits.map((b) => ({ fiscalYear: b.fiscalYear, amount: b.mostLikely })),
                ),
                '0.04',
              ),
            ),
          new Decimal(0),
        );
        expect(result.npv.equals(exact)).toBe(true);
        const flat = projects.map((p) => ({
          ...p,
          costs: p.costs.map((c) => ({ ...c, low: null, high: null })),
          benefits: p.benefits.map((b) => ({ ...b, low: null, high: null })),
        }));
        const still = simulateNpv(flat, '0.04', 50, seed);
        expect([still.p10, still.p50, still.p90].every((p) => p.toFixed(2) === exact.toFixed(2))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses an iteration count outside 1–100,000', () => {
    expect(() => simulateNpv([], '0.04', 0)).toThrow(RangeError);
    expect(() => simulateNpv([], '0.04', 100_001)).toThrow(RangeError);
  });
});
