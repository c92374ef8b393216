import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashSeedPath, deriveSeed as referenceDeriveSeed, SplitMix64 } from '../../src/engine/seed.ts';
import { deriveSeedFast, streamStateWords } from '../../src/engine/seedWords.ts';

const seeds = fc.oneof(
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.string({ minLength: 1, maxLength: 600 }),
);
const components = fc.array(
  fc.oneof(
    fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
    fc.string({ maxLength: 300, unit: 'binary' }),
  ),
  { maxLength: 5 },
);

describe('seed derivation without BigInt', () => {
  it('gives deriveSeed of the BigInt reference, bit for bit', () => {
    fc.assert(
      fc.property(seeds, components, (seed, path) => {
        expect(deriveSeedFast(seed, path)).toBe(referenceDeriveSeed(seed, ...path));
      }),
      { numRuns: 1000 },
    );
  });

  it('fills a stream state with the first two SplitMix64 outputs of the reference path key', () => {
    fc.assert(
      fc.property(seeds, components, (seed, path) => {
        const splitMix = new SplitMix64(hashSeedPath(seed, path));
        const a = splitMix.next();
        const b = splitMix.next();
        const state = new Int32Array(4);
        streamStateWords(seed, path, state);
        expect(Array.from(state)).toEqual([
          Number(a & 0xffffffffn) | 0,
          Number(a >> 32n) | 0,
          Number(b & 0xffffffffn) | 0,
          Number(b >> 32n) | 0,
        ]);
      }),
      { numRuns: 1000 },
    );
  });

  it('carries across the 32-bit halves at the edges', () => {
    for (const seed of [0, 1, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1, 'a', 'x'.repeat(256)]) {
      for (const path of [[], [0], [-1], [Number.MIN_SAFE_INTEGER], ['\uffff\uffff\uffff\uffff\uffff']]) {
        expect(deriveSeedFast(seed, path)).toBe(referenceDeriveSeed(seed, ...path));
      }
    }
  });

  it('rejects what the reference rejects', () => {
    expect(() => deriveSeedFast(-1, [])).toThrow(RangeError);
    expect(() => deriveSeedFast(1, [1.5])).toThrow(/safe integer/);
  });
});
