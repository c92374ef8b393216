import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../../src/engine/random.ts';
import { FluidGateway, type GatewayMonth } from '../../../src/model/sms/fluidGateway.ts';
import { SMS_HOURLY_SHARE, SMS_PEAK_HOUR_SHARE } from '../../../src/model/sms/smsVolume.ts';
import { fineGatewayDelays, sampleQuantile } from './fineGateway.ts';
import { interval95 } from './streamClosedForms.ts';

/**
 * The gateway model against a per-message reference simulation written here (every message its own
 * arrival time, FCFS over the channels), month by month on the same arrivals: the reference
 * cases (a 0.1 msg/s gateway on the portal's daily curve at 53 % and 79 % peak-hour load) and a mixed
 * case where batches build backlogs that a loaded stream then runs into.
 *
 * Arrivals, as installSms makes them: each day a Poisson count, spread over the hours by the curve;
 * the reference draws each message's hour from the curve and its minute uniformly (a Poisson process
 * whose rate follows the curve), plus each batch at the start of its hour.
 */

interface Figures {
  p50: number;
  p95: number;
  mean: number;
  waited: number;
  over: number;
  max: number;
}

const CUMULATIVE_SHARE = (() => {
  let s = 0;
  return SMS_HOURLY_SHARE.map((x) => {
    s += x;
    return s;
  });
})();

function hourOf(u: number): number {
  let h = 0;
  while (h < 23 && u > CUMULATIVE_SHARE[h]) h++;
  return h;
}

/** One 30-day month: the model's figures and the reference's, on the same day counts. */
function month(
  rate: number,
  dailyMean: number,
  batches: Record<number, number>,
  target: number,
  seed: number,
): { model: Figures; reference: Figures } {
  const rng = new RandomStream(seed);
  const gateway = new FluidGateway(rate, target);
  const batch = new Float64Array(24);
  for (const [hour, size] of Object.entries(batches)) batch[Number(hour)] = size;
  const stream = new Float64Array(24);
  const arrivals: number[] = [];
  for (let d = 0; d < 30; d++) {
    const n = rng.poisson(dailyMean);
    for (let h = 0; h < 24; h++) stream[h] = n * SMS_HOURLY_SHARE[h];
    gateway.runDay(batch, stream);
    for (let h = 0; h < 24; h++) for (let k = 0; k < batch[h]; k++) arrivals.push(d * 86_400 + h * 3600);
    for (let k = 0; k < n; k++) arrivals.push(d * 86_400 + hourOf(rng.next()) * 3600 + 3600 * rng.next());
  }
  const g: GatewayMonth = gateway.closeMonth();
  const sorted = Float64Array.from(arrivals).sort();
  const delays = fineGatewayDelays(sorted, 1, () => 1 / rate);
  let sum = 0;
  let waited = 0;
  let over = 0;
  let max = 0;
  for (const v of delays) {
    sum += v;
    if (v > 1e-9) waited++;
    if (v > target) over++;
    if (v > max) max = v;
  }
  const n = delays.length;
  return {
    model: {
      p50: g.p50Seconds,
      p95: g.p95Seconds,
      mean: g.meanWaitSeconds,
      waited: g.waitProbability,
      over: g.delayedMessages / g.messages,
      max: g.maxSeconds,
    },
    reference: {
      p50: sampleQuantile(delays, 0.5),
      p95: sampleQuantile(delays, 0.95),
      mean: sum / n,
      waited: waited / n,
      over: over / n,
      max,
    },
  };
}

function months(
  rate: number,
  peakLoad: number,
  batches: Record<number, number>,
  target: number,
  count: number,
) {
  const dailyMean = (peakLoad * rate * 3600) / SMS_PEAK_HOUR_SHARE;
  const runs = Array.from({ length: count }, (_, r) => month(rate, dailyMean, batches, target, 500 + r));
  const mean = (pick: (f: Figures) => number, of: 'model' | 'reference') =>
    interval95(runs.map((x) => pick(x[of])));
  return { runs, mean };
}

