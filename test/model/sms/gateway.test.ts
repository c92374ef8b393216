import { describe, expect, it } from 'vitest';
import type { MonthDays } from '../../../src/model/network/termDays.ts';
import { FluidGateway } from '../../../src/model/sms/fluidGateway.ts';
import { SMS_HOURLY_SHARE, SmsVolume } from '../../../src/model/sms/smsVolume.ts';
import type { Sms } from '../../../src/scenario/sections/sms.ts';
import { testUniform } from '../network/fineLink.ts';
import { erlangC, fineGatewayDelays, sampleQuantile } from './fineGateway.ts';

describe('fine gateway reference reproduces M/M/c (c = 8) waiting times', () => {
  // 200k customers, 10 % warm-up dropped, 20 batch means, 99 % t-interval (t₁₉ = 2.861).
  for (const rho of [0.7, 0.9]) {
    it(`mean wait matches Erlang C at ρ = ${rho}`, () => {
      const servers = 8;
      const mu = 1;
      const lambda = rho * servers * mu;
      const rng = testUniform(rho === 0.7 ? 11 : 12);
      const n = 200_000;
      const arrivals = new Float64Array(n);
      let t = 0;
      for (let i = 0; i < n; i++) {
        t += -Math.log(1 - rng.next()) / lambda;
        arrivals[i] = t;
      }
      const delays = fineGatewayDelays(arrivals, servers, () => -Math.log(1 - rng.next()) / mu);
      const warm = n / 10;
      const batches = 20;
      const size = Math.floor((n - warm) / batches);
      const means: number[] = [];
      for (let b = 0; b < batches; b++) {
        let s = 0;
        for (let i = 0; i < size; i++) s += delays[warm + b * size + i];
        means.push(s / size);
      }
      const mean = means.reduce((a, v) => a + v, 0) / batches;
      const sd = Math.sqrt(means.reduce((a, v) => a + (v - mean) ** 2, 0) / (batches - 1));
      const half = (2.861 * sd) / Math.sqrt(batches);
      const wq = erlangC(servers, lambda / mu) / (servers * mu - lambda);
      expect(Math.abs(mean - wq)).toBeLessThan(half);
      expect(half / wq).toBeLessThan(0.25);
    });
  }
});

function fakeMonth(days: number): MonthDays {
  return {
    startMinute: 0,
    days,
    hours: days * 24,
    weekday: Int8Array.from({ length: days }, (_, d) => (d + 2) % 7),
    monthOfYear: new Int8Array(days).fill(3),
    dayOfMonth: Int8Array.from({ length: days }, (_, d) => d + 1),
    year: new Int16Array(days).fill(2023),
    dayKind: new Int8Array(days),
  };
}

const cat = (id: string, perYear: number, batches: { hour: number; share: number }[], spikes = true) => ({
  id,
  name: id,
  nameZh: id,
  messagesPerYear: perYear,
  seasonality: [0.8, 0.6, 1.2, 1.1, 1, 1.1, 0.9, 0.9, 1, 1, 1.1, 1.3],
  deadlineSpikes: spikes ? [{ month: 3, day: 15, multiplier: 4 }] : [],
  intradayBatches: batches,
  workdaysOnly: true,
});

/** A scenario-shaped SMS load: five categories, 1.5 M a year, 09:00 and 15:00 batches, a deadline. */
const SMS: Sms = {
  gatewayMessagesPerSecond: 20,
  delayThresholdSeconds: 60,
  categories: [
    cat('wechat-binding', 300_000, []),
    cat('appointment', 450_000, [{ hour: 9, share: 0.3 }]),
    cat('leave-approval', 250_000, [{ hour: 15, share: 0.2 }]),
    cat('enterprise-startup', 300_000, [{ hour: 9, share: 0.5 }], true),
    cat('free-text', 200_000, [{ hour: 15, share: 0.6 }]),
  ],
};

