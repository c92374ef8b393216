/**
 * Distribution checks on 200,000 draws each (fixed seeds, so deterministic). Tolerances:
 * - sample mean within 4 standard errors (σ/√n) of the theoretical mean;
 * - sample variance within a stated relative tolerance of the theoretical variance (3% for light
 *   tails, 8% for the lognormal and Poisson-1000 cases, whose variance estimates are noisier);
 * - Poisson and empirical frequencies within 4 binomial standard errors of the pmf.
 */
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/engine/random.ts';

const N = 200_000;

function moments(draw: () => number): { mean: number; variance: number } {
  let sum = 0;
  let squares = 0;
  const values = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    values[i] = draw();
    sum += values[i];
  }
  const mean = sum / N;
  for (let i = 0; i < N; i++) squares += (values[i] - mean) ** 2;
  return { mean, variance: squares / (N - 1) };
}

interface Case {
  name: string;
  draw: (s: RandomStream) => number;
  mean: number;
  variance: number;
  varianceTolerance: number;
}

const lnMu = 0.5;
const lnSigma = 0.4;
const cases: Case[] = [
  { name: 'uniform(2, 5)', draw: (s) => s.uniform(2, 5), mean: 3.5, variance: 0.75, varianceTolerance: 0.03 },
  { name: 'exponential(3)', draw: (s) => s.exponential(3), mean: 3, variance: 9, varianceTolerance: 0.03 },
  { name: 'normal(10, 2)', draw: (s) => s.normal(10, 2), mean: 10, variance: 4, varianceTolerance: 0.03 },
  {
    name: 'lognormal(0.5, 0.4)',
    draw: (s) => s.lognormal(lnMu, lnSigma),
    mean: Math.exp(lnMu + lnSigma ** 2 / 2),
    variance: (Math.exp(lnSigma ** 2) - 1) * Math.exp(2 * lnMu + lnSigma ** 2),
    varianceTolerance: 0.08,
  },
  {
    name: 'lognormalFromMeanCv(100, 0.5)',
    draw: (s) => s.lognormalFromMeanCv(100, 0.5),
    mean: 100,
    variance: 2500,
    varianceTolerance: 0.08,
  },
  {
    // mean 2·Γ(1 + 1/1.5), variance 4·(Γ(1 + 2/1.5) − Γ(1 + 1/1.5)²), from Python's math.gamma
    name: 'weibull(1.5, 2)',
    draw: (s) => s.weibull(1.5, 2),
    mean: 1.8054905859018673,
    variance: 1.502761139255727,
    varianceTolerance: 0.03,
  },
  { name: 'poisson(3)', draw: (s) => s.poisson(3), mean: 3, variance: 3, varianceTolerance: 0.03 },
  { name: 'poisson(25)', draw: (s) => s.poisson(25), mean: 25, variance: 25, varianceTolerance: 0.03 },
  {
    name: 'poisson(1000)',
    draw: (s) => s.poisson(1000),
    mean: 1000,
    variance: 1000,
    varianceTolerance: 0.08,
  },
  {
    name: 'bernoulli(0.3)',
    draw: (s) => (s.bernoulli(0.3) ? 1 : 0),
    mean: 0.3,
    variance: 0.21,
    varianceTolerance: 0.03,
  },
  {
    name: 'triangular(1, 2, 6)',
    draw: (s) => s.triangular(1, 2, 6),
    mean: 3,
    variance: 21 / 18,
    varianceTolerance: 0.03,
  },
  {
    name: 'empirical([10, 20, 30], [0.2, 0.7, 1])',
    draw: (s) => s.empirical([10, 20, 30], [0.2, 0.7, 1]),
    mean: 21,
    variance: 49,
    varianceTolerance: 0.03,
  },
  {
    // half the mass uniform on [0, 1], half uniform on [1, 3]
    name: 'piecewiseLinear([0, 1, 3], [0, 0.5, 1])',
    draw: (s) => s.piecewiseLinear([0, 1, 3], [0, 0.5, 1]),
    mean: 1.25,
    variance: 7 / 3 - 1.25 ** 2,
    varianceTolerance: 0.03,
  },
  { name: 'int(0, 10)', draw: (s) => s.int(0, 10), mean: 4.5, variance: 8.25, varianceTolerance: 0.03 },
];

describe.each(cases)('$name', ({ name, draw, mean, variance, varianceTolerance }) => {
  it('has the theoretical mean (4 SE) and variance (stated relative tolerance)', () => {
    const stream = new RandomStream(2024, name);
    const sample = moments(() => draw(stream));
    expect(Math.abs(sample.mean - mean)).toBeLessThan(4 * Math.sqrt(variance / N));
    expect(Math.abs(sample.variance / variance - 1)).toBeLessThan(varianceTolerance);
  });
});

function expectFrequencies(counts: Map<number, number>, pmf: (k: number) => number, ks: number[]): void {
  for (const k of ks) {
    const p = pmf(k);
    const frequency = (counts.get(k) ?? 0) / N;
    expect(Math.abs(frequency - p), `k = ${k}`).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / N) + 1e-9);
  }
}

function poissonPmf(mean: number): (k: number) => number {
  return (k) => {
    let p = Math.exp(-mean);
    for (let i = 1; i <= k; i++) p *= mean / i;
    return p;
  };
}

describe('frequencies', () => {
  it.each([3, 25])('poisson(%d) matches the pmf point by point', (mean) => {
    const stream = new RandomStream(99, `poisson-${mean}`);
    const counts = new Map<number, number>();
    let allNonNegativeIntegers = true;
    for (let i = 0; i < N; i++) {
      const k = stream.poisson(mean);
      if (!(Number.isInteger(k) && k >= 0)) allNonNegativeIntegers = false;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    expect(allNonNegativeIntegers).toBe(true);
    const ks = Array.from({ length: Math.round(4 * Math.sqrt(mean)) * 2 + 1 }, (_, i) =>
      Math.max(0, Math.round(mean - 4 * Math.sqrt(mean)) + i),
    );
    expectFrequencies(counts, poissonPmf(mean), ks);
  });

  it('empirical returns only the given values, with their weights', () => {
    const stream = new RandomStream(5, 'empirical');
    const counts = new Map<number, number>();
    for (let i = 0; i < N; i++) {
      const v = stream.empirical([1, 2, 3, 4], [0.1, 0.1, 0.6, 1]); // weight of 2 is zero
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([1, 3, 4]);
    expectFrequencies(counts, (k) => [0, 0.1, 0, 0.5, 0.4][k], [1, 2, 3, 4]);
  });

  it('poisson(0) is 0 and bad parameters throw', () => {
    const stream = new RandomStream(5, 'edge');
    expect(stream.poisson(0)).toBe(0);
    expect(() => stream.poisson(-1)).toThrow(RangeError);
    expect(() => stream.empirical([1], [0])).toThrow(RangeError);
    expect(() => stream.piecewiseLinear([0, 1], [0.2, 1])).toThrow(RangeError);
  });
});
