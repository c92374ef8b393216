import type { MigrationPlan } from '../scenario/lifecycle.ts';
import { CellBank } from './cellBank.ts';
import { summarizeCost } from './costBands.ts';
import type { LifecycleSummary } from './lifecycleSummary.ts';
import { MigrationStore } from './migrationFold.ts';
import { fenToMoneyString } from './moneyStats.ts';
import { type RunPartial, seriesGroup } from './partial.ts';
import { QuotaTally } from './quotaFold.ts';
import { QUOTA_METRICS } from './quotaMetrics.ts';
import { RefusalTally } from './refusals.ts';
import { seriesUnit } from './seriesUnits.ts';
import type { Band, QuotaRisk, RunSummary } from './types.ts';

const BAND_PERCENTILES = [0.05, 0.5, 0.95] as const;
const SERIES_PREFIX = seriesGroup('');

export interface AccumulatorOptions {
  scenarioId: string;
  inputsHash: string;
  seed: number | string;
  /** Replications the run will hold. */
  replications: number;
  /** Index of the first replication (default 0): the run holds first … first + replications − 1. */
  firstReplication?: number;
  monthLabels: string[];
  /** Units of the series by name, over seriesUnits.ts' (a series neither names has unit ''). */
  units?: Record<string, string>;
  /** The contract in force over time, as results show it (terms, installments, exit, months in force). */
  lifecycle?: LifecycleSummary;
  /** The scenario's copies (lifecycle.migrations): each replication's notes say what each did. */
  migrationPlans?: readonly MigrationPlan[];
}

/**
 * One value per replication, in replication order: what a paired comparison of options run with
 * common random numbers and the recommender (src/planner) read — the term's total cost and fault
 * discount, per quota its peak over the months that count and whether it breached (over the limit
 * in force in some month that counts), whether any VM placement was refused, and the DB's mean
 * monthly availability.
 */
export interface PerReplicationData {
  replications: number[];
  totals: (string | undefined)[];
  discounts: (string | undefined)[];
  /** Per quota key: over the limit in some month that counts. */
  breached: Record<string, boolean[]>;
  /** Per quota key: the quota metric's largest monthly value over the months that count. */
  peaks: Record<string, number[]>;
  /** At least one VM placement (new or HA restart) was refused. */
  refused: boolean[];
  /** Mean of the monthly DB availabilities (0..1); absent when the run recorded none. */
  dbAvailability?: number[];
}

/**
 * The coordinator's side of a run: merges the workers' partial summaries (partial.ts) as they arrive
 * and summarises whatever has arrived. Every part of the state merges exactly (integer counts, exact
 * sums, sketches with exact bucket extremes) and the per-replication scalars sit at their index, so
 * the summary is byte-identical whatever the number of workers, the batch sizes or the arrival order.
 * Memory: the cells' buckets (bounded by the sketch's resolution, not by the replications) plus about
 * a hundred bytes per replication.
 */
export class RunAccumulator {
  private readonly months: number;
  private readonly first: number;
  private readonly bank = new CellBank();
  private readonly refusals: RefusalTally;
  private readonly quotas: QuotaTally;
  private readonly filled: Uint8Array;
  private readonly totalFen: Float64Array;
  private readonly discountFen: Float64Array;
  private readonly refused: Uint8Array;
  private readonly dbAvailability: Float64Array;
  private readonly migrations: MigrationStore;
  private count = 0;
  private costs = 0;
  private exceeded = 0;
  private events = 0;

  constructor(private readonly options: AccumulatorOptions) {
    const n = options.replications;
    this.months = options.monthLabels.length;
    this.first = options.firstReplication ?? 0;
    this.refusals = new RefusalTally(this.months, this.bank);
    this.quotas = new QuotaTally(this.months, n);
    this.filled = new Uint8Array(n);
    this.totalFen = new Float64Array(n).fill(Number.NaN);
    this.discountFen = new Float64Array(n).fill(Number.NaN);
    this.refused = new Uint8Array(n);
    this.dbAvailability = new Float64Array(n).fill(Number.NaN);
    this.migrations = new MigrationStore(options.migrationPlans ?? [], n);
  }

  get replicationsDone(): number {
    return this.count;
  }

  get eventsProcessed(): number {
    return this.events;
  }

