/**
 * The comparison sheet's intervals against theory: how often each one covers the true value.
 *
 * - Wilson (every breach probability on the sheet and in `compare --json`) and the one-sided
 *   Clopper–Pearson bound (the recommender's decisions): coverage computed EXACTLY, by summing the
 *   binomial probabilities of the counts whose interval holds p, on a grid of p. Wilson's mean
 *   coverage is nominal and its worst case stays near it (Brown, Cai & DasGupta, Statist. Sci. 2001);
 *   the Wald interval it replaces collapses near 0 and 1. Clopper–Pearson is exact: never below
 *   its confidence, for any p.
 * - Newcombe's paired difference (breach and refusal differences) and the paired Student-t interval
 *   (money and availability differences): Monte Carlo coverage on seeded paired samples shaped like
 *   common-random-number runs (the two options share most of their noise).
 */
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/engine/random.ts';
import { pairedMoneyDifference, pairedNumberDifference } from '../../src/results/compare.ts';
import {
  clopperPearsonUpper,
  newcombePairedDifference,
  wilsonInterval,
} from '../../src/results/proportions.ts';

/** Binomial(n, p) probabilities of 0 … n, by the ratio recurrence in logs. */
function binomialPmf(n: number, p: number): Float64Array {
  const out = new Float64Array(n + 1);
  let log = n * Math.log1p(-p);
  out[0] = Math.exp(log);
  for (let x = 1; x <= n; x++) {
    log += Math.log((n - x + 1) / x) + Math.log(p) - Math.log1p(-p);
    out[x] = Math.exp(log);
  }
  return out;
}

/** Exact coverage at p of an interval given for every count 0 … n. */
function exactCoverage(n: number, p: number, holds: (x: number) => boolean): number {
  const pmf = binomialPmf(n, p);
  let covered = 0;
  for (let x = 0; x <= n; x++) if (holds(x)) covered += pmf[x];
  return covered;
}

const GRID = Array.from({ length: 199 }, (_, i) => (i + 1) / 200);

describe('exact coverage of the binomial intervals', () => {
  for (const n of [100, 200, 400]) {
    it(`Wilson at n = ${n}: nominal on average, never far below it; Wald falls short near 0 and 1`, () => {
      const wilson = Array.from({ length: n + 1 }, (_, x) => wilsonInterval(x, n));
      const wald = Array.from({ length: n + 1 }, (_, x) => {
        const p = x / n;
        const half = 1.959963985 * Math.sqrt((p * (1 - p)) / n);
        return { low: p - half, high: p + half };
      });
      const w = GRID.map((p) => exactCoverage(n, p, (x) => wilson[x].low <= p && p <= wilson[x].high));
      const mean = w.reduce((a, b) => a + b, 0) / w.length;
      expect(mean).toBeGreaterThan(0.945);
      expect(mean).toBeLessThan(0.957);
      // Brown, Cai & DasGupta's figure 4: Wilson's dips stay above ~0.90 from n = 100.
      expect(Math.min(...w)).toBeGreaterThan(n >= 200 ? 0.915 : 0.9);
      // Near 0 and 1 (a rare breach, a certain one) Wald's worst coverage is far lower: why the
      // sheet uses Wilson.
      const waldWorst = Math.min(
        ...GRID.map((p) => exactCoverage(n, p, (x) => wald[x].low <= p && p <= wald[x].high)),
      );
      expect(waldWorst).toBeLessThan(Math.min(...w) - 0.05);
    });
  }

  it('Clopper–Pearson one-sided upper bound: at least its confidence for every p', () => {
    for (const [n, confidence] of [
      [200, 0.95],
      [400, 0.9875],
      [1600, 1 - 0.05 / 32],
    ] as const) {
      const upper = Array.from({ length: n + 1 }, (_, x) => clopperPearsonUpper(x, n, confidence));
      const worst = Math.min(...GRID.map((p) => exactCoverage(n, p, (x) => p <= upper[x])));
      expect(worst, `n = ${n}`).toBeGreaterThanOrEqual(confidence - 1e-9);
      // Exact, not needlessly wide: somewhere on the grid it is within 1 % of the confidence.
      expect(worst, `n = ${n}`).toBeLessThan(confidence + 0.01 * (1 - confidence) + 0.01);
    }
  });
});

