import { describe, expect, it } from 'vitest';
import { DemandMixture } from '../../../src/model/network/demandMixture.ts';
import { fillHourlyDemand, HourlyDemand } from '../../../src/model/network/hourlyDemand.ts';
import { lognormalExceed, lognormalParams } from '../../../src/model/network/normal.ts';
import type { MonthDays } from '../../../src/model/network/termDays.ts';
import { PORTAL_ANNUAL, PORTAL_DIURNAL, PORTAL_WEEKLY } from '../../../src/scenario/sections/network.ts';
import { testUniform } from './fineLink.ts';

interface Stretch {
  minutes: number;
  scale: number;
  extra: number;
  cap: number;
}

/** Exact Σ w·P(D > v) of the stretches, from the closed-form lognormal tail (no bins, no table). */
function exactSurvival(stretches: Stretch[], v: number, c: number, mu: number, sigma: number): number {
  let s = 0;
  for (const t of stretches) {
    const k = v - t.extra - (v < c ? t.cap : 0);
    s += t.minutes * (k <= 0 ? 1 : lognormalExceed(t.scale, mu, sigma, k));
  }
  return s;
}

/** The q-quantile of the exact mixture by 200 bisection steps. */
function exactQuantile(stretches: Stretch[], q: number, c: number, mu: number, sigma: number): number {
  const total = stretches.reduce((a, t) => a + t.minutes, 0);
  let lo = 0;
  let hi = 100 * c;
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (lo + hi);
    if (exactSurvival(stretches, mid, c, mu, sigma) > (1 - q) * total) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

describe('DemandMixture (the month p95 solved from the lognormal mixture)', () => {
  // Random months of stretches: plain hours, a backup load, copies (with the jump at C) and DDoS bits.
  for (const cv of [0.15, 0.5]) {
    it(`matches the exact mixture quantiles to 0.5 % (noise CV ${cv})`, () => {
      const c = 1000;
      const { mu, sigma } = lognormalParams(1, cv);
      const rng = testUniform(cv === 0.15 ? 21 : 22);
      for (let month = 0; month < 6; month++) {
        const stretches: Stretch[] = [];
        for (let h = 0; h < 720; h++) {
          const scale = 40 + 900 * rng.next() ** 2;
          const r = rng.next();
          const extra = r < 0.15 ? 150 : r < 0.17 ? 50 + 400 * rng.next() : 0;
          const cap = month % 2 === 1 && r > 0.7 ? 300 : 0;
          stretches.push({ minutes: r > 0.95 ? 1 + 58 * rng.next() : 60, scale, extra, cap });
        }
        const mixture = new DemandMixture(c, mu, sigma);
        mixture.reset();
        for (const t of stretches) mixture.add(t.minutes, Math.log(t.scale), t.extra, t.cap);
        for (const q of [0.5, 0.9, 0.95, 0.99]) {
          const exact = exactQuantile(stretches, q, c, mu, sigma);
          expect(Math.abs(mixture.quantile(q) - exact) / exact, `month ${month} q ${q}`).toBeLessThan(0.005);
        }
      }
    });
  }

  it('HourlyDemand writes fillHourlyDemand’s scales and their logarithms', () => {
    const days = 31;
    const month: MonthDays = {
      startMinute: 0,
      days,
      hours: days * 24,
      weekday: Int8Array.from({ length: days }, (_, d) => (d + 3) % 7),
      monthOfYear: new Int8Array(days).fill(7),
      dayOfMonth: Int8Array.from({ length: days }, (_, d) => d + 1),
      year: new Int16Array(days).fill(2024),
      dayKind: new Int8Array(days),
    };
    const profile = {
      baseMbps: 40,
      peakMbps: 620,
      diurnal: PORTAL_DIURNAL,
      weekly: PORTAL_WEEKLY,
      annual: PORTAL_ANNUAL,
      noiseCv: 0.15,
    };
    const lnFactor = Float64Array.from({ length: days }, (_, d) => 0.1 * Math.sin(d));
    const factor = lnFactor.map(Math.exp);
    const expected = fillHourlyDemand(profile, month, factor, new Float64Array(month.hours));
    const scale = new Float64Array(month.hours);
    const lnScale = new Float64Array(month.hours);
    new HourlyDemand(profile).fill(month, factor, lnFactor, scale, lnScale);
    for (let h = 0; h < month.hours; h++) {
      expect(scale[h]).toBeCloseTo(expected[h], 9);
      expect(lnScale[h]).toBeCloseTo(Math.log(expected[h]), 12);
    }
  });
});
