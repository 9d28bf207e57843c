import { xoroshiro128plus } from 'pure-rand';
import { yearlyCashFlows, netPresentValue, type YearAmount } from './cash-flow.js';
import { Decimal } from './decimal.js';

// Risk-adjusted business case (issue 15): budget lines and benefit targets may carry a low and a high
// estimate beside the most likely one, as the Danish state business-case model asks for. A Monte-Carlo
// simulation draws each uncertain line from a Beta-PERT distribution (λ = 4) and reports the spread
// of the NPV. Lines are drawn independently of each other.
//
// Money stays exact where nothing is uncertain: an iteration's NPV is the exact NPV of the most likely
// values plus the discounted sum of the drawn deviations (floats, from uncertain lines only). With no
// spread anywhere every deviation is 0, so P10 = P50 = P90 = the NPV to the øre.

export const SIMULATION_DEFAULT_ITERATIONS = 10_000;
export const SIMULATION_MAX_ITERATIONS = 100_000;
export const SIMULATION_DEFAULT_SEED = 2026;
export const SIMULATION_MAX_SEED = 2 ** 31 - 1;
const HISTOGRAM_BINS = 20;

/** A planned amount with its optional range; null/undefined low or high means "the most likely". */
export interface ThreePointAmount {
  /** Orders the draws, so a seed gives the same result whatever order the rows arrive in. */
  id: string;
  fiscalYear: number;
  mostLikely: Decimal.Value;
  low?: Decimal.Value | null;
  high?: Decimal.Value | null;
}

/** One project's planned flows: costs (budget lines) and monetised benefits (signed, dis-benefits negative). */
export interface SimulationProject {
  id: string;
  costs: ThreePointAmount[];
  benefits: ThreePointAmount[];
}

export interface SimulationResult {
  iterations: number;
  seed: number;
  /** The deterministic NPV of the most likely values. */
  npv: Decimal;
  p10: Decimal;
  p50: Decimal;
  p90: Decimal;
  mean: Decimal;
  /** Share of iterations with NPV > 0. */
  probabilityPositive: Decimal;
  /** Lines with a spread (low < most likely or high > most likely). */
  uncertainLines: number;
  histogram: { from: Decimal; to: Decimal; count: number }[];
}

/** Why a three-point estimate is not acceptable, or undefined: low ≤ most likely ≤ high. */
export function threePointProblem(
  low: Decimal.Value | null | undefined,
  mostLikely: Decimal.Value,
  high: Decimal.Value | null | undefined,
): { field: 'low' | 'high'; problem: string } | undefined {
  if (low !== null && low !== undefined && new Decimal(low).greaterThan(mostLikely))
    return { field: 'low', problem: `must not exceed the most likely value ${new Decimal(mostLikely).toFixed()}` };
  if (high !== null && high !== undefined && new Decimal(high).lessThan(mostLikely))
    return { field: 'high', problem: `must not be below the most likely value ${new Decimal(mostLikely).toFixed()}` };
  return undefined;
}

/** The mean of PERT(a, m, b) with λ = 4: (a + 4m + b) / 6. */
export function pertMean(low: Decimal.Value, mostLikely: Decimal.Value, high: Decimal.Value): Decimal {
  return new Decimal(low).plus(new Decimal(mostLikely).times(4)).plus(high).dividedBy(6);
}

/**
 * Uniform doubles in [0, 1) from pure-rand's xoroshiro128+ (seeded, reproducible); 32 bits per draw
 * are plenty for a simulation and halve the generator's work.
 */
function uniformSource(seed: number): () => number {
  const rng = xoroshiro128plus(seed);
  return () => (rng.unsafeNext() >>> 0) / 4294967296;
}

/** Standard normals by Marsaglia's polar method, which yields two per accepted pair (the second is kept). */
function normalSource(uniform: () => number): () => number {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    for (;;) {
      const u = 2 * uniform() - 1;
      const v = 2 * uniform() - 1;
      const s = u * u + v * v;
      if (s === 0 || s >= 1) continue;
      const f = Math.sqrt((-2 * Math.log(s)) / s);
      spare = v * f;
      hasSpare = true;
      return u * f;
    }
  };
}

/** Marsaglia and Tsang's (2000) constants for Gamma(shape ≥ 1). */
interface GammaShape {
  d: number;
  c: number;
}

function gammaShape(shape: number): GammaShape {
  const d = shape - 1 / 3;
  return { d, c: 1 / Math.sqrt(9 * d) };
}

