import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellBank } from '../../src/results/cellBank.ts';
import {
  bucketKey,
  bucketMidpoint,
  errorBound,
  nearestRankPercentiles,
  RELATIVE_ACCURACY,
  SketchCell,
  sketchResolution,
  typeSevenPercentiles,
} from '../../src/results/quantileSketch.ts';
import { percentileOfSorted } from './exactPercentiles.ts';

const PS = [0, 0.05, 0.25, 0.5, 0.95, 1];

function sketchOf(xs: readonly number[]): SketchCell {
  const cell = new SketchCell();
  for (const x of xs) cell.add(x);
  return cell;
}

/** The stated bound for a type-7 percentile: each order statistic within its errorBound. */
function type7Bound(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const f = h - lo;
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (1 - f) * errorBound(sorted[lo]) + f * errorBound(sorted[hi]);
}

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 });
const normalOrZero = finite.filter((x) => x === 0 || Math.abs(x) > 1e-300);

describe('bucket keys', () => {
  it('order as their values and hold each value within the stated accuracy of the midpoint', () => {
    fc.assert(
      fc.property(normalOrZero, normalOrZero, (a, b) => {
        if (a < b) expect(bucketKey(a)).toBeLessThanOrEqual(bucketKey(b));
        const mid = bucketMidpoint(bucketKey(a));
        expect(Math.abs(mid - a)).toBeLessThanOrEqual(errorBound(a) * (1 + 1e-12) + 1e-300);
      }),
      { numRuns: 2000 },
    );
    expect(bucketKey(-0)).toBe(bucketKey(0));
    // Near 1 the buckets are those of the distance to 1: 0.99998 and 0.9999 are told apart.
    expect(bucketKey(0.99998)).toBeGreaterThan(bucketKey(0.9999));
    expect(Math.abs(bucketMidpoint(bucketKey(0.99998)) - 0.99998)).toBeLessThan(1e-7);
    expect(bucketKey(0.4999999)).toBeLessThan(bucketKey(0.5));
    expect(bucketKey(0.9999999999999999)).toBeLessThan(bucketKey(1));
    expect(bucketKey(Number.NaN)).toBeGreaterThan(bucketKey(Number.POSITIVE_INFINITY));
    expect(bucketKey(Number.NEGATIVE_INFINITY)).toBeLessThan(bucketKey(-Number.MAX_VALUE));
  });
});

