import { describe, expect, it } from 'vitest';
import { TermCalendar } from '../../../src/engine/calendar.ts';
import { MonthlyRecorder } from '../../../src/engine/recorder.ts';
import { Simulation } from '../../../src/engine/simulation.ts';
import { createDatabaseModel } from '../../../src/model/database/databaseModel.ts';
import {
  activeStandbyAvailability,
  activeStandbyFailoverRatePerHour,
} from '../../../src/model/database/markov.ts';
import { DATABASE_DEFAULTS, type Database } from '../../../src/scenario/sections/database.ts';

function runDb(db: Database, seed: number | string, months: number): Record<string, Float64Array> {
  const sim = new Simulation({ seed, termStartDate: '2023-01-01', termMonths: months });
  const recorder = new MonthlyRecorder(months);
  const callbacks: ((m: number) => void)[] = [];
  const monthEnd = sim.on((_s, m) => {
    for (const cb of callbacks) cb(m);
  });
  for (let m = 0; m < months; m++) sim.schedule(sim.calendar.monthStartMinute(m + 1), monthEnd, m);
  createDatabaseModel(sim, recorder, (cb) => callbacks.push(cb), db);
  sim.runUntil(sim.calendar.monthStartMinute(months));
  return recorder.toObject();
}

const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);

/** Student t quantile, two-sided 99 %, 29 degrees of freedom. */
const T_99_29 = 2.756;

describe('database cluster', () => {
  it('availability with exponential failures and repairs matches the two-node Markov closed form (99 % CI)', () => {
    // Formula under test: A = 1 − q² − p²·λ·f with q = MTTR/(MTBF+MTTR), p = 1 − q, λ = 1/MTBF,
    // f = failover outage in hours. MTBF 200 h, MTTR 20 h, f = 10 min; 30 replications of 10 years,
    // each one batch (its unavailability), t-based 99 % CI on the mean. The first year is dropped as
    // warm-up (the cluster starts with both nodes up).
    const db: Database = {
      ...DATABASE_DEFAULTS,
      nodeFailure: { kind: 'exponential', meanHours: 200 },
      nodeRepair: { kind: 'exponential', meanHours: 20 },
      failoverSeconds: 600,
    };
    const months = 120;
    const batches: number[] = [];
    const failoverRates: number[] = [];
    for (let r = 0; r < 30; r++) {
      const s = runDb(db, `markov-${r}`, months);
      let down = 0;
      let failovers = 0;
      for (let m = 12; m < months; m++) {
        down += s.dbDowntimeMinutes[m];
        failovers += s.dbFailovers[m];
      }
      const cal = new TermCalendar('2023-01-01', months);
      const minutes = cal.monthStartMinute(months) - cal.monthStartMinute(12);
      batches.push(down / minutes);
      failoverRates.push(failovers / (minutes / 60));
    }
    const ci = (xs: number[]) => {
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
      return { mean, half: (T_99_29 * sd) / Math.sqrt(xs.length) };
    };
    const u = ci(batches);
    const expected = 1 - activeStandbyAvailability(200, 20, 600);
    expect(Math.abs(u.mean - expected)).toBeLessThan(u.half);
    expect(u.half / expected).toBeLessThan(0.1); // the CI is tight enough to mean something
    const f = ci(failoverRates);
    expect(Math.abs(f.mean - activeStandbyFailoverRatePerHour(200, 20))).toBeLessThan(f.half);
  });

  it('deterministic failures give the hand-computed outages, minutes and failovers', () => {
    // Both nodes fail at 1000 h and every 1010 h after (10-h repairs), in the same minute: node 0
    // (active) fails first → one failover begins; node 1 fails in that minute → both down until the
    // repairs 10 h later. Term 2023-01-01 + 36 months = 26,280 h: failures at 1000 + 1010·k ≤ 26,280
    // for k = 0…25 → 26 outages of 600 min, 26 failovers.
    const db: Database = {
      ...DATABASE_DEFAULTS,
      nodeFailure: { kind: 'deterministic', hours: 1000 },
      nodeRepair: { kind: 'deterministic', hours: 10 },
      failoverSeconds: 30,
    };
    const s = runDb(db, 1, 36);
    expect(sum(s.dbDowntimeMinutes)).toBeCloseTo(26 * 600, 6);
    expect(sum(s.dbFailovers)).toBe(26);
    expect(sum(s.dbNodeFailures)).toBe(52);
    // The first outage: 1000 h = 2023-02-11 16:00, in month 1 (February).
    expect(s.dbDowntimeMinutes[0]).toBe(0);
    expect(s.dbDowntimeMinutes[1]).toBeCloseTo(600, 6);
    expect(s.dbAvailability[1]).toBeCloseTo(1 - 600 / (28 * 1440), 12);
    expect(sum(s.dbHoursSingleNode)).toBe(0);
  });

  it('a single node: down while it is repaired, no failover, every up hour counted on one node', () => {
    const db: Database = {
      ...DATABASE_DEFAULTS,
      nodes: 1,
      nodeFailure: { kind: 'deterministic', hours: 500 },
      nodeRepair: { kind: 'deterministic', hours: 100 },
    };
    const s = runDb(db, 1, 1); // January: 744 h, failure at 500 h, down until 600 h
    expect(s.dbDowntimeMinutes[0]).toBeCloseTo(100 * 60, 6);
    expect(s.dbFailovers[0]).toBe(0);
    expect(s.dbHoursSingleNode[0]).toBeCloseTo(644, 6);
  });

  it('load against one node and the array grow as specified', () => {
    const s = runDb({ ...DATABASE_DEFAULTS, nodeFailure: { kind: 'exponential', meanHours: 1e6 } }, 1, 36);
    // 14 cores at the start, +20 %/yr compound, 40 cores per node; judged at each month's end.
    expect(s.dbPeakLoadOfOneNode[0]).toBeCloseTo((14 * 1.2 ** (1 / 12)) / 40, 12);
    expect(s.dbPeakLoadOfOneNode[11]).toBeCloseTo((14 * 1.2) / 40, 12);
    expect(s.dbArrayUsedTb[11]).toBeCloseTo(0.9 * 1.2, 12);
    // 0.9 × 1.2^t ≥ 2 TB from t = ln(2/0.9)/ln 1.2 = 4.38 years: never within 36 months.
    expect(sum(s.dbArrayFull)).toBe(0);
  });
});
