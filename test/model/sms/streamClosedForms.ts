/**
 * Closed forms for the SMS tests, written here independently of the model (test-only):
 * Erlang's 1909 M/D/1 waiting-time distribution in its original alternating form, evaluated in
 * 60-digit decimals (its terms cancel), Erlang C by the textbook sum, and the quantile of a
 * survival function by bisection; plus per-message helpers (Poisson hours, batch-means intervals).
 */
import DecimalBase from 'decimal.js';
import { RandomStream } from '../../../src/engine/random.ts';

const D60 = DecimalBase.clone({ precision: 60 });

/** M/D/1, service time 1: P(W > x) = 1 − (1 − ρ) Σ_{k=0}^{⌊x⌋} e^{ρ(x−k)} (−ρ(x−k))^k ÷ k!. */
export function erlangMd1Survival(rho: number, x: number): number {
  if (x < 0) return 1;
  const r = new D60(rho);
  const X = new D60(x);
  let sum = new D60(0);
  let factorial = new D60(1);
  for (let k = 0; k <= Math.floor(x); k++) {
    if (k > 0) factorial = factorial.times(k);
    const t = X.minus(k);
    sum = sum.plus(r.times(t).exp().times(r.times(t).negated().pow(k)).dividedBy(factorial));
  }
  return new D60(1).minus(new D60(1).minus(r).times(sum)).toNumber();
}

/** Erlang C, P(wait) in M/M/c with offered load a = cρ: the textbook ratio of sums. */
export function erlangCTextbook(c: number, rho: number): number {
  const a = c * rho;
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const last = (term * a) / c / (1 - rho);
  return last / (sum + last);
}

/** x with survival(x) = p, for a nonincreasing survival, by bisection on [0, hi]. */
export function survivalQuantile(survival: (x: number) => number, p: number, hi: number): number {
  let lo = 0;
  let up = hi;
  for (let i = 0; i < 80; i++) {
    const mid = 0.5 * (lo + up);
    if (survival(mid) > p) lo = mid;
    else up = mid;
  }
  return 0.5 * (lo + up);
}

/** Mean and 95 % t half-width of a sample (n ≥ 2; t from a small table, else 1.96). */
export function interval95(xs: readonly number[]): { mean: number; half: number } {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  const t = n === 20 ? 2.093 : n === 30 ? 2.045 : n === 40 ? 2.023 : 1.96;
  return { mean, half: (t * sd) / Math.sqrt(n) };
}

/** `days` Poisson counts around `mean`, from a seeded stream. */
export function poissonDays(mean: number, days: number, seed: number): Float64Array {
  const rng = new RandomStream(seed);
  return Float64Array.from({ length: days }, () => rng.poisson(mean));
}

/** Hourly Poisson counts around `perHour[h % 24]` for `days` days, from a seeded stream. */
export function poissonHours(perHour: readonly number[], days: number, seed: number): Float64Array {
  const rng = new RandomStream(seed);
  const counts = new Float64Array(days * 24);
  for (let i = 0; i < counts.length; i++) {
    const mean = perHour[i % 24];
    counts[i] = mean > 0 ? rng.poisson(mean) : 0;
  }
  return counts;
}

/**
 * Arrival times (s, sorted) of a Poisson process with these hourly counts (uniform inside each
 * hour given its count), plus `batch[i]` messages at the start of hour i.
 */
export function arrivalTimes(counts: Float64Array, seed: number, batch?: Float64Array): Float64Array {
  const rng = new RandomStream(seed);
  const out: number[] = [];
  for (let i = 0; i < counts.length; i++) {
    const t0 = i * 3600;
    const b = batch ? Math.round(batch[i]) : 0;
    for (let k = 0; k < b; k++) out.push(t0);
    for (let k = 0; k < counts[i]; k++) out.push(t0 + 3600 * rng.next());
  }
  return Float64Array.from(out).sort();
}
