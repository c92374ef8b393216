/**
 * The few distribution functions the fits need, without a statistics library: Student's t (the
 * intervals of a regression with estimated noise) and the gamma (a Poisson rate's interval).
 * Continued fractions after Numerical Recipes §6.2 and §6.4 (Lentz's method); quantiles by
 * bisection on the CDF, to ~1e-12 relative. Pure functions, no randomness.
 */
import { logGamma } from '../engine/logGamma.ts';

const EPS = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 500;

/** Continued fraction of the incomplete beta function (NR `betacf`). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/** ln B(a, b)⁻¹ by (a, b): the t CDF asks for the same few pairs (one per dof) again and again. */
const LOG_INVERSE_BETA = new Map<string, number>();

function logInverseBeta(a: number, b: number): number {
  const key = `${a},${b}`;
  let value = LOG_INVERSE_BETA.get(key);
  if (value === undefined) {
    value = logGamma(a + b) - logGamma(a) - logGamma(b);
    if (LOG_INVERSE_BETA.size < 10_000) LOG_INVERSE_BETA.set(key, value);
  }
  return value;
}

/** Regularised incomplete beta I_x(a, b), 0 ≤ x ≤ 1, a, b > 0. */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logInverseBeta(a, b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** P(T ≤ t) for Student's t with `dof` degrees of freedom (dof > 0). */
export function studentTCdf(t: number, dof: number): number {
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  const tail = 0.5 * incompleteBeta(dof / (dof + t * t), dof / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

/** Smallest x with cdf(x) ≥ p, for an increasing cdf, found by widening a bracket then bisecting. */
function invert(cdf: (x: number) => number, p: number, lo: number, hi: number): number {
  let low = lo;
  let high = hi;
  while (cdf(low) > p) low = low < 0 ? low * 2 : low - 1;
  while (cdf(high) < p) high = high > 0 ? high * 2 : high + 1;
  for (let i = 0; i < 200 && high - low > 1e-12 * Math.max(1, Math.abs(low) + Math.abs(high)); i++) {
    const mid = 0.5 * (low + high);
    if (cdf(mid) < p) low = mid;
    else high = mid;
  }
  return 0.5 * (low + high);
}

/** Quantiles already computed, by (p, dof): forecasts ask for P5/P50/P95 at a few dof many times. */
const T_QUANTILES = new Map<string, number>();

/** The p-quantile of Student's t with `dof` degrees of freedom, 0 < p < 1. */
export function studentTQuantile(p: number, dof: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`a quantile needs 0 < p < 1, got ${p}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, dof);
  const key = `${p},${dof}`;
  let q = T_QUANTILES.get(key);
  if (q === undefined) {
    q = invert((x) => studentTCdf(x, dof), p, 0, 10);
    if (T_QUANTILES.size < 10_000) T_QUANTILES.set(key, q);
  }
  return q;
}

/** Regularised lower incomplete gamma P(a, x), a > 0, x ≥ 0 (series below a + 1, fraction above). */
export function incompleteGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const logFront = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n <= MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    return sum * Math.exp(logFront);
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return 1 - Math.exp(logFront) * h;
}

/** The p-quantile of a gamma distribution with `shape` and `rate` (mean shape / rate), 0 < p < 1. */
export function gammaQuantile(p: number, shape: number, rate: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`a quantile needs 0 < p < 1, got ${p}`);
  const x = invert((v) => (v <= 0 ? 0 : incompleteGammaP(shape, v)), p, 0, Math.max(1, 2 * shape));
  return x / rate;
}
