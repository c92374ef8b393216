import { describe, expect, it } from 'vitest';
import {
  betaQuantile,
  regularizedIncompleteBeta,
  studentTQuantile,
} from '../../src/results/betaFunctions.ts';
import {
  clopperPearsonLower,
  clopperPearsonUpper,
  newcombePairedDifference,
  wilsonInterval,
} from '../../src/results/proportions.ts';

/** Paired flags from a 2×2 table: both, option only, reference only, neither. */
function pairs(both: number, optionOnly: number, referenceOnly: number, neither: number) {
  const option: boolean[] = [];
  const reference: boolean[] = [];
  const push = (o: boolean, r: boolean, k: number) => {
    for (let i = 0; i < k; i++) {
      option.push(o);
      reference.push(r);
    }
  };
  push(true, true, both);
  push(true, false, optionOnly);
  push(false, true, referenceOnly);
  push(false, false, neither);
  return { option, reference };
}

describe('special functions', () => {
  it('gives the incomplete beta of integer parameters as a binomial tail', () => {
    // I_x(a, b) = P(Bin(a + b − 1, x) ≥ a): I_0.5(2, 3) = P(Bin(4, ½) ≥ 2) = 11/16.
    expect(regularizedIncompleteBeta(0.5, 2, 3)).toBeCloseTo(11 / 16, 12);
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(betaQuantile(11 / 16, 2, 3)).toBeCloseTo(0.5, 9);
  });

  it("matches Student's t quantiles from the tables", () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706204736, 6);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228138852, 8);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042272456, 8);
    expect(studentTQuantile(0.995, 5)).toBeCloseTo(4.032142984, 7);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228138852, 8);
    expect(studentTQuantile(0.975, Number.POSITIVE_INFINITY)).toBeCloseTo(1.959963985, 8);
  });
});

describe('proportion intervals', () => {
  it("matches Newcombe's published Wilson intervals (Statist. Med. 1998, table I)", () => {
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [x, n, low, high] of cases) {
      const w = wilsonInterval(x, n);
      expect(w.low).toBeCloseTo(low, 4);
      expect(w.high).toBeCloseTo(high, 4);
      expect(w.estimate).toBe(x / n);
    }
  });

  it('keeps a real width at 0/n and n/n where Wald collapses to a point', () => {
    const none = wilsonInterval(0, 200);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(3.8415 / 203.8415, 4);
    const all = wilsonInterval(200, 200);
    expect(all.high).toBe(1);
    expect(all.low).toBeCloseTo(200 / 203.8415, 4);
  });

  it('gives exact Clopper–Pearson bounds', () => {
    // 0 of n: the upper bound solves (1 − p)^n = 1 − confidence.
    expect(clopperPearsonUpper(0, 100, 0.95)).toBeCloseTo(1 - 0.05 ** (1 / 100), 10);
    // 5 of 100, two-sided 95 % = one-sided 97.5 % on each side: 0.01643 … 0.11283.
    expect(clopperPearsonLower(5, 100, 0.975)).toBeCloseTo(0.01643, 5);
    expect(clopperPearsonUpper(5, 100, 0.975)).toBeCloseTo(0.11283, 5);
    expect(clopperPearsonUpper(7, 7, 0.95)).toBe(1);
    expect(clopperPearsonLower(0, 7, 0.95)).toBe(0);
  });

  it('refuses counts that are not counts', () => {
    expect(() => wilsonInterval(5, 4)).toThrow(/successes/);
    expect(() => clopperPearsonUpper(-1, 4, 0.95)).toThrow(/successes/);
  });
});

describe("Newcombe's paired difference", () => {
  it('matches the published example (Cavo et al. 2012 in Fagerland, Lydersen & Laake, ch. 8)', () => {
    const { option, reference } = pairs(59, 6, 16, 80);
    const d = newcombePairedDifference(reference, option);
    expect(d.difference).toBeCloseTo(-0.0621, 4);
    expect(d.low).toBeCloseTo(-0.1186, 4);
    expect(d.high).toBeCloseTo(-0.0046, 4);
  });

  it('is exactly 0 with a real width when the options never differ', () => {
    const { option, reference } = pairs(0, 0, 0, 200);
    const d = newcombePairedDifference(reference, option);
    expect(d.difference).toBe(0);
    expect(d.low).toBeLessThan(0);
    expect(d.high).toBeGreaterThan(0);
    const always = pairs(200, 0, 0, 0);
    const e = newcombePairedDifference(always.reference, always.option);
    expect(e.difference).toBe(0);
    expect(e.rateOption).toBe(1);
  });

  it('stays inside [−1, 1] when one option always breaches and the other never', () => {
    const { option, reference } = pairs(0, 0, 200, 0);
    const d = newcombePairedDifference(reference, option);
    expect(d.difference).toBe(-1);
    expect(d.low).toBe(-1);
    expect(d.high).toBeLessThan(-0.95);
  });

  it('is narrower than the unpaired interval when the options move together', () => {
    // Strongly concordant pairs (common random numbers): the correlation term narrows the interval.
    const { option, reference } = pairs(60, 2, 12, 126);
    const paired = newcombePairedDifference(reference, option);
    const pO = wilsonInterval(62, 200);
    const pR = wilsonInterval(72, 200);
    const unpairedLow = paired.difference - Math.hypot(pO.estimate - pO.low, pR.high - pR.estimate);
    expect(paired.low).toBeGreaterThan(unpairedLow);
    expect(paired.high).toBeLessThan(0);
  });
});