  /**
   * Merges a partial; returns false (and merges nothing) when any of its replications is already in
   * (a batch replayed after a worker restart counts once).
   */
  merge(p: RunPartial): boolean {
    const row = p.start - this.first;
    const count = p.count;
    if (row < 0 || row + count > this.options.replications)
      throw new RangeError(`replications ${p.start}…${p.start + count - 1} out of range`);
    if (p.months !== this.months)
      throw new Error(`a partial of ${p.months} months for a ${this.months}-month run`);
    for (let i = 0; i < count; i++) if (this.filled[row + i]) return false;
    this.bank.merge(p.bank);
    this.refusals.merge(p.refusals);
    this.quotas.merge(p.quotas, row, count);
    this.migrations.put(row, p.migrations, count);
    const per = p.perReplication;
    for (let i = 0; i < count; i++) {
      this.filled[row + i] = 1;
      this.totalFen[row + i] = per.totalFen[i];
      this.discountFen[row + i] = per.discountFen[i];
      this.refused[row + i] = per.refused[i];
      this.dbAvailability[row + i] = per.dbAvailability[i];
      this.exceeded += per.exceeded[i];
    }
    this.count += count;
    this.costs += p.costs;
    this.events += p.eventsProcessed;
    return true;
  }

  summarize(): RunSummary {
    const metrics: RunSummary['metrics'] = {};
    const names = this.bank
      .groupNames()
      .filter((g) => g.startsWith(SERIES_PREFIX))
      .map((g) => g.slice(SERIES_PREFIX.length))
      .sort();
    for (const name of names) {
      metrics[name] = { unit: this.options.units?.[name] ?? seriesUnit(name) ?? '', band: this.band(name) };
    }
    const quotas: QuotaRisk[] = [];
    for (const def of QUOTA_METRICS) {
      const risk = this.quotas.risk(def, this.bank, this.count);
      if (risk) quotas.push(risk);
    }
    return {
      scenarioId: this.options.scenarioId,
      inputsHash: this.options.inputsHash,
      seed: this.options.seed,
      replications: this.count,
      months: this.months,
      monthLabels: this.options.monthLabels,
      metrics,
      quotas,
      refusals: this.refusals.summarize(this.bank),
      cost: summarizeCost(this.bank, this.settledTotals().fen, this.costs, this.exceeded),
      ...(this.options.lifecycle ? { lifecycle: this.options.lifecycle } : {}),
      ...this.migrationAnswer(),
    };
  }

  private migrationAnswer(): Pick<RunSummary, 'migrations'> {
    const migrations = this.migrations.summarize(this.rows());
    return migrations ? { migrations } : {};
  }

  private band(name: string): Band {
    const cell = this.bank.find(seriesGroup(name))!.offset;
    const band: Band = { p5: [], p50: [], p95: [], mean: [] };
    for (let m = 0; m < this.months; m++) {
      const [p5, p50, p95] = this.bank.typeSeven(cell + m, BAND_PERCENTILES);
      band.p5.push(p5);
      band.p50.push(p50);
      band.p95.push(p95);
      band.mean.push(this.bank.mean(cell + m));
    }
    return band;
  }

  /** Rows that are in, in order. */
  private rows(): number[] {
    const rows: number[] = [];
    for (let r = 0; r < this.filled.length; r++) if (this.filled[r]) rows.push(r);
    return rows;
  }

  /** Rows that are in and were settled, in order, with their totals in whole fen. */
  private settledTotals(): { rows: Int32Array; fen: Float64Array } {
    let n = 0;
    for (let r = 0; r < this.filled.length; r++) if (this.filled[r] && !Number.isNaN(this.totalFen[r])) n++;
    const rows = new Int32Array(n);
    const fen = new Float64Array(n);
    let i = 0;
    for (let r = 0; r < this.filled.length; r++) {
      if (this.filled[r] && !Number.isNaN(this.totalFen[r])) {
        rows[i] = r;
        fen[i++] = this.totalFen[r];
      }
    }
    return { rows, fen };
  }

  /**
   * The replication at nearest rank ⌈p·n⌉ of the total cost (ties broken by index): the one whose
   * settlement explains the figure shown for that percentile. Undefined when none was settled.
   */
  replicationAtCostRank(p: number): number | undefined {
    const { rows, fen } = this.settledTotals();
    if (fen.length === 0) return undefined;
    const order = Array.from(rows.keys()).sort((a, b) => fen[a] - fen[b] || a - b);
    return this.first + rows[order[Math.max(1, Math.ceil(p * order.length)) - 1]];
  }

  perReplication(): PerReplicationData {
    const rows = this.rows();
    const money = (fen: Float64Array) =>
      rows.map((r) => (Number.isNaN(fen[r]) ? undefined : fenToMoneyString(fen[r])));
    const anyAvailability = rows.some((r) => !Number.isNaN(this.dbAvailability[r]));
    return {
      replications: rows.map((r) => this.first + r),
      totals: money(this.totalFen),
      discounts: money(this.discountFen),
      ...this.quotas.perReplication(rows),
      refused: rows.map((r) => this.refused[r] === 1),
      dbAvailability: anyAvailability ? rows.map((r) => this.dbAvailability[r]) : undefined,
    };
  }
}