describe('bucket keys at a resolution', () => {
  const exponents = [-30, -20, -11, -10, -7, -6, -4, -1];
  it('still order as their values, and hold each value within max(0.1 %, half a step) of the midpoint', () => {
    fc.assert(
      fc.property(fc.constantFrom(...exponents), normalOrZero, normalOrZero, (k, x, y) => {
        const r = sketchResolution(k);
        // Values near the resolution's threshold and near 1, where the linear buckets are.
        for (const [a, b] of [
          [x, y],
          [x * 2 ** (k + 10) * 1e-300, y * 2 ** (k + 10) * 1e-300],
          [(x % 2) * 2 ** (k + 10), (y % 2) * 2 ** (k + 10)],
          [1 - Math.abs(x % 1) * 2 ** (k + 10), 1 - Math.abs(y % 1) * 2 ** (k + 10)],
        ]) {
          if (a < b) expect(bucketKey(a, r)).toBeLessThanOrEqual(bucketKey(b, r));
          if (a > b) expect(bucketKey(a, r)).toBeGreaterThanOrEqual(bucketKey(b, r));
          const mid = bucketMidpoint(bucketKey(a, r), r);
          expect(Math.abs(mid - a)).toBeLessThanOrEqual(errorBound(a, r) * (1 + 1e-12) + 1e-300);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('gathers the tiny values of a wide spread into a few buckets; NaN and ±∞ keep their own', () => {
    const r = sketchResolution(-6); // hours: ≈ 56 s
    const hoursAbove = Array.from({ length: 500 }, (_, i) => 1e-5 * 1.02 ** i); // 1e-5 … 0.2 h
    expect(new Set(hoursAbove.map((v) => bucketKey(v))).size).toBeGreaterThan(400);
    expect(new Set(hoursAbove.map((v) => bucketKey(v, r))).size).toBeLessThanOrEqual(14);
    const a = sketchResolution(-20); // availability: distances to 1 in steps of ≈ 9.5e−7
    const availability = hoursAbove.map((u) => 1 - u / 1000);
    expect(new Set(availability.map((v) => bucketKey(v, a))).size).toBeLessThanOrEqual(211);
    expect(bucketKey(Number.NaN, r)).toBe(bucketKey(Number.NaN));
    expect(bucketKey(Number.POSITIVE_INFINITY, r)).toBe(bucketKey(Number.POSITIVE_INFINITY));
    expect(bucketKey(Number.NEGATIVE_INFINITY, r)).toBe(bucketKey(Number.NEGATIVE_INFINITY));
    expect(bucketKey(1, a)).toBeGreaterThan(bucketKey(0.9999999999999999, a));
    expect(() => sketchResolution(3)).toThrow(/−40…−1/);
  });
});

describe('quantile sketch', () => {
  it('gives type-7 and nearest-rank percentiles within the stated accuracy of a sort', () => {
    fc.assert(
      fc.property(fc.array(normalOrZero, { minLength: 1, maxLength: 400 }), (xs) => {
        const sorted = Float64Array.from(xs, (x) => x + 0).sort();
        const cell = sketchOf(xs);
        typeSevenPercentiles(cell, PS).forEach((got, i) => {
          const want = percentileOfSorted(sorted, PS[i]);
          expect(Math.abs(got - want)).toBeLessThanOrEqual(type7Bound(sorted, PS[i]) * (1 + 1e-12) + 1e-300);
        });
        nearestRankPercentiles(cell, PS).forEach((got, i) => {
          const want = sorted[Math.max(1, Math.ceil(PS[i] * sorted.length)) - 1];
          expect(Math.abs(got - want)).toBeLessThanOrEqual(errorBound(want) * (1 + 1e-12));
        });
      }),
      { numRuns: 400 },
    );
  });

  it('is exact at the extremes and on columns of few distinct values (counts, constants, atoms)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1023, max: 1023 }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.constantFrom(1, 0.9999875992063492, 0, 0.35), { minLength: 1, maxLength: 300 }),
        (ints, atoms) => {
          for (const xs of [ints, atoms]) {
            const sorted = Float64Array.from(xs, (x) => x + 0).sort();
            expect(typeSevenPercentiles(sketchOf(xs), PS)).toEqual(
              PS.map((p) => percentileOfSorted(sorted, p)),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
    const wide = [1e-7, 3, 3.001, 3.002, 3.003, 1e9];
    expect(typeSevenPercentiles(sketchOf(wide), [0, 1])).toEqual([1e-7, 1e9]);
  });

  it('puts infinities and NaN where a sort puts them', () => {
    const cell = sketchOf([Number.NaN, 1, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2]);
    expect(nearestRankPercentiles(cell, [0, 0.4, 0.6, 0.8, 1])).toEqual([
      Number.NEGATIVE_INFINITY,
      1,
      2,
      Number.POSITIVE_INFINITY,
      Number.NaN,
    ]);
  });

  it('merges to the same answers and means in any grouping and order', () => {
    fc.assert(
      fc.property(
        fc.array(finite, { minLength: 2, maxLength: 200 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        (xs, cuts, seed) => {
          const whole = new CellBank();
          const c = whole.group('x', 1);
          for (const x of xs) whole.add(c, x);
          // Split at the cuts into parts, fold each in its own bank, merge them in a shuffled order.
          const bounds = [...new Set(cuts.map((k) => k % xs.length))].sort((a, b) => a - b);
          const parts: number[][] = [];
          let from = 0;
          for (const b of [...bounds, xs.length]) {
            if (b > from) parts.push(xs.slice(from, b));
            from = Math.max(from, b);
          }
          const order = parts
            .map((_, i) => i)
            .sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13));
          const merged = new CellBank();
          for (const i of order) {
            const bank = new CellBank();
            const cell = bank.group('x', 1);
            for (const x of parts[i]) bank.add(cell, x);
            merged.merge(bank.pack());
          }
          const m = merged.find('x')!.offset;
          expect(merged.typeSeven(m, PS)).toEqual(whole.typeSeven(c, PS));
          expect(merged.nearestRank(m, PS)).toEqual(whole.nearestRank(c, PS));
          expect(Object.is(merged.mean(m), whole.mean(c))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps its memory to the buckets in use, whatever the number of values', () => {
    const cell = new SketchCell();
    for (let i = 0; i < 200_000; i++) cell.add(400 + (i % 997) * 0.37);
    // 400 … 769 spans under one octave: at most 512 buckets, whatever the count.
    expect(cell.size).toBeLessThanOrEqual(512);
    expect(cell.total).toBe(200_000);
  });
});

describe("a worker's column fold", () => {
  it('packs exactly the buckets and sums a bank fed the same values holds', async () => {
    const { ColumnStore } = await import('../../src/results/columnFold.ts');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(finite, fc.constantFrom(0, -0, 1, 2.5, Number.NaN, Number.POSITIVE_INFINITY)), {
          minLength: 0,
          maxLength: 120,
        }),
        (xs) => {
          const columns = new ColumnStore(4);
          const bank = new CellBank();
          const a = columns.group('x', 2);
          const b = bank.group('x', 2);
          columns.reset(3);
          xs.forEach((x, i) => {
            columns.add(a + (i % 2), x);
            bank.add(b + (i % 2), x);
          });
          // The same buckets (in any order) and the same exact sums.
          const rows = (p: ReturnType<typeof bank.pack>) =>
            Array.from(p.keys, (key, i) => [
              key,
              p.counts[i],
              p.mins[i],
              p.maxs[i],
              p.minCounts[i],
              p.maxCounts[i],
            ])
              .map((r) => JSON.stringify(r))
              .sort();
          const packed = columns.pack();
          const fromBank = bank.pack();
          expect(rows(packed)).toEqual(rows(fromBank));
          expect(Array.from(packed.bucketStart)).toEqual(Array.from(fromBank.bucketStart));
          expect(Array.from(packed.sumLimbs)).toEqual(Array.from(fromBank.sumLimbs));
          expect(Array.from(packed.sumFrom)).toEqual(Array.from(fromBank.sumFrom));
        },
      ),
      { numRuns: 300 },
    );
  });
});
