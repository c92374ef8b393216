import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../../src/engine/random.ts';
import { DELAY_EDGES } from '../../../src/model/sms/delayHistogram.ts';
import { FluidGateway, type GatewayMonth } from '../../../src/model/sms/fluidGateway.ts';
import { WaitTable } from '../../../src/model/sms/waitTable.ts';
import { fineGatewayDelays } from './fineGateway.ts';
import {
  erlangCTextbook,
  erlangMd1Survival,
  interval95,
  poissonDays,
  survivalQuantile,
} from './streamClosedForms.ts';

/**
 * The steady stream's waits (issue 15: they were a two-point approximation — 0 or the mean of
 * those who wait). First the tabulated law against closed forms written in the tests; then the
 * gateway model, replication by replication, against the same closed forms within 95 % confidence
 * intervals.
 */

describe('the waiting-time law of a steady stream, against closed forms', () => {
  for (const rho of [0.2, 0.53, 0.79, 0.95]) {
    it(`M/D/1 at ρ = ${rho}: Erlang's distribution at every bin edge to 10⁻⁹, P(wait) = ρ, mean ρD/2(1−ρ)`, () => {
      const service = 10; // a 0.1 msg/s gateway
      const row = new WaitTable(0.1, 1, 'deterministic', 20).exact(rho);
      let compared = 0;
      for (let b = 0; b < DELAY_EDGES.length && DELAY_EDGES[b] <= 40 * service; b++) {
        const expected = erlangMd1Survival(rho, DELAY_EDGES[b] / service);
        expect(Math.abs(row.survival[b] - expected), `x = ${DELAY_EDGES[b]}`).toBeLessThan(1e-9);
        compared++;
      }
      expect(compared).toBeGreaterThan(100);
      expect(row.waitProbability).toBeCloseTo(rho, 10);
      expect(row.meanWaitSeconds).toBeCloseTo((rho * service) / (2 * (1 - rho)), 8);
      expect(row.overTarget).toBeCloseTo(erlangMd1Survival(rho, 2), 9);
    });
  }

  it('M/M/4 at ρ = 0.8: Erlang C, P(W > t) = C·e^{−(cμ−λ)t}, mean C ÷ (cμ − λ)', () => {
    const rate = 2; // cμ: 4 channels of 0.5 msg/s
    const row = new WaitTable(rate, 4, 'exponential', 20).exact(0.8);
    const c = erlangCTextbook(4, 0.8);
    expect(row.waitProbability).toBeCloseTo(c, 12);
    expect(row.meanWaitSeconds).toBeCloseTo(c / (rate * 0.2), 10);
    for (let b = 0; b < DELAY_EDGES.length && DELAY_EDGES[b] < 100; b += 7) {
      expect(row.survival[b]).toBeCloseTo(c * Math.exp(-rate * 0.2 * DELAY_EDGES[b]), 12);
    }
  });

  // M/D/c has no elementary closed form: its rows (Crommelin's formula on the queue solved by roots
  // and an FFT) are checked against a per-message FCFS simulation of 1,000,000 messages, 20 batch
  // means, 95 % t-intervals, at waits that 1–50 % of the messages exceed (rarer ones are too
  // clustered for a sample this size: a 40-million-message run agrees within 3 % at 5·10⁻⁴).
  for (const [c, rho] of [
    [3, 0.85],
    [8, 0.8],
  ] as const) {
    it(`M/D/${c} at ρ = ${rho}: mean, P(wait) and P(W > x) within the simulation's 95 % intervals`, () => {
      const rate = 1; // aggregate msg/s: each channel takes c seconds a message
      const row = new WaitTable(rate, c, 'deterministic', 5).exact(rho);
      const n = 1_000_000;
      const rng = new RandomStream(77 + c);
      const arrivals = new Float64Array(n);
      let t = 0;
      for (let i = 0; i < n; i++) {
        t += rng.exponential(1 / (rho * rate));
        arrivals[i] = t;
      }
      const delays = fineGatewayDelays(arrivals, c, () => c / rate);
      const warm = n / 10;
      const batches = 20;
      const size = Math.floor((n - warm) / batches);
      const probes = [0.5, 1, 1.5, 2].map((k) => k * c); // waits of ½ to 2 service times
      const per = (f: (d: number) => number) =>
        Array.from({ length: batches }, (_, k) => {
          let s = 0;
          for (let i = 0; i < size; i++) s += f(delays[warm + k * size + i]);
          return s / size;
        });
      const mean = interval95(per((d) => d));
      expect(Math.abs(mean.mean - row.meanWaitSeconds)).toBeLessThan(mean.half);
      const wait = interval95(per((d) => (d > 1e-9 ? 1 : 0)));
      expect(Math.abs(wait.mean - row.waitProbability)).toBeLessThan(wait.half);
      for (const x of probes) {
        const b = DELAY_EDGES.findIndex((e) => e >= x);
        const edge = DELAY_EDGES[b];
        if (row.survival[b] < 0.01) continue;
        const tail = interval95(per((d) => (d > edge ? 1 : 0)));
        expect(Math.abs(tail.mean - row.survival[b]), `P(W > ${edge.toFixed(3)})`).toBeLessThan(tail.half);
      }
    });
  }
});