describe('fluid SMS queue against the per-message reference on the scenario’s shape', () => {
  it('gives the same delay percentiles, max and delayed count for a month (stated tolerances)', () => {
    const month = fakeMonth(31);
    const volume = new SmsVolume(SMS);
    const gateway = new FluidGateway(SMS.gatewayMessagesPerSecond, SMS.delayThresholdSeconds);
    const rng = testUniform(5);
    const arrivals: number[] = [];
    for (let d = 0; d < month.days; d++) {
      const batch = new Float64Array(24);
      const stream = new Float64Array(24);
      for (let c = 0; c < volume.categoryCount; c++) {
        volume.addDay(c, Math.round(volume.expectedDay(c, month, d)), batch, stream);
      }
      for (let h = 0; h < 24; h++) {
        const b = Math.round(batch[h]);
        const a = Math.round(stream[h]);
        gateway.runHour(b, a);
        const t0 = (d * 24 + h) * 3600;
        for (let i = 0; i < b; i++) arrivals.push(t0);
        for (let i = 0; i < a; i++) arrivals.push(t0 + 3600 * rng.next());
      }
    }
    const sorted = Float64Array.from(arrivals).sort();
    const delays = fineGatewayDelays(sorted, 1, () => 1 / SMS.gatewayMessagesPerSecond);
    const result = gateway.closeMonth();
    expect(result.messages).toBeCloseTo(sorted.length, 6);
    let delayed = 0;
    let max = 0;
    for (const v of delays) {
      if (v > SMS.delayThresholdSeconds) delayed++;
      if (v > max) max = v;
    }
    const p50 = sampleQuantile(delays, 0.5);
    const p95 = sampleQuantile(delays, 0.95);
    expect(p95).toBeGreaterThan(30);
    expect(delayed).toBeGreaterThan(1000);
    // p50 within 0.05 s + 5 %, p95 within 4 %, max within 1 %, delayed messages within 2 %.
    expect(Math.abs(result.p50Seconds - p50)).toBeLessThan(0.05 + 0.05 * p50);
    expect(Math.abs(result.p95Seconds - p95) / p95).toBeLessThan(0.04);
    expect(Math.abs(result.maxSeconds - max) / max).toBeLessThan(0.01);
    expect(Math.abs(result.delayedMessages - delayed) / delayed).toBeLessThan(0.02);
  });

  // runDay runs the hours of a day: the same as 24 runHour calls, for a light gateway (waits of a few
  // ms) and a loaded one (backlog carried across days).
  for (const c of [100, 2]) {
    it(`runDay equals the day hour by hour (gateway ${c} msg/s)`, () => {
      const month = fakeMonth(31);
      const volume = new SmsVolume(SMS);
      const byDay = new FluidGateway(c, SMS.delayThresholdSeconds);
      const byHour = new FluidGateway(c, SMS.delayThresholdSeconds);
      const rng = testUniform(c);
      const stream = new Float64Array(24);
      for (let d = 0; d < month.days; d++) {
        const batch = new Float64Array(24);
        let streamed = 0;
        for (let k = 0; k < volume.categoryCount; k++) {
          const count = Math.round(volume.expectedDay(k, month, d) * (0.5 + rng.next()));
          streamed += volume.addDayBatches(k, count, batch);
        }
        for (let h = 0; h < 24; h++) stream[h] = streamed * SMS_HOURLY_SHARE[h];
        byDay.runDay(batch, stream);
        for (let h = 0; h < 24; h++) byHour.runHour(batch[h], stream[h]);
        expect(byDay.backlog).toBeCloseTo(byHour.backlog, 6);
      }
      const a = byDay.closeMonth();
      const b = byHour.closeMonth();
      for (const key of Object.keys(a) as (keyof typeof a)[]) expect(a[key]).toBeCloseTo(b[key], 9);
    });
  }

  it('splits a year by seasonality and deadline days, over workdays only', () => {
    const volume = new SmsVolume({ ...SMS, categories: [cat('x', 120_000, [], true)] });
    const month = fakeMonth(31);
    let total = 0;
    for (let d = 0; d < 31; d++) total += volume.expectedDay(0, month, d);
    const share = 1.2 / SMS.categories[0].seasonality.reduce((a, v) => a + v, 0);
    expect(total).toBeCloseTo(120_000 * share, 6);
    // Day 15 (index 14) is a Wednesday here: four times an ordinary workday; weekends send nothing.
    expect(volume.expectedDay(0, month, 14) / volume.expectedDay(0, month, 13)).toBeCloseTo(4, 9);
    expect(volume.expectedDay(0, month, 4)).toBe(0);
  });
});
