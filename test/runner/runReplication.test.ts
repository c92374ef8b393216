import { describe, expect, it } from 'vitest';
import type { ModelContext } from '../../src/model/context.ts';
import { runReplication } from '../../src/model/runReplication.ts';
import { builtInScenario } from '../../src/scenario/library.ts';

const baseline = builtInScenario('luohe-2023-baseline')!;

/** A tiny model: Poisson arrivals counted per month, closed at month end. */
function arrivalsModel(ctx: ModelContext) {
  const stream = ctx.sim.stream('test-arrivals');
  let count = 0;
  const arrive = ctx.sim.on((sim) => {
    count++;
    sim.scheduleIn(stream.exponential(60 * 24), arrive);
  });
  ctx.sim.scheduleIn(stream.exponential(60 * 24), arrive);
  ctx.onMonthEnd((m) => {
    ctx.recorder.set('arrivals', m, count);
    count = 0;
  });
}

describe('runReplication', () => {
  it('closes every month of the term, in order, after that month’s events', () => {
    const order: number[] = [];
    const run = runReplication(baseline, 0, [(ctx) => ctx.onMonthEnd((m) => order.push(m))]);
    expect(order).toEqual(Array.from({ length: 36 }, (_, m) => m));
    expect(run.eventsProcessed).toBe(36);
  });

  it('gives the same numbers for the same replication and different ones for another', () => {
    const a = runReplication(baseline, 3, [arrivalsModel]);
    const b = runReplication(baseline, 3, [arrivalsModel]);
    const c = runReplication(baseline, 4, [arrivalsModel]);
    expect(Array.from(a.series.arrivals)).toEqual(Array.from(b.series.arrivals));
    expect(Array.from(a.series.arrivals)).not.toEqual(Array.from(c.series.arrivals));
    expect(a.seed).toBe(b.seed);
    expect(a.seed).not.toBe(c.seed);
  });

  it('counts about one arrival a day (mean 1 day between arrivals)', () => {
    const run = runReplication(baseline, 0, [arrivalsModel]);
    const total = Array.from(run.series.arrivals).reduce((s, x) => s + x, 0);
    // 1096 days in 2023–2025; Poisson sd ≈ 33: within 4 sd
    expect(Math.abs(total - 1096)).toBeLessThan(4 * 33);
  });
});
