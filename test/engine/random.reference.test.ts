/**
 * The generator is the published one: xoshiro128** and SplitMix64 outputs equal those of the
 * reference C code (prng.di.unimi.it, compiled with gcc), and a named stream's state is exactly the
 * first two SplitMix64 outputs of its path key. Pinned values and stream independence are in
 * random.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/engine/random.ts';
import { hashSeedPath, SplitMix64 } from '../../src/engine/seed.ts';

function take(stream: RandomStream, count: number): number[] {
  return Array.from({ length: count }, () => stream.next());
}

describe('generator against the reference C implementations', () => {
  it('xoshiro128** from state (1, 2, 3, 4) gives the reference outputs', () => {
    // Outputs of prng.di.unimi.it/xoshiro128starstar.c compiled with gcc from s = {1, 2, 3, 4}.
    const stream = RandomStream.fromState(1, 2, 3, 4);
    const outputs = Array.from({ length: 6 }, () => stream.nextUint32());
    expect(outputs).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('next() is the top 27 bits of one output and the top 26 of the next, over 2^53', () => {
    const stream = RandomStream.fromState(1, 2, 3, 4);
    const first = ((11520 >>> 5) * 2 ** 26 + (0 >>> 6)) / 2 ** 53;
    const second = ((5927040 >>> 5) * 2 ** 26 + (70819200 >>> 6)) / 2 ** 53;
    const third = ((2031721883 >>> 5) * 2 ** 26 + (1637235492 >>> 6)) / 2 ** 53;
    expect([stream.next(), stream.next(), stream.next()]).toEqual([first, second, third]);
  });

  it('SplitMix64 from 1234567 gives the reference outputs', () => {
    const splitMix = new SplitMix64(1234567n);
    const outputs = Array.from({ length: 5 }, () => splitMix.next());
    expect(outputs).toEqual([
      6457827717110365317n,
      3203168211198807973n,
      9817491932198370423n,
      4593380528125082431n,
      16408922859458223821n,
    ]);
  });

  it('a named stream starts from the first two SplitMix64 outputs of its path key', () => {
    const splitMix = new SplitMix64(hashSeedPath(20230101, ['hosts']));
    const a = splitMix.next();
    const b = splitMix.next();
    const words = [a, a >> 32n, b, b >> 32n].map((w) => Number(BigInt.asIntN(32, w)));
    const expected = RandomStream.fromState(words[0], words[1], words[2], words[3]);
    expect(take(new RandomStream(20230101, 'hosts'), 5)).toEqual(take(expected, 5));
  });

  it('refuses the all-zero state', () => {
    expect(() => RandomStream.fromState(0, 0, 0, 0)).toThrow(RangeError);
  });
});
