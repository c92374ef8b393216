/**
 * The database cluster over one replication: nodes fail and are repaired (each from its own fork of
 * the `db` stream) by a limited number of repair crews, the service fails over, and load and the
 * shared array grow against their limits.
 *
 * Service rules:
 * - active-standby: when the active node fails and another node is up, that node takes over after an
 *   outage of `failoverSeconds` (one failover, all sessions interrupted); when a standby fails, nothing
 *   stops (the cluster runs on fewer nodes).
 * - active-active: every up node serves an equal share of the sessions; a node failure while another
 *   is up interrupts only the failed node's share (1 ÷ the nodes up before it failed) for
 *   `failoverSeconds` while its sessions reconnect to the survivors (one failover).
 * - Either way, no node up = down until the first repair, and the repaired node serves at once.
 * - Repairs: `repairCrews` crews (absent: one per node, i.e. independent repairs); a node that fails
 *   while every crew is busy waits, first come first served, and its repair time is drawn when a crew
 *   starts on it.
 * Lost service is counted session-weighted: a window in which a share s of the sessions is
 * interrupted counts s × its length (in active-standby every outage interrupts all of them).
 * Events: one per node failure and repair, plus one per failover window (its end); none per minute.
 *
 * | series              | unit       | value per month                                                    |
 * |---------------------|------------|--------------------------------------------------------------------|
 * | dbAvailability      | 0..1       | 1 − dbDowntimeMinutes ÷ the month's minutes (in force)             |
 * | dbDowntimeMinutes   | min        | total: service lost, session-weighted (failover windows × the share |
 * |                     |            | of sessions they interrupt, all-nodes-down time × 1), split exactly |
 * |                     |            | at month ends                                                      |
 * | dbAllDownMinutes    | min        | total: minutes with no node up                                     |
 * | dbFailovers         | —          | total: failovers that began in the month                           |
 * | dbHoursSingleNode   | h          | total: hours with exactly one node up                              |
 * | dbNodeFailures      | —          | total: node failures that began in the month                       |
 * | dbPeakLoadOfOneNode | × one node | busiest-hour cores at the month's worst point (its end: load only  |
 * |                     |            | grows) ÷ one node's cores (> 1: a lone survivor could not carry it) |
 * | dbArrayUsedTb       | TB         | month end: data on the shared array (may exceed arrayTb: demand)   |
 * | dbArrayFull         | 0/1        | month end: 1 if dbArrayUsedTb ≥ arrayTb                             |
 */
import type { RandomStream } from '../../engine/random.ts';
import type { MonthlyRecorder } from '../../engine/recorder.ts';
import type { EventId, Simulation } from '../../engine/simulation.ts';
import type { Database } from '../../scenario/schema.ts';
import type { GrowthSpec } from '../../scenario/sections/common.ts';
import { sampleMinutes } from '../compute/duration.ts';
import type { ModelContext } from '../context.ts';

/** Growth factor after `years` for a scenario growth spec (compound: (1+r)^t; linear: 1 + r·t). */
export function growthFactor(spec: GrowthSpec, years: number): number {
  return spec.kind === 'compound' ? (1 + spec.ratePerYear) ** years : 1 + spec.ratePerYear * years;
}

/** Busiest-hour cores ÷ one node's cores at the end of term month m (load only grows, so its worst point). */
export function dbPeakLoadOfOneNode(db: Database, monthIndex: number): number {
  return (db.load.peakCoresAtStart * growthFactor(db.load.growth, (monthIndex + 1) / 12)) / db.coresPerNode;
}

export class DatabaseModel {
  readonly db: Database;
  readonly up: Uint8Array;
  upCount: number;
  /** Serving node in active-standby mode. */
  active = 0;
  private readonly crews: number;
  private busyCrews = 0;
  /** Failed nodes waiting for a crew, FIFO (a ring would be overkill: at most `nodes` long). */
  private readonly repairQueue: number[] = [];
  /** Share of sessions not served now (0..1), and since when it holds. */
  private lostShare = 0;
  private lostSince = 0;
  private allDownSince = 0;
  private singleSince = 0;
  /** Open failover windows: their end events and the share of sessions each interrupts. */
  private readonly windowEvents: EventId[] = [];
  private readonly windowShares: number[] = [];
  // Month tallies.
  downMinutes = 0;
  allDownMinutes = 0;
  singleNodeMinutes = 0;
  failovers = 0;
  nodeFailures = 0;
  private readonly sim: Simulation;
  private readonly streams: RandomStream[];
  private readonly hFail: number;
  private readonly hRepair: number;
  private readonly hFailoverDone: number;

  constructor(sim: Simulation, db: Database) {
    this.sim = sim;
    this.db = db;
    this.up = new Uint8Array(db.nodes).fill(1);
    this.upCount = db.nodes;
    this.crews = Math.min(db.nodes, db.repairCrews ?? db.nodes);
    const stream = sim.stream('db');
    this.streams = Array.from({ length: db.nodes }, (_, i) => stream.fork(`node-${i}`));
    this.hFail = sim.on((_s, node) => this.onFailure(node));
    this.hRepair = sim.on((_s, node) => this.onRepair(node));
    this.hFailoverDone = sim.on((_s, event) => this.onFailoverDone(event));
    for (let i = 0; i < db.nodes; i++)
      sim.scheduleIn(sampleMinutes(this.streams[i], db.nodeFailure), this.hFail, i);
  }

