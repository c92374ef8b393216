/**
 * A tiny hand-made scenario whose exact event log is asserted: one server, fixed arrival times, 2-minute
 * services, customers who give up (renege) 3 minutes after arriving unless service starts first
 * (a cancelled timeout), equal-time events in scheduling order, a pause with runUntil, and month ends.
 */
import { expect, it } from 'vitest';
import { Simulation } from '../../src/engine/simulation.ts';

it('produces exactly the hand-computed event log', () => {
  const sim = new Simulation({ seed: 1, termStartDate: '2023-01-01', termMonths: 2 });
  const log: string[] = [];
  const waiting: number[] = [];
  const renegeIds = new Map<number, number>();
  let busy = false;

  sim.everyMonthEnd((s, month) => log.push(`${s.now} month-end ${month}`));
  const done = sim.on((s, c) => {
    log.push(`${s.now} done c${c}`);
    busy = false;
    const next = waiting.shift();
    if (next !== undefined) {
      log.push(`${s.now} cancel renege c${next}: ${s.cancel(renegeIds.get(next)!)}`);
      start(s, next);
    }
  });
  const start = (s: Simulation, c: number): void => {
    busy = true;
    log.push(`${s.now} start c${c}`);
    s.scheduleIn(2, done, c);
  };
  const renege = sim.on((s, c) => {
    waiting.splice(waiting.indexOf(c), 1);
    log.push(`${s.now} renege c${c}`);
  });
  const arrive = sim.on((s, c) => {
    log.push(`${s.now} arrive c${c}`);
    if (!busy) {
      start(s, c);
      return;
    }
    waiting.push(c);
    renegeIds.set(c, s.scheduleIn(3, renege, c));
  });
  const late = sim.on((s) => log.push(`${s.now} late event`));

  sim.schedule(0, arrive, 0);
  sim.schedule(1, arrive, 1);
  sim.schedule(1, arrive, 2);
  sim.schedule(4, arrive, 3);
  sim.schedule(44_640, late);

  sim.runUntil(3);
  log.push(`pause at ${sim.now}`);
  sim.runUntil(sim.calendar.monthStartMinute(2));

  expect(log).toEqual([
    '0 arrive c0',
    '0 start c0',
    '1 arrive c1',
    '1 arrive c2',
    '2 done c0',
    '2 cancel renege c1: true',
    '2 start c1',
    'pause at 3',
    '4 arrive c3', // scheduled first, so first among the three events at minute 4
    '4 renege c2', // scheduled at minute 1
    '4 done c1', // scheduled at minute 2
    '4 cancel renege c3: true',
    '4 start c3',
    '6 done c3',
    '44640 month-end 0', // the hook was installed before the late event was scheduled
    '44640 late event',
    '84960 month-end 1',
  ]);
  expect(sim.eventsProcessed).toBe(11); // 4 arrivals, 3 services done, 1 renege, 2 month ends, 1 late event
  expect(sim.now).toBe(84_960);
});
