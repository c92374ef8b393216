/** Seeding, stream independence and pinned first values of the random streams. */
import { describe, expect, it } from 'vitest';
import { deriveSeed, RandomStream } from '../../src/engine/random.ts';
import { SplitMix64 } from '../../src/engine/seed.ts';

describe('seeding', () => {
  it('uses the reference SplitMix64 (first output for key 0)', () => {
    expect(new SplitMix64(0n).next()).toBe(0xe220a8397b1dcdafn);
  });

  it('derives pinned 53-bit replication seeds', () => {
    expect(deriveSeed(42)).toBe(7637675295019711);
    expect(deriveSeed(42, 0)).toBe(7883582244504765);
    expect(deriveSeed(42, 1)).toBe(6538458212231821);
    expect(deriveSeed('luohe-2023', 0)).toBe(2125412887579158);
    expect(deriveSeed(42, 0)).not.toBe(deriveSeed(42, '0')); // numbers and strings are tagged apart
    expect(() => deriveSeed(-1)).toThrow(RangeError);
    expect(() => deriveSeed(1.5)).toThrow(RangeError);
  });

  it('pins the first values of named streams per seed', () => {
    const pinned = [
      [42, 'hosts', [657790873, 1040465936], [0.3657335599120427, 0.7963627150298543, 0.004771299216991931]],
      [42, 'db', [4064284141, 2194335026], [0.14654420533593981, 0.4263275717997085, 0.23846571952400852]],
      [
        'luohe-2023',
        'sms',
        [1088541897, 47768802],
        [0.6060999917521704, 0.7081234198330123, 0.47943306276364195],
      ],
      [7, 'traffic', [696880094, 1718476685], [0.4422037751381921, 0.08944063599367191, 0.20899495521308753]],
    ] as const;
    for (const [seed, name, ints, doubles] of pinned) {
      const stream = new RandomStream(seed, name);
      expect([stream.nextUint32(), stream.nextUint32()]).toEqual(ints);
      expect([stream.next(), stream.next(), stream.next()]).toEqual(doubles);
    }
    expect(new RandomStream(42, 'db').fork('node-1').next()).toBe(0.22684477771641975);
  });
});

describe('streams', () => {
  it('a stream does not change when another stream is used more or less', () => {
    const quiet = new RandomStream(42, 'db');
    const dbAlone = Array.from({ length: 100 }, () => quiet.next());
    const busyOther = new RandomStream(42, 'sms');
    const db = new RandomStream(42, 'db');
    const interleaved: number[] = [];
    for (let i = 0; i < 100; i++) {
      for (let j = 0; j < i % 7; j++) busyOther.normal(0, 1);
      interleaved.push(db.next());
    }
    expect(interleaved).toEqual(dbAlone);
  });

  it('fork depends on the name only, not on how much the parent drew', () => {
    const a = new RandomStream(1, 'hosts');
    const b = new RandomStream(1, 'hosts');
    for (let i = 0; i < 1000; i++) b.next();
    expect(a.fork('host-3').next()).toBe(b.fork('host-3').next());
    expect(a.fork('host-3').next()).not.toBe(a.fork('host-4').next());
  });

  it('next() covers [0, 1) with 53-bit resolution and int() stays in range', () => {
    const s = new RandomStream(3, 'u');
    let min = 1;
    let max = 0;
    let fractional53 = false;
    let intsInRange = true;
    for (let i = 0; i < 100_000; i++) {
      const u = s.next();
      min = Math.min(min, u);
      max = Math.max(max, u);
      // a value with bits below 2^-32 proves both 32-bit outputs contribute
      if ((u * 2 ** 32) % 1 !== 0) fractional53 = true;
      const k = s.int(-3, 4);
      if (!(Number.isInteger(k) && k >= -3 && k < 4)) intsInRange = false;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(min).toBeLessThan(1e-4);
    expect(max).toBeLessThan(1);
    expect(max).toBeGreaterThan(1 - 1e-4);
    expect(fractional53).toBe(true);
    expect(intsInRange).toBe(true);
    expect(() => s.int(5, 5)).toThrow(RangeError);
  });
});
