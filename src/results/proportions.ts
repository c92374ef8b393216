/**
 * Intervals for proportions estimated from replications (a quota's breach probability, the share of
 * runs with a refused placement), chosen to behave near 0 and 1 where the planner's questions live
 * ("is it under 5 %?"): never the Wald interval p̂ ± z·√(p̂(1−p̂)/n), which collapses to a point at
 * 0/n and n/n and undercovers near the edges.
 *
 * - Wilson score interval (Wilson 1927) for one proportion: what every table shows.
 * - Clopper–Pearson (exact, from beta quantiles) one-sided bounds: coverage at least nominal for
 *   every p and n, used where a decision must be provably sound (the recommender's stopping rule).
 * - Newcombe's square-and-add interval for the difference of two PAIRED proportions (Newcombe 1998,
 *   Statist. Med. 17:2635, method 10; the correlation term with the N/2 threshold as in Altman et al.,
 *   "Statistics with confidence", and Fagerland, Lydersen & Laake 2017, ch. 8): replications of two
 *   options run with common random numbers are pairs, so the difference is taken pair by pair.
 */
import { normInv } from '../model/network/normal.ts';
import { betaQuantile } from './betaFunctions.ts';

export interface ProportionEstimate {
  /** Replications in which the event happened, and how many were run. */
  successes: number;
  n: number;
  /** successes ÷ n (0 when n = 0). */
  estimate: number;
  /** Two-sided interval at `confidence` (Wilson score). */
  low: number;
  high: number;
}

/** Two-sided z for a confidence level, e.g. 0.95 → 1.959964. */
export function zTwoSided(confidence: number): number {
  return normInv(1 - (1 - confidence) / 2);
}

function wilsonBounds(successes: number, n: number, z: number): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  // At 0/n and n/n the bound is exact arithmetic; clamp rounding so 0 and 1 stay inside.
  return {
    low: successes === 0 ? 0 : Math.max(0, (centre - spread) / denominator),
    high: successes === n ? 1 : Math.min(1, (centre + spread) / denominator),
  };
}

/** The Wilson score interval for successes out of n, two-sided at `confidence` (default 95 %). */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): ProportionEstimate {
  checkCounts(successes, n);
  const { low, high } = wilsonBounds(successes, n, zTwoSided(confidence));
  return { successes, n, estimate: n === 0 ? 0 : successes / n, low, high };
}

/** Counts the true values: the successes of a sample of flags. */
export function countTrue(flags: readonly boolean[]): number {
  let k = 0;
  for (const f of flags) if (f) k++;
  return k;
}

/**
 * One-sided Clopper–Pearson upper bound: the p with P(X ≤ successes | n, p) = 1 − confidence, so
 * that P(p ≤ bound) ≥ confidence whatever p is. 1 when successes = n.
 */
export function clopperPearsonUpper(successes: number, n: number, confidence: number): number {
  checkCounts(successes, n);
  if (n === 0 || successes >= n) return 1;
  return betaQuantile(confidence, successes + 1, n - successes);
}

/** One-sided Clopper–Pearson lower bound (0 when successes = 0). */
export function clopperPearsonLower(successes: number, n: number, confidence: number): number {
  checkCounts(successes, n);
  if (n === 0 || successes <= 0) return 0;
  return betaQuantile(1 - confidence, successes, n - successes + 1);
}

export interface PairedProportionDifference {
  /** P(event | option) and P(event | reference) on the same replications. */
  rateOption: number;
  rateReference: number;
  /** rateOption − rateReference and its two-sided interval (Newcombe square-and-add, paired). */
  difference: number;
  low: number;
  high: number;
  n: number;
}

/**
 * Newcombe's paired interval for rate(option) − rate(reference), flags paired by replication. The
 * 2×2 table: both, option only, reference only, neither. When one margin is empty the correlation
 * term is 0 (the square-and-add of the two Wilson intervals).
 */
export function newcombePairedDifference(
  reference: readonly boolean[],
  option: readonly boolean[],
  confidence = 0.95,
): PairedProportionDifference {
  if (reference.length !== option.length || reference.length === 0)
    throw new Error('paired comparison needs equal, non-empty samples');
  const n = reference.length;
  let both = 0;
  let optionOnly = 0;
  let referenceOnly = 0;
  for (let i = 0; i < n; i++) {
    if (option[i] && reference[i]) both++;
    else if (option[i]) optionOnly++;
    else if (reference[i]) referenceOnly++;
  }
  const neither = n - both - optionOnly - referenceOnly;
  const x1 = both + optionOnly;
  const x2 = both + referenceOnly;
  const p1 = x1 / n;
  const p2 = x2 / n;
  const z = zTwoSided(confidence);
  const w1 = wilsonBounds(x1, n, z);
  const w2 = wilsonBounds(x2, n, z);
  let psi = 0;
  if (x1 > 0 && x1 < n && x2 > 0 && x2 < n) {
    const product = x1 * (n - x1) * x2 * (n - x2);
    const a = both * neither - optionOnly * referenceOnly;
    if (a > n / 2) psi = (a - n / 2) / Math.sqrt(product);
    else if (a < 0) psi = a / Math.sqrt(product);
  }
  const d1 = p1 - w1.low;
  const u1 = w1.high - p1;
  const d2 = p2 - w2.low;
  const u2 = w2.high - p2;
  const difference = p1 - p2;
  return {
    rateOption: p1,
    rateReference: p2,
    difference,
    low: Math.max(-1, difference - Math.sqrt(Math.max(0, d1 * d1 + u2 * u2 - 2 * psi * d1 * u2))),
    high: Math.min(1, difference + Math.sqrt(Math.max(0, d2 * d2 + u1 * u1 - 2 * psi * d2 * u1))),
    n,
  };
}

function checkCounts(successes: number, n: number): void {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(successes) || successes < 0 || successes > n)
    throw new RangeError(`expected 0 ≤ successes ≤ n (whole numbers), got ${successes} of ${n}`);
}