/**
 * A constant-rate stream as installSms makes one: each day's count Poisson(ρ·rate·86,400), spread
 * evenly over its hours; 30 days through the gateway.
 */
function steadyMonths(
  rate: number,
  channels: number,
  law: 'deterministic' | 'exponential',
  rho: number,
  replications: number,
  target: number,
): GatewayMonth[] {
  const months: GatewayMonth[] = [];
  const none = new Float64Array(24);
  const stream = new Float64Array(24);
  for (let r = 0; r < replications; r++) {
    const days = poissonDays(rho * rate * 86_400, 30, 1000 + r);
    const g = new FluidGateway(rate, target, channels, law);
    for (let d = 0; d < 30; d++) {
      stream.fill(days[d] / 24);
      g.runDay(none, stream);
    }
    months.push(g.closeMonth());
  }
  return months;
}

describe('the gateway model over replications, against the closed forms (95 % intervals)', () => {
  // Each replication: a 30-day month at a constant rate (Poisson day counts). The model's monthly
  // mean wait, share that waited, share over the target and P95 — averaged over 40 replications —
  // must hold the closed form within the 95 % interval, widened by the model's stated
  // approximations: each day runs at its own realised load, which lifts convex figures by about
  // var(ρ_day)·f''/2 (0.3 % of the mean wait at ρ = 0.79), so 0.5 %; P95 also by 1 % (its histogram
  // bins are 6 % wide, read by linear interpolation).
  const cases = [
    { name: 'M/D/1, 0.1 msg/s, ρ = 0.53', rate: 0.1, c: 1, law: 'deterministic', rho: 0.53 },
    { name: 'M/D/1, 0.1 msg/s, ρ = 0.79', rate: 0.1, c: 1, law: 'deterministic', rho: 0.79 },
    { name: 'M/M/4, 2 msg/s, ρ = 0.8', rate: 2, c: 4, law: 'exponential', rho: 0.8 },
  ] as const;
  for (const k of cases) {
    it(k.name, () => {
      const target = 20;
      const months = steadyMonths(k.rate, k.c, k.law, k.rho, 40, target);
      let survival: (x: number) => number;
      let pWait: number;
      let mean: number;
      if (k.law === 'deterministic') {
        const d = 1 / k.rate;
        survival = (x) => erlangMd1Survival(k.rho, x / d);
        pWait = k.rho;
        mean = (k.rho * d) / (2 * (1 - k.rho));
      } else {
        const c = erlangCTextbook(k.c, k.rho);
        survival = (x) => c * Math.exp(-k.rate * (1 - k.rho) * x);
        pWait = c;
        mean = c / (k.rate * (1 - k.rho));
      }
      const p95 = survivalQuantile(survival, 0.05, 60 / k.rate);
      const check = (values: number[], expected: number, slack = 0.005) => {
        const ci = interval95(values);
        expect(Math.abs(ci.mean - expected)).toBeLessThan(ci.half + slack * expected);
        expect(ci.half / expected).toBeLessThan(0.05);
      };
      check(
        months.map((m) => m.meanWaitSeconds),
        mean,
      );
      check(
        months.map((m) => m.waitProbability),
        pWait,
      );
      check(
        months.map((m) => m.delayedMessages / m.messages),
        survival(target),
      );
      check(
        months.map((m) => m.p95Seconds),
        p95,
        0.01,
      );
    });
  }
});
