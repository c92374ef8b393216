/**
 * The fine reference for the link model: the same demand definition simulated minute by minute with
 * real lognormal draws (no closed forms), for comparison with LinkMonthModel on the same inputs.
 */
import type { CopyJob, LinkMonthInput } from '../../../src/model/network/linkMonth.ts';
import { lognormalParams } from '../../../src/model/network/normal.ts';

/** mulberry32: a small seeded uniform source for tests. */
export function testUniform(seed: number): { next(): number } {
  let a = seed >>> 0;
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

export interface FineLinkStats {
  peakMbps: number;
  p95Mbps: number;
  hoursAbove80: number;
  hoursAbove100: number;
  unservedGb: number;
  copyFinishMinutes: number[];
}

export function fineLinkMonth(
  input: LinkMonthInput,
  capacityMbps: number,
  noiseCv: number,
  rng: { next(): number },
): FineLinkStats {
  const { mu, sigma } = lognormalParams(1, noiseCv);
  const minutes = input.hours * 60;
  const values = new Float64Array(minutes);
  const copies: CopyJob[] = input.copies.map((c) => ({ ...c }));
  let above80 = 0;
  let above100 = 0;
  let unservedMbpsMin = 0;
  for (let i = 0; i < minutes; i++) {
    const t = input.monthStartMinute + i;
    const h = Math.floor(i / 60);
    const u1 = 1 - rng.next();
    const u2 = rng.next();
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    let bg = input.scaleMbps[h] * Math.exp(mu + sigma * z) + input.hourExtraMbps[h];
    for (const iv of input.intervals) if (iv.startMinute <= t && iv.endMinute > t) bg += iv.mbps;
    let cap = 0;
    for (const c of copies) if (c.startMinute <= t && Number.isNaN(c.finishedMinute)) cap += c.capMbps;
    const copyRate = Math.min(cap, Math.max(0, capacityMbps - bg));
    // Copies progress within the minute; one that finishes part-way records the fraction.
    for (const c of copies) {
      if (c.startMinute > t || !Number.isNaN(c.finishedMinute)) continue;
      const share = (copyRate * c.capMbps) / cap;
      const mbit = share * 60;
      if (mbit >= c.remainingMbit) {
        c.finishedMinute = t + c.remainingMbit / mbit;
        c.remainingMbit = 0;
      } else c.remainingMbit -= mbit;
    }
    const demand = bg + copyRate;
    values[i] = demand;
    if (demand > 0.8 * capacityMbps) above80++;
    if (demand > capacityMbps) {
      above100++;
      unservedMbpsMin += bg - capacityMbps;
    }
  }
  const sorted = Float64Array.from(values).sort();
  let peak = 0;
  for (const v of values) if (v > peak) peak = v;
  return {
    peakMbps: peak,
    p95Mbps: sorted[Math.ceil(0.95 * minutes) - 1],
    hoursAbove80: above80 / 60,
    hoursAbove100: above100 / 60,
    unservedGb: (unservedMbpsMin * 60) / 8000,
    copyFinishMinutes: copies.map((c) => c.finishedMinute),
  };
}