  /** Integrates the lost share up to now, then sets it from the cluster's state. */
  private updateLoss(): void {
    const now = this.sim.now;
    this.downMinutes += this.lostShare * (now - this.lostSince);
    this.lostSince = now;
    let share = 0;
    if (this.upCount === 0) share = 1;
    else for (const s of this.windowShares) share += s;
    this.lostShare = Math.min(1, share);
  }

  private setUpCount(next: number): void {
    const now = this.sim.now;
    if (this.upCount === 1 && next !== 1) this.singleNodeMinutes += now - this.singleSince;
    if (this.upCount !== 1 && next === 1) this.singleSince = now;
    if (this.upCount === 0 && next !== 0) this.allDownMinutes += now - this.allDownSince;
    if (this.upCount !== 0 && next === 0) this.allDownSince = now;
    this.upCount = next;
  }

  private onFailure(node: number): void {
    const db = this.db;
    const upBefore = this.upCount;
    this.up[node] = 0;
    this.nodeFailures++;
    this.setUpCount(upBefore - 1);
    if (this.busyCrews < this.crews) this.startRepair(node);
    else this.repairQueue.push(node);
    if (this.upCount === 0) {
      // Nobody left: down until a repair; failovers in progress cannot finish.
      this.closeWindows();
      this.updateLoss();
      return;
    }
    const activeActive = db.mode === 'active-active';
    if (!activeActive && node !== this.active) return; // a standby failed: exposure only
    if (!activeActive) this.active = this.firstUpNode();
    this.failovers++;
    if (db.failoverSeconds <= 0) return;
    // Active-standby: one window for every session (a new failure restarts it); active-active: a
    // window for the failed node's share, beside any still open.
    if (!activeActive) this.closeWindows();
    const event = this.sim.scheduleIn(db.failoverSeconds / 60, this.hFailoverDone, 0);
    this.windowEvents.push(event);
    this.windowShares.push(activeActive ? 1 / upBefore : 1);
    this.updateLoss();
  }

  private startRepair(node: number): void {
    this.busyCrews++;
    this.sim.scheduleIn(sampleMinutes(this.streams[node], this.db.nodeRepair), this.hRepair, node);
  }

  private closeWindows(): void {
    for (const e of this.windowEvents) this.sim.cancel(e);
    this.windowEvents.length = 0;
    this.windowShares.length = 0;
  }

  private onFailoverDone(_payload: number): void {
    // Windows end in the order they opened (same length each, FIFO on equal times).
    this.windowEvents.shift();
    this.windowShares.shift();
    this.updateLoss();
  }

  private onRepair(node: number): void {
    this.up[node] = 1;
    const wasDown = this.upCount === 0;
    this.setUpCount(this.upCount + 1);
    if (wasDown) this.active = node;
    this.busyCrews--;
    const next = this.repairQueue.shift();
    if (next !== undefined) this.startRepair(next);
    this.updateLoss();
    this.sim.scheduleIn(sampleMinutes(this.streams[node], this.db.nodeFailure), this.hFail, node);
  }

  private firstUpNode(): number {
    for (let i = 0; i < this.up.length; i++) if (this.up[i] === 1) return i;
    return -1;
  }

  /** Writes month `m`'s series (see the table above) and resets the month's tallies. */
  closeMonth(m: number, rec: MonthlyRecorder): void {
    const cal = this.sim.calendar;
    const end = this.sim.now;
    this.updateLoss();
    if (this.upCount === 1) {
      this.singleNodeMinutes += end - this.singleSince;
      this.singleSince = end;
    }
    if (this.upCount === 0) {
      this.allDownMinutes += end - this.allDownSince;
      this.allDownSince = end;
    }
    // The month's minutes in force: all of them, or those before the exit when the run stops there.
    const monthMinutes = end - cal.monthStartMinute(m);
    const db = this.db;
    rec.set('dbAvailability', m, 1 - this.downMinutes / monthMinutes);
    rec.set('dbDowntimeMinutes', m, this.downMinutes);
    rec.set('dbAllDownMinutes', m, this.allDownMinutes);
    rec.set('dbFailovers', m, this.failovers);
    rec.set('dbHoursSingleNode', m, this.singleNodeMinutes / 60);
    rec.set('dbNodeFailures', m, this.nodeFailures);
    rec.set('dbPeakLoadOfOneNode', m, dbPeakLoadOfOneNode(db, m));
    const arrayUsedTb = db.arrayUsedTbAtStart * growthFactor(db.arrayGrowth, (m + 1) / 12);
    rec.set('dbArrayUsedTb', m, arrayUsedTb);
    rec.set('dbArrayFull', m, arrayUsedTb >= db.arrayTb ? 1 : 0);
    this.downMinutes = 0;
    this.allDownMinutes = 0;
    this.singleNodeMinutes = 0;
    this.failovers = 0;
    this.nodeFailures = 0;
  }
}

export function createDatabaseModel(
  sim: Simulation,
  recorder: MonthlyRecorder,
  onMonthEnd: (callback: (monthIndex: number) => void) => void,
  db: Database,
): DatabaseModel {
  const model = new DatabaseModel(sim, db);
  onMonthEnd((m) => model.closeMonth(m, recorder));
  return model;
}

/** Entry point of the database subsystem for one replication. */
export function installDatabase(ctx: ModelContext): DatabaseModel {
  return createDatabaseModel(ctx.sim, ctx.recorder, (cb) => ctx.onMonthEnd(cb), ctx.scenario.database);
}
