/**
 * Seeded random streams for the simulation kernel.
 *
 * Generator: xoshiro128** 1.0 (Blackman & Vigna, https://prng.di.unimi.it/xoshiro128starstar.c), 128-bit
 * state, period 2^128 − 1, 32-bit outputs computed with Math.imul. A double in [0, 1) takes two outputs
 * (27 + 26 high bits = 53 bits).
 *
 * Seeding (see seed.ts): a stream is identified by (seed, path of names); the path's 64-bit key seeds
 * SplitMix64, whose first two 64-bit outputs fill the 128-bit state, as the xoshiro authors recommend.
 * So a stream depends only on (seed, names): drawing more or fewer numbers from one stream never
 * changes another.
 *
 * No platform randomness anywhere: every number comes from a seed the scenario carries.
 */

import { logGamma } from './logGamma.ts';
import type { Seed, SeedComponent } from './seed.ts';
import { deriveSeedFast, streamStateWords } from './seedWords.ts';

export type { Seed, SeedComponent } from './seed.ts';

/**
 * A child seed for (seed, ...names): replication i of a scenario runs with deriveSeed(scenarioSeed, i).
 * The same integer in [0, 2^53) as seed.ts's reference deriveSeed, computed without BigInt.
 */
export function deriveSeed(seed: Seed, ...names: SeedComponent[]): number {
  return deriveSeedFast(seed, names);
}

const TWO_POW_26 = 67108864;
const TWO_POW_53_INV = 1 / 9007199254740992;

/**
 * One independent stream of random numbers. Create through `Simulation.stream(name)`,
 * `new RandomStream(seed, name)` or `fork(name)`; all draws are deterministic functions of the key.
 */
export class RandomStream {
  /** The scenario (or replication) seed this stream derives from. */
  readonly seed: Seed;
  /** The names that identify this stream under `seed`; `fork(name)` appends one. */
  readonly path: readonly SeedComponent[];
  /**
   * xoshiro128** state s0..s3 as int32 words. A typed array, not four number fields: V8 boxes
   * int32 values outside the 31-bit Smi range stored in object fields, which made next() 3× slower.
   */
  private readonly state = new Int32Array(4);
  /** The second normal deviate of the last polar-method pair, valid while hasSpareNormal. */
  private spareNormal = 0;
  private hasSpareNormal = false;

  /** The stream named by `path` under `seed`; `Simulation.stream(name)` is `new RandomStream(seed, name)`. */
  constructor(seed: Seed, ...path: SeedComponent[]) {
    this.seed = seed;
    this.path = path;
    // The first two SplitMix64 outputs of the path key (seed.ts), low half first.
    const state = this.state;
    streamStateWords(seed, path, state);
    // An all-zero state would stay zero forever; SplitMix64 makes it practically impossible, but be exact.
    if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  }

  /**
   * A stream started from explicit xoshiro128** state words (int32 or uint32 values), for checking
   * the generator against the reference implementation. Its seed and path are (0, '<state>').
   */
  static fromState(s0: number, s1: number, s2: number, s3: number): RandomStream {
    if ((s0 | s1 | s2 | s3) === 0) throw new RangeError('xoshiro128** state must not be all zero');
    const stream = new RandomStream(0, '<state>');
    stream.state[0] = s0;
    stream.state[1] = s1;
    stream.state[2] = s2;
    stream.state[3] = s3;
    return stream;
  }

  /** A child stream that depends only on this stream's (seed, path) and `name`, not on how much was drawn. */
  fork(name: string): RandomStream {
    return new RandomStream(this.seed, ...this.path, name);
  }

  /** Next raw xoshiro128** output as an unsigned 32-bit integer. */
  nextUint32(): number {
    const s = this.state;
    const s0 = s[0];
    const s1 = s[1];
    const m = Math.imul(s1, 5);
    const r = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    const s2 = s[2] ^ s0;
    const s3 = s[3] ^ s1;
    s[1] = s1 ^ s2;
    s[0] = s0 ^ s3;
    s[2] = s2 ^ t;
    s[3] = (s3 << 11) | (s3 >>> 21);
    return r >>> 0;
  }

  /**
   * Uniform on [0, 1) with 53 random bits: the top 27 bits of one output and the top 26 of the next
   * (two nextUint32 steps, written out here because every distribution runs through this).
   */
  next(): number {
    const s = this.state;
    let s0 = s[0];
    let s1 = s[1];
    let m = Math.imul(s1, 5);
    const hi = Math.imul((m << 7) | (m >>> 25), 9) >>> 5;
    let t = s1 << 9;
    let s2 = s[2] ^ s0;
    let s3 = s[3] ^ s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    m = Math.imul(s1, 5);
    const lo = Math.imul((m << 7) | (m >>> 25), 9) >>> 6;
    t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s[1] = s1 ^ s2;
    s[0] = s0 ^ s3;
    s[2] = s2 ^ t;
    s[3] = (s3 << 11) | (s3 >>> 21);
    return (hi * TWO_POW_26 + lo) * TWO_POW_53_INV;
  }

