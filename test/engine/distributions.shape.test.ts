/**
 * Distribution shapes, beyond the moments in distributions.test.ts: Kolmogorov–Smirnov distance to
 * the exact CDF below the α = 0.001 critical value (n = 20,000), chi-square against the exact pmf
 * below its 0.001 quantile, and moments within 5 standard errors (estimated from the sample's own
 * fourth moment; a false failure has probability ≈ 6e-7 per check) for the cases not covered there:
 * Weibull shape < 1, Poisson at both sides of the sampler switch (9.99 / 10), normal pairs.
 * Fixed seeds, so the outcome is deterministic.
 */
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/engine/random.ts';
import {
  chiSquare,
  chiSquareCritical001,
  draw,
  kolmogorovSmirnov,
  ksCritical001,
  normalCdf,
  sampleMoments,
} from './sampleStatistics.ts';

const MOMENT_N = 200_000;
const KS_N = 20_000;
const STANDARD_ERRORS = 5;

function expectMoments(values: ArrayLike<number>, mean: number, variance: number): void {
  const m = sampleMoments(values);
  expect(Math.abs(m.mean - mean)).toBeLessThan(STANDARD_ERRORS * m.meanStandardError);
  expect(Math.abs(m.variance - variance)).toBeLessThan(STANDARD_ERRORS * m.varianceStandardError);
}

function expectShape(sample: () => number, cdf: (x: number) => number): void {
  expect(kolmogorovSmirnov(draw(KS_N, sample), cdf)).toBeLessThan(ksCritical001(KS_N));
}

/** Γ(x) for the Weibull moments (Lanczos, g = 7). */
function gamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  const xm = x - 1;
  let a = c[0];
  const t = xm + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (xm + i);
  return Math.sqrt(2 * Math.PI) * t ** (xm + 0.5) * Math.exp(-t) * a;
}

describe('continuous distributions: shape (and moments where distributions.test.ts has none)', () => {
  it('uniform(2, 5)', () => {
    const s = new RandomStream(11, 'uniform');
    expectShape(
      () => s.uniform(2, 5),
      (x) => Math.min(1, Math.max(0, (x - 2) / 3)),
    );
  });

  it('exponential(mean 3)', () => {
    const s = new RandomStream(11, 'exponential');
    expectShape(
      () => s.exponential(3),
      (x) => 1 - Math.exp(-x / 3),
    );
  });

  it('normal(10, 2); the two values of each polar pair are uncorrelated', () => {
    const s = new RandomStream(11, 'normal');
    expectShape(
      () => s.normal(10, 2),
      (x) => normalCdf((x - 10) / 2),
    );
    const pairs = draw(2 * MOMENT_N, () => s.normal(0, 1));
    let products = 0;
    for (let i = 0; i < pairs.length; i += 2) products += pairs[i] * pairs[i + 1];
    expect(Math.abs(products / MOMENT_N)).toBeLessThan(STANDARD_ERRORS / Math.sqrt(MOMENT_N));
  });

  it('lognormal(mu 1, sigma 0.5); lognormalFromMeanCv(4 h, cv 0.75), the host-repair default', () => {
    const s = new RandomStream(11, 'lognormal');
    expectShape(
      () => s.lognormal(1, 0.5),
      (x) => normalCdf((Math.log(x) - 1) / 0.5),
    );
    const sigma = Math.sqrt(Math.log1p(0.75 ** 2));
    const mu = Math.log(4) - (sigma * sigma) / 2;
    expectShape(
      () => s.lognormalFromMeanCv(4, 0.75),
      (x) => normalCdf((Math.log(x) - mu) / sigma),
    );
    expectMoments(
      draw(MOMENT_N, () => s.lognormalFromMeanCv(4, 0.75)),
      4,
      9,
    );
  });

  it('weibull(shape 1.5, scale 2) and shape 0.7 (infant mortality)', () => {
    const s = new RandomStream(11, 'weibull');
    for (const shape of [1.5, 0.7]) {
      const mean = 2 * gamma(1 + 1 / shape);
      const variance = 4 * gamma(1 + 2 / shape) - mean * mean;
      expectMoments(
        draw(MOMENT_N, () => s.weibull(shape, 2)),
        mean,
        variance,
      );
      expectShape(
        () => s.weibull(shape, 2),
        (x) => 1 - Math.exp(-((x / 2) ** shape)),
      );
    }
  });

  it('triangular(1, 2, 5)', () => {
    const s = new RandomStream(11, 'triangular');
    const [a, c, b] = [1, 2, 5];
    const cdf = (x: number) =>
      x <= c ? (x - a) ** 2 / ((b - a) * (c - a)) : 1 - (b - x) ** 2 / ((b - a) * (b - c));
    expectShape(() => s.triangular(a, c, b), cdf);
  });

  it('piecewiseLinear: uniform inside each knot interval, interval masses from the cumulative', () => {
    const s = new RandomStream(11, 'piecewise');
    const xs = [0, 10, 20, 50];
    const cumulative = [0, 0.5, 0.6, 1];
    const cdf = (x: number) => {
      if (x <= 0) return 0;
      if (x >= 50) return 1;
      let i = 1;
      while (x > xs[i]) i++;
      return (
        cumulative[i - 1] + ((x - xs[i - 1]) / (xs[i] - xs[i - 1])) * (cumulative[i] - cumulative[i - 1])
      );
    };
    expectShape(() => s.piecewiseLinear(xs, cumulative), cdf);
    const mean = 0.5 * 5 + 0.1 * 15 + 0.4 * 35;
    const secondMoment =
      0.5 * (100 / 3) + 0.1 * ((20 ** 3 - 10 ** 3) / 30) + 0.4 * ((50 ** 3 - 20 ** 3) / 90);
    expectMoments(
      draw(MOMENT_N, () => s.piecewiseLinear(xs, cumulative)),
      mean,
      secondMoment - mean * mean,
    );
  });
});

