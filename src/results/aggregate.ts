import type { ReplicationNotes } from '../model/context.ts';
import type { MigrationPlan } from '../scenario/lifecycle.ts';
import { CostTable } from './costSummary.ts';
import type { LifecycleSummary } from './lifecycleSummary.ts';
import { summarizeMigrations } from './migrationSummary.ts';
import { mean, percentileOfSorted } from './percentile.ts';
import { QUOTA_METRICS, type QuotaMetricDef } from './quotaMetrics.ts';
import { summarizeRefusals } from './refusals.ts';
import { hasNaN, percentilesInPlace } from './select.ts';
import type { Band, QuotaKey, QuotaRisk, ReplicationResult, RunSummary } from './types.ts';

const BAND_PERCENTILES = [0.05, 0.5, 0.95] as const;

/** One value per replication, in replication order (see ReplicationAggregator.perReplication). */
export interface PerReplicationData {
  replications: number[];
  totals: (string | undefined)[];
  discounts: (string | undefined)[];
  /** Per quota key: peak > limit over the term. */
  breached: Record<string, boolean[]>;
  /** Per quota key: the quota metric's largest monthly value over the term. */
  peaks: Record<string, number[]>;
  /** At least one VM placement (new or HA restart) was refused. */
  refused: boolean[];
  /** Mean of the monthly DB availabilities (0..1); absent when the run recorded none. */
  dbAvailability?: number[];
}

export interface AggregatorOptions {
  scenarioId: string;
  inputsHash: string;
  seed: number | string;
  replications: number;
  /** Index of the first replication this aggregator holds (default 0); row r holds replication first + r. */
  firstReplication?: number;
  monthLabels: string[];
  quotaLimits: Partial<Record<QuotaKey, number>>;
  /**
   * Per quota, the limit in force each month (renewal terms, amendments): where given it replaces
   * `quotaLimits` for that quota. From the scenario's lifecycle (src/scenario/lifecycle.ts).
   */
  quotaLimitsByMonth?: Partial<Record<QuotaKey, ArrayLike<number>>>;
  /**
   * The months that count, 1 or 0 per month (absent: all): breach probabilities, first-breach months,
   * peaks and excesses read only these. Months after an exit do not count (nothing is in force); a run
   * "as of" a month may count only the months after it. A general mask, not an exit special case.
   */
  countedMonths?: ArrayLike<number>;
  /** The contract in force over time, as results show it (terms, installments, exit, months in force). */
  lifecycle?: LifecycleSummary;
  /** The scenario's copies (lifecycle.migrations): each replication's notes say what each did. */
  migrationPlans?: readonly MigrationPlan[];
  /** Units of the series, by metric name; series without a unit are aggregated with unit ''. */
  units?: Record<string, string>;
}

/**
 * Collects replications as they arrive (in any order, from any number of workers) and summarises
 * whatever has arrived so far. Each replication's series land in column `replication` of a
 * preallocated month-major matrix (a month's values across replications are contiguous, which is
 * what a summary reads) and every statistic is computed over the filled rows in replication order,
 * so the summary is bit-identical whatever the number of workers or the order of arrival.
 */
export class ReplicationAggregator {
  private readonly months: number;
  private readonly matrices = new Map<string, Float64Array>();
  private readonly filled: Uint8Array;
  private readonly costs: CostTable;
  /** Per replication, its total cost and fault discount as they arrived (for paired comparisons). */
  private readonly totals: (string | undefined)[] = [];
  private readonly discounts: (string | undefined)[] = [];
  private readonly notes: (ReplicationNotes | undefined)[] = [];
  private count = 0;

  constructor(private readonly options: AggregatorOptions) {
    this.months = options.monthLabels.length;
    this.filled = new Uint8Array(options.replications);
    this.costs = new CostTable(options.replications);
  }

  get replicationsDone(): number {
    return this.count;
  }

  add(result: ReplicationResult): void {
    const row = result.replication - (this.options.firstReplication ?? 0);
    if (row < 0 || row >= this.options.replications)
      throw new RangeError(`replication ${result.replication} out of range`);
    if (this.filled[row]) return; // a replayed replication (e.g. after a worker restart) counts once
    for (const [name, values] of Object.entries(result.series)) {
      let matrix = this.matrices.get(name);
      if (!matrix) {
        matrix = new Float64Array(this.options.replications * this.months);
        this.matrices.set(name, matrix);
      }
      const R = this.options.replications;
      const n = Math.min(this.months, values.length);
      for (let m = 0; m < n; m++) matrix[m * R + row] = values[m];
    }
    if (result.cost) {
      this.costs.add(row, result.cost);
      this.totals[row] = result.cost.totalInclVatCny;
      this.discounts[row] = result.cost.totalDiscountCny;
    }
    this.notes[row] = result.notes;
    this.filled[row] = 1;
    this.count++;
  }

