/**
 * The database cluster over one replication: nodes fail and are repaired (each from its own fork of
 * the `db` stream), the service fails over, and load and the shared array grow against their limits.
 *
 * Service rules:
 * - active-standby: when the active node fails and another node is up, that node takes over after an
 *   outage of `failoverSeconds` (one failover); when a standby fails, nothing stops (the cluster runs on
 *   a single node). When no node is up the service is down until the first repair, and the repaired
 *   node serves at once (no extra failover).
 * - active-active: every node serves; a node failure while another is up costs the sessions on it a
 *   `failoverSeconds` interruption, counted as one failover; no node up = down until a repair.
 * Events: one per node failure and repair, plus one per failover window (its end); none per minute.
 *
 * | series              | unit       | value per month                                                    |
 * |---------------------|------------|--------------------------------------------------------------------|
 * | dbAvailability      | 0..1       | 1 − dbDowntimeMinutes ÷ the month's minutes                        |
 * | dbDowntimeMinutes   | min        | total: minutes the service did not serve (failover windows and all |
 * |                     |            | nodes down, as a union, split exactly at month ends)               |
 * | dbFailovers         | —          | total: failovers that began in the month                           |
 * | dbHoursSingleNode   | h          | total: hours with exactly one node up                              |
 * | dbNodeFailures      | —          | total: node failures that began in the month                       |
 * | dbPeakLoadOfOneNode | × one node | busiest-hour cores at the month's start ÷ one node's cores (> 1:   |
 * |                     |            | a lone survivor could not carry the load)                          |
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

export class DatabaseModel {
  readonly db: Database;
  readonly up: Uint8Array;
  upCount: number;
  /** Serving node in active-standby mode. */
  active = 0;
  serving = true;
  /** Minute the current outage began (or the last month end, while it lasts). */
  private outageSince = 0;
  private singleSince = 0;
  private failoverEvent: EventId = -1;
  // Month tallies.
  downMinutes = 0;
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
    const stream = sim.stream('db');
    this.streams = Array.from({ length: db.nodes }, (_, i) => stream.fork(`node-${i}`));
    this.hFail = sim.on((_s, node) => this.onFailure(node));
    this.hRepair = sim.on((_s, node) => this.onRepair(node));
    this.hFailoverDone = sim.on(() => this.onFailoverDone());
    for (let i = 0; i < db.nodes; i++)
      sim.scheduleIn(sampleMinutes(this.streams[i], db.nodeFailure), this.hFail, i);
  }

  private setUpCount(next: number): void {
    const now = this.sim.now;
    if (this.upCount === 1 && next !== 1) this.singleNodeMinutes += now - this.singleSince;
    if (this.upCount !== 1 && next === 1) this.singleSince = now;
    this.upCount = next;
  }

  private stopServing(): void {
    if (!this.serving) return;
    this.serving = false;
    this.outageSince = this.sim.now;
  }

  private resumeServing(): void {
    if (this.serving) return;
    this.serving = true;
    this.downMinutes += this.sim.now - this.outageSince;
  }

  private onFailure(node: number): void {
    const db = this.db;
    this.up[node] = 0;
    this.nodeFailures++;
    this.setUpCount(this.upCount - 1);
    this.sim.scheduleIn(sampleMinutes(this.streams[node], db.nodeRepair), this.hRepair, node);
    if (this.upCount === 0) {
      // Nobody left: down until a repair; a failover in progress cannot finish.
      if (this.failoverEvent >= 0) this.sim.cancel(this.failoverEvent);
      this.failoverEvent = -1;
      this.stopServing();
      return;
    }
    const interrupts = db.mode === 'active-active' || node === this.active;
    if (!interrupts) return; // a standby failed: exposure only
    if (db.mode === 'active-standby') this.active = this.firstUpNode();
    this.failovers++;
    if (db.failoverSeconds <= 0) return;
    this.stopServing();
    if (this.failoverEvent >= 0) this.sim.cancel(this.failoverEvent);
    this.failoverEvent = this.sim.scheduleIn(db.failoverSeconds / 60, this.hFailoverDone, 0);
  }

  private onFailoverDone(): void {
    this.failoverEvent = -1;
    if (this.upCount > 0) this.resumeServing();
  }

  private onRepair(node: number): void {
    this.up[node] = 1;
    const wasDown = this.upCount === 0;
    this.setUpCount(this.upCount + 1);
    if (wasDown) {
      this.active = node;
      this.resumeServing();
    }
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
    if (!this.serving) {
      this.downMinutes += end - this.outageSince;
      this.outageSince = end;
    }
    if (this.upCount === 1) {
      this.singleNodeMinutes += end - this.singleSince;
      this.singleSince = end;
    }
    const monthMinutes = cal.monthStartMinute(m + 1) - cal.monthStartMinute(m);
    const db = this.db;
    rec.set('dbAvailability', m, 1 - this.downMinutes / monthMinutes);
    rec.set('dbDowntimeMinutes', m, this.downMinutes);
    rec.set('dbFailovers', m, this.failovers);
    rec.set('dbHoursSingleNode', m, this.singleNodeMinutes / 60);
    rec.set('dbNodeFailures', m, this.nodeFailures);
    const loadCores = db.load.peakCoresAtStart * growthFactor(db.load.growth, m / 12);
    rec.set('dbPeakLoadOfOneNode', m, loadCores / db.coresPerNode);
    const arrayUsedTb = db.arrayUsedTbAtStart * growthFactor(db.arrayGrowth, (m + 1) / 12);
    rec.set('dbArrayUsedTb', m, arrayUsedTb);
    rec.set('dbArrayFull', m, arrayUsedTb >= db.arrayTb ? 1 : 0);
    this.downMinutes = 0;
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
