import { describe, expect, it } from 'vitest';
import { EventBudgetExceededError, Simulation } from '../../src/engine/simulation.ts';

function makeSim(eventBudget?: number): Simulation {
  return new Simulation({ seed: 42, termStartDate: '2023-01-01', termMonths: 36, eventBudget });
}

describe('Simulation', () => {
  it('runs events in time order and equal times in the order scheduled', () => {
    const sim = makeSim();
    const log: string[] = [];
    const h = sim.on((s, payload) => log.push(`${s.now}:${payload}`));
    sim.schedule(10, h, 1);
    sim.schedule(5, h, 2);
    sim.schedule(10, h, 3);
    sim.schedule(5, h, 4);
    sim.schedule(0, h, 5);
    sim.runUntil(100);
    expect(log).toEqual(['0:5', '5:2', '5:4', '10:1', '10:3']);
    expect(sim.now).toBe(100);
    expect(sim.eventsProcessed).toBe(5);
  });

  it('keeps FIFO order among many equal times mixed with other times (heap stress)', () => {
    const sim = makeSim();
    const seen: number[] = [];
    const h = sim.on((_s, payload) => seen.push(payload));
    const rng = sim.stream('order');
    const times: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const t = rng.int(0, 50);
      times.push(t);
      sim.schedule(t, h, i);
    }
    sim.runUntil(50);
    const expected = times.map((t, i) => ({ t, i })).sort((a, b) => a.t - b.t || a.i - b.i);
    expect(seen).toEqual(expected.map((e) => e.i));
  });

  it('runUntil runs events at exactly the limit, leaves later ones, and sets now', () => {
    const sim = makeSim();
    const log: number[] = [];
    const h = sim.on((s) => log.push(s.now));
    sim.schedule(10, h);
    sim.schedule(10.5, h);
    sim.runUntil(10);
    expect(log).toEqual([10]);
    expect(sim.now).toBe(10);
    expect(sim.pendingEvents).toBe(1);
    expect(sim.step()).toBe(true);
    expect(sim.now).toBe(10.5);
    expect(sim.step()).toBe(false);
  });

  it('cancel removes a pending event once and never runs it', () => {
    const sim = makeSim();
    const log: number[] = [];
    const h = sim.on((_s, p) => log.push(p));
    const a = sim.schedule(1, h, 1);
    const b = sim.schedule(2, h, 2);
    expect(sim.cancel(b)).toBe(true);
    expect(sim.cancel(b)).toBe(false);
    sim.runUntil(5);
    expect(log).toEqual([1]);
    expect(sim.cancel(a)).toBe(false); // already ran
    expect(sim.eventsProcessed).toBe(1); // cancelled events do not count
    // a stale id does not cancel the event that reuses its slot
    const c = sim.schedule(6, h, 3);
    expect(sim.cancel(b)).toBe(false);
    expect(sim.isPending(c)).toBe(true);
  });

  it('survives heavy cancellation (heap compaction) with the right events left', () => {
    const sim = makeSim();
    const log: number[] = [];
    const h = sim.on((_s, p) => log.push(p));
    const ids: number[] = [];
    for (let i = 0; i < 10_000; i++) ids.push(sim.schedule(i, h, i));
    for (let i = 0; i < 10_000; i++) if (i % 10 !== 0) expect(sim.cancel(ids[i])).toBe(true);
    expect(sim.pendingEvents).toBe(1000);
    sim.runUntil(20_000);
    expect(log).toEqual(Array.from({ length: 1000 }, (_, k) => k * 10));
  });

  it('rejects scheduling in the past, unknown handlers and running backwards', () => {
    const sim = makeSim();
    const h = sim.on(() => {});
    sim.runUntil(100);
    expect(() => sim.schedule(99, h)).toThrow(RangeError);
    expect(() => sim.schedule(Number.NaN, h)).toThrow(RangeError);
    expect(() => sim.scheduleIn(-1, h)).toThrow(RangeError);
    expect(() => sim.schedule(200, h + 1)).toThrow(RangeError);
    expect(() => sim.runUntil(50)).toThrow(RangeError);
  });

  it('stops a runaway process with EventBudgetExceededError naming budget, time and count', () => {
    const sim = makeSim(1000);
    const h = sim.on((s) => {
      s.scheduleIn(1, h);
    });
    sim.schedule(0, h);
    let error: unknown;
    try {
      sim.runUntil(1e9);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EventBudgetExceededError);
    const budgetError = error as EventBudgetExceededError;
    expect(budgetError.message).toContain('1000');
    expect(budgetError.message).toContain('minute 1000');
    expect(budgetError.eventsProcessed).toBe(1000);
    expect(sim.eventsProcessed).toBe(1000);
  });

  it('everyMonthEnd fires once per month at the month boundary before later-scheduled events there', () => {
    const sim = new Simulation({ seed: 1, termStartDate: '2023-01-01', termMonths: 3 });
    const log: string[] = [];
    sim.everyMonthEnd((s, m) => log.push(`end${m}@${s.now}`));
    const h = sim.on((s) => log.push(`ev@${s.now}`));
    sim.schedule(31 * 1440, h);
    sim.runUntil(sim.calendar.monthStartMinute(3));
    expect(log).toEqual(['end0@44640', 'ev@44640', 'end1@84960', 'end2@129600']);
  });

  it('stream(name) returns the same object for a name and different sequences for different names', () => {
    const sim = makeSim();
    expect(sim.stream('db')).toBe(sim.stream('db'));
    expect(sim.stream('db').next()).not.toBe(sim.stream('sms').next());
  });
});