  /** Uniform on [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /**
   * Integer uniform on [minInclusive, maxExclusive), by scaling a 53-bit uniform (bias < 2^-53 × range,
   * negligible for ranges far below 2^53). Throws RangeError on an empty range.
   */
  int(minInclusive: number, maxExclusive: number): number {
    if (!(maxExclusive > minInclusive)) {
      throw new RangeError(`int: empty range [${minInclusive}, ${maxExclusive})`);
    }
    return minInclusive + Math.floor(this.next() * (maxExclusive - minInclusive));
  }

  /** Exponential with the given mean (inversion: −mean·ln(1 − U), U in [0,1) so the log is finite). */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** Normal(mean, sd) by Marsaglia's polar method; the pair's second deviate is cached for the next call. */
  normal(mean: number, sd: number): number {
    if (this.hasSpareNormal) {
      this.hasSpareNormal = false;
      return mean + sd * this.spareNormal;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spareNormal = v * f;
    this.hasSpareNormal = true;
    return mean + sd * u * f;
  }

  /** Lognormal: exp(Normal(mu, sigma)); mu and sigma are the parameters of the underlying normal. */
  lognormal(mu: number, sigma: number): number {
    return Math.exp(this.normal(mu, sigma));
  }

  /**
   * Lognormal with the given mean and coefficient of variation (sd / mean) of the variable itself:
   * sigma² = ln(1 + cv²), mu = ln(mean) − sigma²/2. cv = 0 returns `mean`.
   */
  lognormalFromMeanCv(mean: number, cv: number): number {
    const sigma2 = Math.log(1 + cv * cv);
    return this.lognormal(Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2));
  }

  /** Weibull(shape k, scale λ) by inversion: λ·(−ln(1 − U))^(1/k). Mean λ·Γ(1 + 1/k). */
  weibull(shape: number, scale: number): number {
    return scale * (-Math.log(1 - this.next())) ** (1 / shape);
  }

  /**
   * Poisson(mean), exact in distribution for every mean: Knuth's multiplication method below mean 10,
   * Hörmann's PTRS transformed rejection (1993, as in NumPy) from 10 up. mean = 0 returns 0.
   */
  poisson(mean: number): number {
    if (!(mean >= 0) || !Number.isFinite(mean)) throw new RangeError(`poisson: bad mean ${mean}`);
    if (mean < 10) {
      const limit = Math.exp(-mean);
      let k = 0;
      let product = this.next();
      while (product > limit) {
        k++;
        product *= this.next();
      }
      return k;
    }
    const slam = Math.sqrt(mean);
    const loglam = Math.log(mean);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = this.next() - 0.5;
      const v = this.next();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      const lhs = Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b);
      if (lhs <= -mean + k * loglam - logGamma(k + 1)) return k;
    }
  }

  /** true with probability p. */
  bernoulli(p: number): boolean {
    return this.next() < p;
  }

  /** Triangular(min, mode, max) by inversion. */
  triangular(min: number, mode: number, max: number): number {
    const u = this.next();
    const range = max - min;
    const split = (mode - min) / range;
    if (u < split) return min + Math.sqrt(u * range * (mode - min));
    return max - Math.sqrt((1 - u) * range * (max - mode));
  }

  /**
   * Discrete empirical distribution: returns values[i] with probability proportional to
   * cumulativeWeights[i] − cumulativeWeights[i−1]. cumulativeWeights must be non-decreasing with a
   * positive last entry (it need not end at 1). Binary search, O(log n). For a continuous
   * piecewise-linear distribution use `piecewiseLinear`.
   */
  empirical(values: ArrayLike<number>, cumulativeWeights: ArrayLike<number>): number {
    const n = cumulativeWeights.length;
    if (n === 0 || values.length !== n || !(cumulativeWeights[n - 1] > 0)) {
      throw new RangeError('empirical: need equal-length values and cumulative weights ending above 0');
    }
    const target = this.next() * cumulativeWeights[n - 1];
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulativeWeights[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return values[lo];
  }

  /**
   * Continuous piecewise-linear distribution given by its CDF at points: P(X ≤ xs[i]) = cdf[i], with xs
   * increasing, cdf non-decreasing from cdf[0] = 0 to a last value > 0 (normalised). Inverse CDF with
   * linear interpolation inside each segment.
   */
  piecewiseLinear(xs: ArrayLike<number>, cdf: ArrayLike<number>): number {
    const n = xs.length;
    if (n < 2 || cdf.length !== n || cdf[0] !== 0 || !(cdf[n - 1] > 0)) {
      throw new RangeError('piecewiseLinear: need ≥ 2 points, cdf[0] = 0 and a positive last cdf value');
    }
    const target = this.next() * cdf[n - 1];
    let lo = 1;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    const c0 = cdf[lo - 1];
    const c1 = cdf[lo];
    const fraction = c1 > c0 ? (target - c0) / (c1 - c0) : 0;
    return xs[lo - 1] + fraction * (xs[lo] - xs[lo - 1]);
  }
}