describe('the issue’s reference: a 0.1 msg/s gateway on the portal curve, 20 s target', () => {
  it('53 % peak-hour load: P95 ≈ 17.0 s, 3.3 % over 20 s, max ≈ 80 s — as the reference', () => {
    const { mean } = months(0.1, 0.53, {}, 20, 20);
    const model = (f: (x: Figures) => number) => mean(f, 'model').mean;
    const ref = (f: (x: Figures) => number) => mean(f, 'reference');
    // The figures (theory confirmed by an independent simulation).
    expect(model((f) => f.p95)).toBeGreaterThan(16.5);
    expect(model((f) => f.p95)).toBeLessThan(17.5);
    expect(model((f) => f.over)).toBeGreaterThan(0.03);
    expect(model((f) => f.over)).toBeLessThan(0.036);
    expect(model((f) => f.p50)).toBe(0);
    // Against this file's reference, within its 95 % interval plus the stated tolerance: P95 and the
    // mean 3 %, the shares that waited or went over the target 0.5 points, the month's largest wait
    // 10 % (the model reports its mean from extreme-value theory; one month's maximum scatters ±20 %).
    const close = (f: (x: Figures) => number, relative: number, absolute = 0) => {
      const r = ref(f);
      expect(Math.abs(model(f) - r.mean)).toBeLessThan(r.half + relative * r.mean + absolute);
    };
    close((f) => f.p95, 0.03);
    close((f) => f.mean, 0.03);
    close((f) => f.waited, 0, 0.005);
    close((f) => f.over, 0, 0.005);
    close((f) => f.max, 0.1);
  });

  it('79 % peak-hour load: P50 ≈ 3.3 s, P95 ≈ 42 s, 16.9 % over 20 s — as the reference', () => {
    const { mean } = months(0.1, 0.79, {}, 20, 20);
    const model = (f: (x: Figures) => number) => mean(f, 'model').mean;
    const ref = (f: (x: Figures) => number) => mean(f, 'reference');
    expect(model((f) => f.p50)).toBeGreaterThan(3.0);
    expect(model((f) => f.p50)).toBeLessThan(3.6);
    expect(model((f) => f.p95)).toBeGreaterThan(40.5);
    expect(model((f) => f.p95)).toBeLessThan(43.5);
    expect(model((f) => f.over)).toBeGreaterThan(0.16);
    expect(model((f) => f.over)).toBeLessThan(0.175);
    const close = (f: (x: Figures) => number, relative: number, absolute = 0) => {
      const r = ref(f);
      expect(Math.abs(model(f) - r.mean)).toBeLessThan(r.half + relative * r.mean + absolute);
    };
    close((f) => f.p50, 0.05, 0.1);
    close((f) => f.p95, 0.03);
    close((f) => f.mean, 0.03);
    close((f) => f.waited, 0, 0.005);
    close((f) => f.over, 0, 0.005);
    close((f) => f.max, 0.1);
  });
});

describe('batches and a loaded stream together, against the per-message reference', () => {
  it('0.5 msg/s, stream at 60 % peak-hour load, 900 messages at 09:00 and 400 at 15:00, 60 s target', () => {
    // The 09:00 batch takes about an hour to clear behind a stream at ~50 % load, so the stream runs
    // into the backlog, then into a steady queue. Tolerances: P50 and P95 5 % (+0.1 s), mean 5 %,
    // the share that waited 1 point, the share over the target 3 % of itself, the max 5 % (it is the
    // 09:00 batch's last message's wait, which the fluid part gives nearly exactly).
    const { mean } = months(0.5, 0.6, { 9: 900, 15: 400 }, 60, 10);
    const check = (f: (x: Figures) => number, relative: number, absolute = 0) => {
      const m = mean(f, 'model');
      const r = mean(f, 'reference');
      expect(Math.abs(m.mean - r.mean)).toBeLessThan(r.half + relative * r.mean + absolute);
    };
    check((f) => f.p50, 0.05, 0.1);
    check((f) => f.p95, 0.05, 0.1);
    check((f) => f.mean, 0.05);
    check((f) => f.waited, 0, 0.01);
    check((f) => f.over, 0.03);
    check((f) => f.max, 0.05);
    // The batches matter: far more than 5 % waited over a minute.
    expect(mean((f) => f.over, 'reference').mean).toBeGreaterThan(0.05);
  });
});
