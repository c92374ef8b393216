import type { ReplicationNotes } from '../model/context.ts';
import { summarizeCosts } from './costSummary.ts';
import { mean, percentileOfSorted } from './percentile.ts';
import { QUOTA_METRICS, type QuotaMetricDef } from './quotaMetrics.ts';
import { summarizeRefusals } from './refusals.ts';
import type { Band, QuotaKey, QuotaRisk, ReplicationCost, ReplicationResult, RunSummary } from './types.ts';

export interface AggregatorOptions {
  scenarioId: string;
  inputsHash: string;
  seed: number | string;
  replications: number;
  monthLabels: string[];
  quotaLimits: Partial<Record<QuotaKey, number>>;
  /** Units of the series, by metric name; series without a unit are aggregated with unit ''. */
  units?: Record<string, string>;
}

/**
 * Collects replications as they arrive (in any order, from any number of workers) and summarises
 * whatever has arrived so far. Each replication's series land in row `replication` of a
 * preallocated matrix and every statistic is computed over the filled rows in replication order,
 * so the summary is bit-identical whatever the number of workers or the order of arrival.
 */
export class ReplicationAggregator {
  private readonly months: number;
  private readonly matrices = new Map<string, Float64Array>();
  private readonly filled: Uint8Array;
  private readonly costs: (ReplicationCost | undefined)[] = [];
  private readonly notes: (ReplicationNotes | undefined)[] = [];
  private count = 0;

  constructor(private readonly options: AggregatorOptions) {
    this.months = options.monthLabels.length;
    this.filled = new Uint8Array(options.replications);
  }

  get replicationsDone(): number {
    return this.count;
  }

  add(result: ReplicationResult): void {
    const row = result.replication;
    if (row < 0 || row >= this.options.replications) throw new RangeError(`replication ${row} out of range`);
    if (this.filled[row]) return; // a replayed replication (e.g. after a worker restart) counts once
    for (const [name, values] of Object.entries(result.series)) {
      let matrix = this.matrices.get(name);
      if (!matrix) {
        matrix = new Float64Array(this.options.replications * this.months);
        this.matrices.set(name, matrix);
      }
      matrix.set(values.subarray(0, this.months), row * this.months);
    }
    this.costs[row] = result.cost;
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
            rows,
            this.months,
          )
        : undefined,
      cost: summarizeCosts(
        rows.map((r) => this.costs[r]).filter((c): c is ReplicationCost => c !== undefined),
      ),
    };
  }

  /**
   * Per replication, in replication order: the term's total cost and, per quota, whether it was
   * breached. What a paired comparison of two scenarios run with common random numbers needs.
   */
  perReplication(): {
    replications: number[];
    totals: (string | undefined)[];
    breached: Record<string, boolean[]>;
  } {
    const rows = this.rows();
    const breached: Record<string, boolean[]> = {};
    for (const def of QUOTA_METRICS) {
      const matrix = this.matrices.get(def.metric);
      const limit = def.limitFromQuota ? this.options.quotaLimits[def.quota] : def.fixedLimit;
      if (!matrix || limit === undefined) continue;
      breached[def.quota] = rows.map((row) => {
        for (let m = 0; m < this.months; m++) if (matrix[row * this.months + m] > limit) return true;
        return false;
      });
    }
    return { replications: rows, totals: rows.map((r) => this.costs[r]?.totalInclVatCny), breached };
  }

  private band(name: string, rows: number[]): Band {
    const matrix = this.matrices.get(name)!;
    const column = new Float64Array(rows.length);
    const band: Band = { p5: [], p50: [], p95: [], mean: [] };
    for (let m = 0; m < this.months; m++) {
      for (let i = 0; i < rows.length; i++) column[i] = matrix[rows[i] * this.months + m];
      band.mean.push(mean(column));
      const sorted = column.slice().sort();
      band.p5.push(percentileOfSorted(sorted, 0.05));
      band.p50.push(percentileOfSorted(sorted, 0.5));
      band.p95.push(percentileOfSorted(sorted, 0.95));
    }
    return band;
  }

  private quotaRisk(def: QuotaMetricDef, rows: number[]): QuotaRisk | null {
    const matrix = this.matrices.get(def.metric);
    const limit = def.limitFromQuota ? this.options.quotaLimits[def.quota] : def.fixedLimit;
    if (!matrix || limit === undefined || rows.length === 0) return null;
    const months = this.months;
    const firstBreachHistogram = new Array<number>(months + 1).fill(0);
    const peaks = new Float64Array(rows.length);
    const excesses = new Float64Array(rows.length);
    rows.forEach((row, i) => {
      let peak = Number.NEGATIVE_INFINITY;
      let first = months;
      for (let m = 0; m < months; m++) {
        const v = matrix[row * months + m];
        if (v > peak) peak = v;
        if (first === months && v > limit) first = m;
      }
      peaks[i] = peak;
      excesses[i] = Math.max(0, peak - limit);
      firstBreachHistogram[first]++;
    });
    const breachProbabilityByMonth: number[] = [];
    let cumulative = 0;
    for (let m = 0; m < months; m++) {
      cumulative += firstBreachHistogram[m];
      breachProbabilityByMonth.push(cumulative / rows.length);
    }
    let mostLikely: number | null = null;
    let best = 0;
    for (let m = 0; m < months; m++) {
      if (firstBreachHistogram[m] > best) {
        best = firstBreachHistogram[m];
        mostLikely = m;
      }
    }
    peaks.sort();
    excesses.sort();
    return {
      quota: def.quota,
      metric: def.metric,
      limit,
      unit: def.unit,
      peakP50: percentileOfSorted(peaks, 0.5),
      peakP95: percentileOfSorted(peaks, 0.95),
      breachProbabilityByMonth,
      firstBreachHistogram,
      mostLikelyFirstBreachMonth: mostLikely,
      excessP50: percentileOfSorted(excesses, 0.5),
      excessP95: percentileOfSorted(excesses, 0.95),
    };
  }
}