function poissonPmf(mean: number, kMax: number): Float64Array {
  const pmf = new Float64Array(kMax + 1);
  let logP = -mean;
  for (let k = 0; k <= kMax; k++) {
    if (k > 0) logP += Math.log(mean) - Math.log(k);
    pmf[k] = Math.exp(logP);
  }
  return pmf;
}

describe('discrete distributions', () => {
  it('poisson: mean and variance equal the mean on both branches (multiplication < 10 ≤ PTRS)', () => {
    const s = new RandomStream(11, 'poisson');
    for (const mean of [0.5, 3, 9.99, 10, 47.5, 1000]) {
      const values = draw(MOMENT_N, () => s.poisson(mean));
      const m = sampleMoments(values);
      expect(Math.abs(m.mean - mean)).toBeLessThan(STANDARD_ERRORS * Math.sqrt(mean / MOMENT_N));
      // Var of the sample variance for Poisson: (m4 − σ⁴)/n with m4 = λ(1 + 3λ).
      const varianceError = Math.sqrt((mean * (1 + 3 * mean) - mean * mean) / MOMENT_N);
      expect(Math.abs(m.variance - mean)).toBeLessThan(STANDARD_ERRORS * varianceError);
      expect(values.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
    }
    expect(s.poisson(0)).toBe(0);
  });

  it('poisson: frequencies match the exact pmf (chi-square) at means 3 and 47.5', () => {
    const s = new RandomStream(12, 'poisson-pmf');
    for (const mean of [3, 47.5]) {
      const kMax = Math.ceil(mean + 12 * Math.sqrt(mean) + 10);
      const counts = new Float64Array(kMax + 1);
      for (let i = 0; i < MOMENT_N; i++) counts[Math.min(kMax, s.poisson(mean))]++;
      const { statistic, degreesOfFreedom } = chiSquare(counts, poissonPmf(mean, kMax), MOMENT_N);
      expect(statistic).toBeLessThan(chiSquareCritical001(degreesOfFreedom));
    }
  });

  it('int(0, 6): every face equally likely (chi-square)', () => {
    const s = new RandomStream(11, 'dice');
    const counts = new Float64Array(6);
    for (let i = 0; i < MOMENT_N; i++) counts[s.int(0, 6)]++;
    const { statistic, degreesOfFreedom } = chiSquare(counts, new Float64Array(6).fill(1 / 6), MOMENT_N);
    expect(degreesOfFreedom).toBe(5);
    expect(statistic).toBeLessThan(chiSquareCritical001(5));
  });
});