  /** Rows filled so far, in replication order. */
  private rows(): number[] {
    const rows: number[] = [];
    for (let r = 0; r < this.filled.length; r++) if (this.filled[r]) rows.push(r);
    return rows;
  }

  summarize(): RunSummary {
    const rows = this.rows();
    const metrics: RunSummary['metrics'] = {};
    for (const name of [...this.matrices.keys()].sort()) {
      metrics[name] = { unit: this.options.units?.[name] ?? '', band: this.band(name, rows) };
    }
    const quotas: QuotaRisk[] = [];
    for (const def of QUOTA_METRICS) {
      const risk = this.quotaRisk(def, rows);
      if (risk) quotas.push(risk);
    }
    return {
      scenarioId: this.options.scenarioId,
      inputsHash: this.options.inputsHash,
      seed: this.options.seed,
      replications: rows.length,
      months: this.months,
      monthLabels: this.options.monthLabels,
      metrics,
      quotas,
      refusals: rows.some((r) => this.notes[r] !== undefined)
        ? summarizeRefusals(
            rows.map((r) => this.notes[r]?.firstRefusal),
            rows.map((r) => r + (this.options.firstReplication ?? 0)),
            this.months,
          )
        : undefined,
      cost: this.costs.summarize(rows.filter((r) => this.totals[r] !== undefined)),
      ...(this.options.lifecycle ? { lifecycle: this.options.lifecycle } : {}),
      ...(this.options.migrationPlans && this.options.migrationPlans.length > 0 && rows.length > 0
        ? {
            migrations: summarizeMigrations(
              this.options.migrationPlans,
              rows.map((r) => this.notes[r]?.migrations),
            ),
          }
        : {}),
    };
  }

  /**
   * Per replication, in replication order, what a paired comparison of options run with common
   * random numbers and the recommender (src/planner) read: the term's total cost and fault discount,
   * per quota its peak over the months that count (the metric's largest monthly value) and whether it
   * breached (above the limit in force in some month that counts), whether any VM placement was refused, and the DB's mean monthly availability.
   * Keep every field when the aggregation moves into the workers: each is one value per replication.
   */
  perReplication(): PerReplicationData {
    const rows = this.rows();
    const R = this.options.replications;
    const breached: Record<string, boolean[]> = {};
    const peaks: Record<string, number[]> = {};
    const counted = this.counted;
    const anyCounted = counted.includes(1);
    for (const def of QUOTA_METRICS) {
      const matrix = this.matrices.get(def.metric);
      if (!matrix) continue;
      const limits = this.limitsOf(def);
      const over: boolean[] = [];
      const quotaPeaks = rows.map((row) => {
        let peak = Number.NEGATIVE_INFINITY;
        let breachedHere = false;
        for (let m = 0; m < this.months; m++) {
          if (anyCounted && counted[m] === 0) continue;
          const v = matrix[m * R + row];
          if (v > peak) peak = v; // a NaN month never hides a breach in another month
          if (limits && counted[m] === 1 && v > limits[m]) breachedHere = true;
        }
        over.push(breachedHere);
        return peak;
      });
      peaks[def.quota] = quotaPeaks;
      if (limits) breached[def.quota] = over;
    }
    const availability = this.matrices.get('dbAvailability');
    const first = this.options.firstReplication ?? 0;
    return {
      replications: rows.map((r) => first + r),
      totals: rows.map((r) => this.totals[r]),
      discounts: rows.map((r) => this.discounts[r]),
      breached,
      peaks,
      refused: rows.map((r) => this.notes[r]?.firstRefusal !== undefined),
      dbAvailability: availability
        ? rows.map((row) => {
            let sum = 0;
            let n = 0;
            for (let m = 0; m < this.months; m++) {
              if (anyCounted && counted[m] === 0) continue;
              sum += availability[m * R + row];
              n++;
            }
            return n > 0 ? sum / n : 1;
          })
        : undefined,
    };
  }