/** n paired flags drawn from a 2×2 table's probabilities: both, option only, reference only. */
function pairedFlags(
  stream: RandomStream,
  n: number,
  both: number,
  optionOnly: number,
  referenceOnly: number,
) {
  const option: boolean[] = [];
  const reference: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const u = stream.next();
    option.push(u < both + optionOnly);
    reference.push(u < both || (u >= both + optionOnly && u < both + optionOnly + referenceOnly));
  }
  return { option, reference };
}

describe("Monte Carlo coverage of Newcombe's paired difference", () => {
  const TRIALS = 4000;
  // [n, both, option only, reference only]: CRN runs agree on most replications.
  const cases: [string, number, number, number, number][] = [
    ['concordant, small difference', 200, 0.1, 0.01, 0.05],
    ['balanced discordance', 100, 0.3, 0.05, 0.05],
    ['option never breaches', 200, 0, 0, 0.03],
    ['both breach nearly always', 200, 0.9, 0.05, 0],
  ];
  for (const [name, n, both, optionOnly, referenceOnly] of cases) {
    it(`covers the true difference at least ~95 % of the time: ${name}`, () => {
      const stream = new RandomStream(20260101, 'newcombe-coverage', name);
      const truth = optionOnly - referenceOnly;
      let covered = 0;
      for (let t = 0; t < TRIALS; t++) {
        const { option, reference } = pairedFlags(stream, n, both, optionOnly, referenceOnly);
        const d = newcombePairedDifference(reference, option);
        if (d.low <= truth + 1e-12 && truth - 1e-12 <= d.high) covered++;
      }
      // Newcombe's method is known to be slightly conservative; 0.935 is 4.5 standard errors below 0.95.
      expect(covered / TRIALS).toBeGreaterThan(0.935);
      expect(covered / TRIALS).toBeLessThan(0.985);
    });
  }
});

describe('Monte Carlo coverage of the paired t interval', () => {
  const TRIALS = 4000;
  const coverage = (n: number, draw: (s: RandomStream) => [number, number], truth: number, name: string) => {
    const stream = new RandomStream(20260101, 'paired-t-coverage', name);
    let covered = 0;
    const a = new Float64Array(n);
    const b = new Float64Array(n);
    for (let t = 0; t < TRIALS; t++) {
      for (let i = 0; i < n; i++) [a[i], b[i]] = draw(stream);
      const d = pairedNumberDifference(a, b);
      if (d.low <= truth && truth <= d.high) covered++;
    }
    return covered / TRIALS;
  };

  it('is nominal when a large shared noise hides a small difference (common random numbers)', () => {
    // Spend ~¥5 M with 10 % shared noise; the option costs ¥5 more, ± ¥2 of its own.
    const c = coverage(
      100,
      (s) => {
        const shared = s.lognormalFromMeanCv(5_000_000, 0.1);
        return [shared, shared + 5 + s.normal(0, 2)];
      },
      5,
      'shared',
    );
    expect(c).toBeGreaterThan(0.935);
    expect(c).toBeLessThan(0.965);
  });

  it('stays nominal for a skewed difference and for few replications', () => {
    const skewed = coverage(200, (s) => [0, s.exponential(3)], 3, 'skewed');
    const few = coverage(10, (s) => [0, 1 + s.normal(0, 1)], 1, 'few');
    for (const c of [skewed, few]) {
      expect(c).toBeGreaterThan(0.935);
      expect(c).toBeLessThan(0.965);
    }
  });

  it('gives the same interval in money (decimals, to the fen) as in plain numbers', () => {
    const stream = new RandomStream(20260101, 'paired-money');
    const reference: string[] = [];
    const option: string[] = [];
    for (let i = 0; i < 50; i++) {
      const shared = Math.round(stream.normal(5_000_000, 300_000) * 100);
      reference.push((shared / 100).toFixed(2));
      option.push(((shared + Math.round(stream.normal(500, 200) * 100)) / 100).toFixed(2));
    }
    const money = pairedMoneyDifference(reference, option);
    const plain = pairedNumberDifference(reference.map(Number), option.map(Number));
    expect(Number(money.meanCny)).toBeCloseTo(plain.mean, 2);
    expect(Number(money.lowCny)).toBeCloseTo(plain.low, 1);
    expect(Number(money.highCny)).toBeCloseTo(plain.high, 1);
  });
});
