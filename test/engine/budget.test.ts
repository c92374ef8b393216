import { describe, expect, it } from 'vitest';
import {
  EventBudgetExceededError,
  Simulation,
  TimeBudgetExceededError,
  UNOWNED,
  WATCH_EVERY_EVENTS,
} from '../../src/engine/simulation.ts';

function sim(options: { eventBudget?: number; watchdog?: (activity: string) => boolean } = {}) {
  return new Simulation({ seed: 1, termStartDate: '2023-01-01', termMonths: 12, ...options });
}

describe('budgets and owners', () => {
  it('counts events per owner and blames the busiest one when the event budget runs out', () => {
    const s = sim({ eventBudget: 10_000 });
    s.setOwner('quiet');
    const quiet = s.on(() => {});
    s.setOwner('storm');
    const storm = s.on((x) => {
      x.scheduleIn(0.001, storm);
    });
    for (let i = 0; i < 50; i++) s.schedule(i, quiet);
    s.schedule(0, storm);
    let error: unknown;
    try {
      s.runUntil(1e6);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EventBudgetExceededError);
    const e = error as EventBudgetExceededError;
    expect(e.owner).toBe('storm');
    expect(e.kind).toBe('events');
    expect(e.eventsByOwner).toEqual({ quiet: 10, storm: 9990 }); // quiet runs at minutes 0..9 before the budget
    expect(e.message).toContain("most of them storm's");
  });

  it('calls the injected watchdog every WATCH_EVERY_EVENTS events and at checkpoints, never reading a clock itself', () => {
    const calls: string[] = [];
    const s = sim({
      watchdog: (activity) => {
        calls.push(activity);
        return false;
      },
    });
    s.setOwner('ticker');
    const tick = s.on((x) => {
      if (x.eventsProcessed < 3 * WATCH_EVERY_EVENTS) x.scheduleIn(1, tick);
    });
    s.schedule(0, tick);
    s.runUntil(1e9);
    s.checkpoint('month end of storage');
    expect(calls).toEqual(['ticker', 'ticker', 'ticker', 'month end of storage']);
    expect(s.eventsByOwner()).toEqual({ ticker: 3 * WATCH_EVERY_EVENTS });
  });

  it('stops with TimeBudgetExceededError when the watchdog says the time is spent', () => {
    let calls = 0;
    const s = sim({ watchdog: () => ++calls >= 2 });
    s.setOwner('slow');
    const h = s.on((x) => x.scheduleIn(1, h));
    s.schedule(0, h);
    let error: unknown;
    try {
      s.runUntil(1e9);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TimeBudgetExceededError);
    expect((error as TimeBudgetExceededError).owner).toBe('slow');
    expect((error as TimeBudgetExceededError).eventsProcessed).toBe(2 * WATCH_EVERY_EVENTS);
  });

  it('labels handlers registered before any owner as the simulation’s', () => {
    const s = sim({ eventBudget: 0 });
    const h = s.on(() => {});
    s.schedule(0, h);
    expect(() => s.runUntil(1)).toThrow(new RegExp(`most of them ${UNOWNED}'s`));
  });
});