  private band(name: string, rows: number[]): Band {
    const matrix = this.matrices.get(name)!;
    const column = new Float64Array(rows.length);
    const band: Band = { p5: [], p50: [], p95: [], mean: [] };
    const p: number[] = [];
    for (let m = 0; m < this.months; m++) {
      const from = m * this.options.replications;
      for (let i = 0; i < rows.length; i++) column[i] = matrix[from + rows[i]];
      band.mean.push(mean(column));
      // Selection reorders the column, so the mean (summed in replication order) comes first.
      if (hasNaN(column)) {
        const sorted = column.slice().sort();
        for (const q of BAND_PERCENTILES) p.push(percentileOfSorted(sorted, q));
      } else percentilesInPlace(column, BAND_PERCENTILES, p);
      band.p5.push(p[0]);
      band.p50.push(p[1]);
      band.p95.push(p[2]);
      p.length = 0;
    }
    return band;
  }

  /** The quota's limit per month (in force each month), or null when the quota has no limit. */
  private limitsOf(def: QuotaMetricDef): Float64Array | null {
    const months = this.months;
    if (!def.limitFromQuota) {
      return def.fixedLimit === undefined ? null : new Float64Array(months).fill(def.fixedLimit);
    }
    const byMonth = this.options.quotaLimitsByMonth?.[def.quota];
    if (byMonth) return Float64Array.from({ length: months }, (_, m) => byMonth[m]);
    const limit = this.options.quotaLimits[def.quota];
    return limit === undefined ? null : new Float64Array(months).fill(limit);
  }

  /**
   * Per month, 1 when it counts. Peaks and excesses are read over counted months (over every month
   * when none counts, so a summary always has numbers); the excess is against that month's limit.
   */
  private get counted(): Uint8Array {
    const mask = this.options.countedMonths;
    return Uint8Array.from({ length: this.months }, (_, m) => (mask === undefined || mask[m] ? 1 : 0));
  }

  private quotaRisk(def: QuotaMetricDef, rows: number[]): QuotaRisk | null {
    const matrix = this.matrices.get(def.metric);
    const limits = this.limitsOf(def);
    if (!matrix || !limits || rows.length === 0) return null;
    const months = this.months;
    const R = this.options.replications;
    const counted = this.counted;
    const anyCounted = counted.includes(1);
    const firstBreachHistogram = new Array<number>(months + 1).fill(0);
    const overInMonth = new Array<number>(months).fill(0);
    const peaks = new Float64Array(rows.length);
    const excesses = new Float64Array(rows.length);
    const shares = new Float64Array(rows.length);
    rows.forEach((row, i) => {
      let peak = Number.NEGATIVE_INFINITY;
      let share = Number.NEGATIVE_INFINITY;
      let excess = 0;
      let first = months;
      for (let m = 0; m < months; m++) {
        if (anyCounted && counted[m] === 0) continue;
        const v = matrix[m * R + row];
        if (v > peak) peak = v;
        if (limits[m] > 0 && v / limits[m] > share) share = v / limits[m];
        if (v - limits[m] > excess) excess = v - limits[m];
        if (counted[m] === 0) continue;
        if (v > limits[m]) {
          overInMonth[m]++;
          if (first === months) first = m;
        }
      }
      peaks[i] = peak;
      shares[i] = Number.isFinite(share) ? share : 0;
      excesses[i] = excess;
      firstBreachHistogram[first]++;
    });
    const breachProbabilityByMonth: number[] = [];
    const breachProbabilityInMonth: number[] = [];
    let cumulative = 0;
    for (let m = 0; m < months; m++) {
      cumulative += firstBreachHistogram[m];
      breachProbabilityByMonth.push(cumulative / rows.length);
      breachProbabilityInMonth.push(overInMonth[m] / rows.length);
    }
    const limit = limits[Math.max(0, counted.indexOf(1))] ?? limits[0];
    const varies = limits.some((l) => l !== limits[0]);
    let mostLikely: number | null = null;
    let best = 0;
    for (let m = 0; m < months; m++) {
      if (firstBreachHistogram[m] > best) {
        best = firstBreachHistogram[m];
        mostLikely = m;
      }
    }
    peaks.sort();
    shares.sort();
    excesses.sort();
    return {
      quota: def.quota,
      metric: def.metric,
      limit,
      ...(varies
        ? {
            limitByMonth: Array.from(limits),
            peakShareOfLimitP50: percentileOfSorted(shares, 0.5),
            peakShareOfLimitP95: percentileOfSorted(shares, 0.95),
          }
        : {}),
      unit: def.unit,
      peakP50: percentileOfSorted(peaks, 0.5),
      peakP95: percentileOfSorted(peaks, 0.95),
      breachProbabilityByMonth,
      breachProbabilityInMonth,
      firstBreachHistogram,
      mostLikelyFirstBreachMonth: mostLikely,
      excessP50: percentileOfSorted(excesses, 0.5),
      excessP95: percentileOfSorted(excesses, 0.95),
    };
  }
}