/** Gamma(shape ≥ 1, 1) by Marsaglia and Tsang (2000). */
function gamma({ d, c }: GammaShape, normal: () => number, uniform: () => number): number {
  for (;;) {
    const x = normal();
    const v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const u = uniform();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** The Beta shapes of PERT(a, m, b), a ≤ m ≤ b, a < b: 1 + 4(m − a)/(b − a) and 1 + 4(b − m)/(b − a). */
function pertShapes(a: number, m: number, b: number): [GammaShape, GammaShape] {
  return [gammaShape(1 + (4 * (m - a)) / (b - a)), gammaShape(1 + (4 * (b - m)) / (b - a))];
}

/** A draw from PERT(a, m, b): a + (b − a) · X / (X + Y), X ~ Gamma(α), Y ~ Gamma(β). */
export function drawPert(a: number, m: number, b: number, uniform: () => number, normal = normalSource(uniform)): number {
  const [alpha, beta] = pertShapes(a, m, b);
  const x = gamma(alpha, normal, uniform);
  const y = gamma(beta, normal, uniform);
  return a + (b - a) * (x / (x + y));
}

interface UncertainTerm {
  /** Range relative to the most likely value: low − m ≤ 0 ≤ high − m. */
  below: number;
  above: number;
  alpha: GammaShape;
  beta: GammaShape;
  /** ±1 / (1 + r)^(t − t₀): the deviation's weight in the NPV (costs negative). */
  weight: number;
}

function termsOf(project: SimulationProject, discountRate: Decimal.Value): UncertainTerm[] {
  const years = [...project.costs, ...project.benefits].map((l) => l.fiscalYear);
  if (years.length === 0) return [];
  const t0 = Math.min(...years);
  const factor = 1 + Number(discountRate);
  const terms: UncertainTerm[] = [];
  const add = (lines: ThreePointAmount[], sign: 1 | -1) => {
    for (const line of [...lines].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) {
      const m = new Decimal(line.mostLikely);
      const low = line.low === null || line.low === undefined ? 0 : new Decimal(line.low).minus(m).toNumber();
      const high = line.high === null || line.high === undefined ? 0 : new Decimal(line.high).minus(m).toNumber();
      if (low === 0 && high === 0) continue;
      // Monetising a dis-benefit negates all three values, which swaps low and high.
      const below = Math.min(low, high, 0);
      const above = Math.max(low, high, 0);
      const [alpha, beta] = pertShapes(below, 0, above);
      terms.push({ below, above, alpha, beta, weight: sign / factor ** (line.fiscalYear - t0) });
    }
  };
  add(project.costs, -1);
  add(project.benefits, 1);
  return terms;
}

const amounts = (lines: ThreePointAmount[]): YearAmount[] => lines.map((l) => ({ fiscalYear: l.fiscalYear, amount: l.mostLikely }));

/**
 * Monte-Carlo NPV of one project or a portfolio (the sum of its projects' NPVs, each discounted from
 * its own first year). Deterministic for a given seed; percentiles by nearest rank on the sorted
 * iterations, so p10 ≤ p50 ≤ p90 always.
 */
export function simulateNpv(
  projects: SimulationProject[],
  discountRate: Decimal.Value,
  iterations = SIMULATION_DEFAULT_ITERATIONS,
  seed = SIMULATION_DEFAULT_SEED,
): SimulationResult {
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > SIMULATION_MAX_ITERATIONS)
    throw new RangeError(`iterations must be 1–${SIMULATION_MAX_ITERATIONS}`);
  const ordered = [...projects].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const npv = ordered.reduce(
    (sum, p) => sum.plus(netPresentValue(yearlyCashFlows(amounts(p.costs), amounts(p.benefits)), discountRate)),
    new Decimal(0),
  );
  const terms = ordered.flatMap((p) => termsOf(p, discountRate));
  const uniform = uniformSource(seed);
  const normal = normalSource(uniform);
  const deviations = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    let deviation = 0;
    for (const term of terms) {
      const x = gamma(term.alpha, normal, uniform);
      const y = gamma(term.beta, normal, uniform);
      deviation += term.weight * (term.below + (term.above - term.below) * (x / (x + y)));
    }
    deviations[i] = deviation;
  }
  deviations.sort();
  const at = (share: number) => npv.plus(deviations[Math.max(0, Math.ceil(share * iterations) - 1)]!);
  const threshold = npv.negated().toNumber();
  let positive = 0;
  let sum = 0;
  for (const deviation of deviations) {
    sum += deviation;
    if (deviation > threshold) positive++;
  }
  return {
    iterations,
    seed,
    npv,
    p10: at(0.1),
    p50: at(0.5),
    p90: at(0.9),
    mean: npv.plus(sum / iterations),
    probabilityPositive: new Decimal(positive).dividedBy(iterations),
    uncertainLines: terms.length,
    histogram: histogram(deviations, npv),
  };
}

/** Equal-width bins from the smallest to the largest iteration (one bin when all are equal). */
function histogram(sorted: Float64Array, npv: Decimal): SimulationResult['histogram'] {
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  if (min === max) return [{ from: npv.plus(min), to: npv.plus(max), count: sorted.length }];
  const width = (max - min) / HISTOGRAM_BINS;
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const value of sorted) counts[Math.min(HISTOGRAM_BINS - 1, Math.floor((value - min) / width))]!++;
  return counts.map((count, i) => ({
    from: npv.plus(min + i * width),
    to: npv.plus(i === HISTOGRAM_BINS - 1 ? max : min + (i + 1) * width),
    count,
  }));
}
