import { describe, expect, it } from 'vitest';
import { TermCalendar } from '../../../src/engine/calendar.ts';
import { MonthlyRecorder } from '../../../src/engine/recorder.ts';
import { Simulation } from '../../../src/engine/simulation.ts';
import { createDatabaseModel } from '../../../src/model/database/databaseModel.ts';
import { activeStandbyAvailability, clusterSteadyState } from '../../../src/model/database/markov.ts';
import { DATABASE_DEFAULTS, type Database } from '../../../src/scenario/sections/database.ts';

/**
 * Active-active and the repair crews against their Markov chains (issue 15). Exponential failures
 * and repairs, MTBF 500 h, MTTR 25 h, a 10-minute failover: large enough that failover losses
 * (≈ 0.03 % of the time) and both-down time (≈ 0.2 %) are both visible. Each replication is a batch
 * of 10 years after a one-year warm-up; 40 replications; two-sided 95 % t-intervals (t₃₉ = 2.023).
 */
const MONTHS = 132;
const WARM = 12;
const REPLICATIONS = 40;
const T_95_39 = 2.023;

const EXP: Database = {
  ...DATABASE_DEFAULTS,
  nodeFailure: { kind: 'exponential', meanHours: 500 },
  nodeRepair: { kind: 'exponential', meanHours: 25 },
  failoverSeconds: 600,
};

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

const MEASURED_MINUTES = (() => {
  const cal = new TermCalendar('2023-01-01', MONTHS);
  return cal.monthStartMinute(MONTHS) - cal.monthStartMinute(WARM);
})();

/** Per replication: unavailability and the share of time with no node up, after the warm-up. */
function unavailability(db: Database, seedTag: string): { lost: number[]; allDown: number[] } {
  const lost: number[] = [];
  const allDown: number[] = [];
  for (let r = 0; r < REPLICATIONS; r++) {
    const s = runDb(db, `${seedTag}-${r}`, MONTHS);
    let down = 0;
    let none = 0;
    for (let m = WARM; m < MONTHS; m++) {
      down += s.dbDowntimeMinutes[m];
      none += s.dbAllDownMinutes[m];
    }
    lost.push(down / MEASURED_MINUTES);
    allDown.push(none / MEASURED_MINUTES);
  }
  return { lost, allDown };
}

function interval(xs: readonly number[]): { mean: number; half: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
  return { mean, half: (T_95_39 * sd) / Math.sqrt(xs.length) };
}

