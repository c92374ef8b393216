import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactSums, scaledToNumber } from '../../src/results/exactSum.ts';

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** A finite double as an exact integer count of 2^−1074 (independent of ExactSums). */
function scaledOf(x: number): bigint {
  F64[0] = x;
  const hi = U32[1];
  const exponent = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(U32[0]);
  if (exponent !== 0) mantissa |= 1n << 52n;
  const scaled = mantissa << BigInt(Math.max(0, exponent - 1));
  return hi >>> 31 ? -scaled : scaled;
}

/** s · 2^−1074 through its exact decimal expansion: JavaScript parses decimal strings correctly rounded. */
function referenceNumber(s: bigint): number {
  const negative = s < 0n;
  const digits = ((negative ? -s : s) * 5n ** 1074n).toString().padStart(1075, '0');
  const text = `${digits.slice(0, -1074)}.${digits.slice(-1074)}`;
  return negative ? -Number(text) : Number(text);
}

const doubles = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('exact sums', () => {
  it('equal the exact sum of the values, rounded once (checked through decimal strings)', () => {
    fc.assert(
      fc.property(fc.array(doubles, { minLength: 1, maxLength: 40 }), (xs) => {
        const sums = new ExactSums(1);
        for (const x of xs) sums.add(0, x);
        const exact = xs.reduce((s, x) => s + scaledOf(x), 0n);
        expect(sums.scaled(0)).toBe(exact);
        expect(Object.is(sums.toNumber(0), referenceNumber(exact) + 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('give the same bits in any order and any grouping (where a plain sum does not)', () => {
    const xs = [1e16, 1, -1e16, 2 ** -60, 0.1, 0.2, 0.3, -0.6];
    const orders = [xs, [...xs].reverse(), [0.3, 2 ** -60, 1e16, -0.6, 1, 0.2, -1e16, 0.1]];
    const results = orders.map((order) => {
      // Two halves folded separately, then merged limb by limb, as workers and coordinator do.
      const a = new ExactSums(1);
      const b = new ExactSums(1);
      order.forEach((x, i) => {
        (i % 2 ? a : b).add(0, x);
      });
      b.normalize(0);
      const [from, to] = b.range(0);
      a.addLimbs(0, from, b.limbs, from, to - from);
      return a.toNumber(0);
    });
    expect(new Set(results).size).toBe(1);
    expect(new Set(orders.map((o) => o.reduce((s, x) => s + x, 0))).size).toBeGreaterThan(1);
    expect(results[0]).toBe(referenceNumber(xs.reduce((s, x) => s + scaledOf(x), 0n)));
  });

  it('keeps cancellations and the smallest subnormal exactly', () => {
    const sums = new ExactSums(2);
    for (const x of [1, 2 ** -60, -1]) sums.add(0, x);
    expect(sums.toNumber(0)).toBe(2 ** -60);
    sums.add(1, Number.MIN_VALUE);
    sums.add(1, Number.MAX_VALUE);
    sums.add(1, -Number.MAX_VALUE);
    expect(sums.toNumber(1)).toBe(Number.MIN_VALUE);
  });

  it('stays exact past the 2^20 additions a limb takes before it carries', () => {
    const sums = new ExactSums(1);
    const n = (1 << 20) + 5;
    for (let i = 0; i < n; i++) sums.add(0, 4294967295.75);
    expect(sums.scaled(0)).toBe(BigInt(n) * scaledOf(4294967295.75));
  });

  it('rounds ties to even like a BigInt conversion', () => {
    expect(scaledToNumber((2n ** 53n + 1n) << 1074n)).toBe(2 ** 53);
    expect(scaledToNumber((2n ** 53n + 3n) << 1074n)).toBe(2 ** 53 + 4);
    expect(scaledToNumber(((2n ** 53n + 1n) << 1074n) + 1n)).toBe(2 ** 53 + 2);
  });
});

describe('money parsed in workers', () => {
  it('gives the fen toWholeFen gives, and refuses what it refuses', async () => {
    const { fenOf } = await import('../../src/results/partial.ts');
    const { toWholeFen } = await import('../../src/results/moneyStats.ts');
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }), (fen) => {
        const abs = Math.abs(fen);
        const text = `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
        expect(fenOf(text)).toBe(toWholeFen(text));
      }),
    );
    for (const bad of ['1.5', '1,00', 'abc', '.50', '1.005', '--1.00', '1e3.00', '99999999999999999.00'])
      expect(() => fenOf(bad)).toThrow();
  });
});
