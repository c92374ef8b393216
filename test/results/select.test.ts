import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenStats, moneyStats } from '../../src/results/moneyStats.ts';
import { nearestRanksInPlace, selectInPlace } from '../../src/results/select.ts';

const values = fc.array(fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -5, max: 5 })), {
  minLength: 1,
  maxLength: 300,
});

describe('selection', () => {
  it('puts the k-th smallest at k, smaller before and larger after', () => {
    fc.assert(
      fc.property(values, fc.nat(), (xs, seed) => {
        const a = Float64Array.from(xs);
        const k = seed % a.length;
        const sorted = Float64Array.from(xs).sort();
        selectInPlace(a, k);
        expect(a[k] + 0).toBe(sorted[k] + 0);
        for (let i = 0; i < k; i++) expect(a[i] <= a[k]).toBe(true);
        for (let i = k + 1; i < a.length; i++) expect(a[i] >= a[k]).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('gives nearest-rank values (rank ⌈p·n⌉) as a sorted copy does', () => {
    fc.assert(
      fc.property(values, (xs) => {
        const sorted = Float64Array.from(xs).sort();
        // −0 and 0 are one value to a selection (either may come out where a sort puts −0 first).
        const rank = (p: number) => sorted[Math.max(1, Math.ceil(p * xs.length)) - 1];
        const got = nearestRanksInPlace(Float64Array.from(xs), [0.05, 0.5, 0.95], []);
        expect(got.map((v) => v + 0)).toEqual([rank(0.05) + 0, rank(0.5) + 0, rank(0.95) + 0]);
      }),
    );
  });
});

describe('money statistics in whole fen', () => {
  it('match a Decimal sum and a sort, to the fen', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e11, max: 1e11 }), { minLength: 1, maxLength: 60 }), (fen) => {
        const amounts = fen.map(
          (f) =>
            `${f < 0 ? '-' : ''}${Math.floor(Math.abs(f) / 100)}.${String(Math.abs(f) % 100).padStart(2, '0')}`,
        );
        const stats = moneyStats(amounts);
        const sorted = [...fen].sort((a, b) => a - b);
        const rank = (p: number) => sorted[Math.max(1, Math.ceil(p * fen.length)) - 1];
        expect(stats.p50).toBe(fenStats([rank(0.5)]).p50);
        // Exact mean: Σ fen as a BigInt, divided and rounded half up (away from zero) to the fen.
        const sum = fen.reduce((s, f) => s + BigInt(f), 0n);
        const n = BigInt(fen.length);
        const abs = sum < 0n ? -sum : sum;
        const q = (abs * 2n + n) / (2n * n);
        const meanFen = sum < 0n ? -q : q;
        expect(stats.mean).toBe(fenStats([Number(meanFen)]).mean);
      }),
    );
  });

  it('falls back to Decimals when the fen sum could pass 2^53', () => {
    const big = 5e15; // ¥50 trillion, twice: the sum is beyond 2^53 fen (≈ 9.007·10^15)
    expect(fenStats([big, big + 1]).mean).toBe('50000000000000.01');
  });
});