describe('the cluster chains: active-active and repair crews', () => {
  it('closed forms: two crews give the independent-node formula; one crew is worse; modes agree', () => {
    const two = clusterSteadyState(2, 2, 500, 25, 600);
    expect(two.availability).toBeCloseTo(activeStandbyAvailability(500, 25, 600), 14);
    const r = 25 / 500;
    const one = clusterSteadyState(2, 1, 500, 25, 600);
    expect(one.allDown).toBeCloseTo((2 * r * r) / (1 + 2 * r + 2 * r * r), 14);
    expect(one.allDown).toBeGreaterThan(two.allDown);
    expect(one.downProbabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });

  it('active-active equals the chain’s both-down probability plus failover losses (95 % CI)', () => {
    const aa = unavailability({ ...EXP, mode: 'active-active' }, 'aa');
    const chain = clusterSteadyState(2, 2, 500, 25, 600);
    const u = interval(aa.lost);
    expect(Math.abs(u.mean - (1 - chain.availability))).toBeLessThan(u.half);
    expect(u.half / (1 - chain.availability)).toBeLessThan(0.15);
    const d = interval(aa.allDown);
    expect(Math.abs(d.mean - chain.allDown)).toBeLessThan(d.half);
  });

  it('active-active is not less available than active-standby on the same failures (paired, 95 %)', () => {
    // Common random numbers: the same seeds give both modes the same node failures and repairs. The
    // old model counted every active-active node failure as a full outage (2·λ·f instead of λ·f).
    const aa = unavailability({ ...EXP, mode: 'active-active' }, 'pair');
    const as = unavailability({ ...EXP, mode: 'active-standby' }, 'pair');
    const diff = interval(aa.lost.map((x, i) => x - as.lost[i]));
    expect(diff.mean).toBeLessThan(diff.half);
    // Both-down time is identical path by path: the modes differ only in failover windows.
    expect(aa.allDown).toEqual(as.allDown);
  });

  it('one repair crew: both-down time and availability match the one-crew chain (95 % CI)', () => {
    for (const mode of ['active-standby', 'active-active'] as const) {
      const one = unavailability({ ...EXP, mode, repairCrews: 1 }, `crew-${mode}`);
      const chain = clusterSteadyState(2, 1, 500, 25, 600);
      const u = interval(one.lost);
      expect(Math.abs(u.mean - (1 - chain.availability)), mode).toBeLessThan(u.half);
      const d = interval(one.allDown);
      expect(Math.abs(d.mean - chain.allDown), mode).toBeLessThan(d.half);
    }
  });
});

describe('hand-computed cases', () => {
  const deterministic = (db: Partial<Database>): Database => ({
    ...DATABASE_DEFAULTS,
    nodeFailure: { kind: 'deterministic', hours: 1000 },
    nodeRepair: { kind: 'deterministic', hours: 10 },
    failoverSeconds: 600,
    ...db,
  });

  it('active-active: a lone failure interrupts only the failed node’s share (hand-computed)', () => {
    // Three nodes, one crew, every node fails 1000 h after its repair, repairs take 10 h. All fail
    // at 1000 h (February): down until node 0 is repaired at 1010 h; nodes 1 and 2 follow at 1020 h
    // and 1030 h. So in March they fail 10 h apart: node 0 at 2010 h with three up (a third of the
    // sessions for 10 min), node 1 at 2020 h and node 2 at 2030 h with two up (half, 10 min each) —
    // each failure runs before the same-minute repair it meets, which was scheduled later.
    const three = { nodes: 3, repairCrews: 1 };
    const aa = runDb(deterministic({ ...three, mode: 'active-active' }), 1, 3);
    expect(aa.dbAllDownMinutes[1]).toBeCloseTo(600, 9);
    expect(aa.dbDowntimeMinutes[2]).toBeCloseTo(10 / 3 + 5 + 5, 9);
    expect(aa.dbFailovers[2]).toBe(3);
    expect(aa.dbAllDownMinutes[2]).toBe(0);
    // Active-standby: each of the three is the active one when it fails: three full 10-min outages.
    const as = runDb(deterministic({ ...three, mode: 'active-standby' }), 1, 3);
    expect(as.dbDowntimeMinutes[2]).toBeCloseTo(30, 9);
    expect(as.dbFailovers[2]).toBe(3);
  });

  it('one repair crew: the second failed node waits for the first repair', () => {
    const s = runDb(deterministic({ repairCrews: 1, mode: 'active-standby' }), 1, 2);
    // Both fail at 1000 h; node 0 is repaired at 1010 h, node 1's repair starts then, ends 1020 h.
    expect(s.dbAllDownMinutes[1]).toBeCloseTo(600, 9);
    expect(s.dbDowntimeMinutes[1]).toBeCloseTo(600, 9);
    expect(s.dbHoursSingleNode[1]).toBeCloseTo(10, 9);
  });

  it('flags load crossing one node’s capacity in the month it crosses, not the month after', () => {
    // 40 cores a node; load 30 cores at the start, linear +40 %/yr: 30·(1 + 0.4·t) = 40 at
    // t = 0.8333 yr = 10 months exactly; choose +39 %/yr so it crosses inside month 10 (t ≈ 10.26 months).
    const db: Database = {
      ...deterministic({}),
      nodeFailure: { kind: 'exponential', meanHours: 1e9 },
      load: { peakCoresAtStart: 30, growth: { kind: 'linear', ratePerYear: 0.39 } },
    };
    const s = runDb(db, 1, 24);
    const crossing = (10 / 0.39 / 30) * 12; // months from the start to 40 cores
    expect(Math.floor(crossing)).toBe(10);
    expect(s.dbPeakLoadOfOneNode[9]).toBeLessThanOrEqual(1);
    expect(s.dbPeakLoadOfOneNode[10]).toBeGreaterThan(1);
    expect(s.dbPeakLoadOfOneNode[10]).toBeCloseTo((30 * (1 + 0.39 * (11 / 12))) / 40, 12);
  });
});
