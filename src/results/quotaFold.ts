import type { CellBank, CellSink } from './cellBank.ts';
import { QUOTA_METRICS, type QuotaMetricDef } from './quotaMetrics.ts';
import type { QuotaKey, QuotaRisk, ReplicationResult } from './types.ts';

/**
 * Quotas across replications, folded in the workers and merged by the coordinator. Per replication a
 * quota's metric is read over the months that count (none after an exit, none up to the as-of month
 * of a calibrated run; every month when none counts, so a summary always has numbers) against the
 * limit in force each month (renewals, amendments):
 * - its peak (kept per replication for the planner, and in a cell for the percentiles),
 * - its largest excess over the month's limit (a cell), and its largest share of the month's limit
 *   (a cell: where limits change over the horizon, the peak against the limit of its own month),
 * - the first month it is over the limit and every month it is (integer tallies),
 * - whether it breached at all (kept per replication, for paired comparisons).
 * A quota whose metric has no limit (none in the contract) keeps only its peaks.
 */
export interface QuotaFoldOptions {
  months: number;
  quotaLimits: Partial<Record<QuotaKey, number>>;
  /** Per quota, the limit in force each month; where given it replaces `quotaLimits` for that quota. */
  quotaLimitsByMonth?: Partial<Record<QuotaKey, ArrayLike<number>>>;
  /** 1 or 0 per month (absent: all count). */
  countedMonths?: ArrayLike<number>;
}

/** What a batch says about the quotas (plain data and typed arrays). */
export interface QuotaPartial {
  /** Quotas whose metric the run records, in QUOTA_METRICS order. */
  keys: QuotaKey[];
  /** Per key, 1 when it has a limit (it is judged), 0 when only its peaks are kept. */
  judged: Uint8Array;
  /** limits[k·months + m]: the limit in force in month m (NaN when not judged). */
  limits: Float64Array;
  /** Per key, the limit in the first month that counts (the headline limit). */
  headline: Float64Array;
  /** firstBreach[k·(months + 1) + m]: replications first over the limit in month m (m = months: never). */
  firstBreach: Uint32Array;
  /** overInMonth[k·months + m]: replications over the limit in month m. */
  overInMonth: Uint32Array;
  /** peaks[i·keys + k]: replication start + i's peak of quota k's metric. */
  peaks: Float64Array;
  /** breached[i·keys + k]: 1 when replication start + i was over quota k's limit in a month that counts. */
  breached: Uint8Array;
}

export const peakGroup = (quota: string) => `peak:${quota}`;
export const excessGroup = (quota: string) => `excess:${quota}`;
export const shareGroup = (quota: string) => `share:${quota}`;

interface Judged {
  def: QuotaMetricDef;
  limits: Float64Array | null;
  peakCell: number;
  excessCell: number;
  shareCell: number;
}

/** A worker's fold of the quotas of consecutive replications. */
export class QuotaFold {
  private quotas: Judged[] | null = null;
  private readonly counted: Uint8Array;
  private readonly anyCounted: boolean;
  private firstBreach = new Uint32Array(0);
  private overInMonth = new Uint32Array(0);
  private peaks: number[] = [];
  private breached: number[] = [];

  constructor(private readonly options: QuotaFoldOptions) {
    const mask = options.countedMonths;
    this.counted = Uint8Array.from({ length: options.months }, (_, m) =>
      mask === undefined || mask[m] ? 1 : 0,
    );
    this.anyCounted = this.counted.includes(1);
  }

  /** The quota's limit per month, or null when it has none. */
  private limitsOf(def: QuotaMetricDef): Float64Array | null {
    const months = this.options.months;
    if (!def.limitFromQuota) {
      return def.fixedLimit === undefined ? null : new Float64Array(months).fill(def.fixedLimit);
    }
    const byMonth = this.options.quotaLimitsByMonth?.[def.quota];
    if (byMonth) return Float64Array.from({ length: months }, (_, m) => byMonth[m]);
    const limit = this.options.quotaLimits[def.quota];
    return limit === undefined ? null : new Float64Array(months).fill(limit);
  }

  /** Empties the tallies for a new batch. */
  begin(): void {
    this.firstBreach.fill(0);
    this.overInMonth.fill(0);
    this.peaks = [];
    this.breached = [];
  }

  add(result: ReplicationResult, bank: CellSink): void {
    const months = this.options.months;
    if (this.quotas === null) {
      this.quotas = [];
      for (const def of QUOTA_METRICS) {
        if (!result.series[def.metric]) continue;
        const limits = this.limitsOf(def);
        const peakCell = limits ? bank.group(peakGroup(def.quota), 1) : -1;
        const excessCell = limits ? bank.group(excessGroup(def.quota), 1) : -1;
        const shareCell = limits ? bank.group(shareGroup(def.quota), 1) : -1;
        this.quotas.push({ def, limits, peakCell, excessCell, shareCell });
      }
      this.firstBreach = new Uint32Array(this.quotas.length * (months + 1));
      this.overInMonth = new Uint32Array(this.quotas.length * months);
    }
    const counted = this.counted;
    const anyCounted = this.anyCounted;
    for (let k = 0; k < this.quotas.length; k++) {
      const { def, limits, peakCell, excessCell, shareCell } = this.quotas[k];
      const values = result.series[def.metric];
      let peak = Number.NEGATIVE_INFINITY;
      let share = Number.NEGATIVE_INFINITY;
      let excess = 0;
      let first = months;
      if (values) {
        for (let m = 0; m < months; m++) {
          if (anyCounted && counted[m] === 0) continue;
          const v = values[m];
          if (v > peak) peak = v; // a NaN month never hides a breach in another month
          if (!limits) continue;
          if (limits[m] > 0 && v / limits[m] > share) share = v / limits[m];
          if (v - limits[m] > excess) excess = v - limits[m];
          if (counted[m] === 0) continue;
          if (v > limits[m]) {
            this.overInMonth[k * months + m]++;
            if (first === months) first = m;
          }
        }
      }
      this.peaks.push(peak);
      this.breached.push(first < months ? 1 : 0);
      if (limits) {
        bank.add(peakCell, peak);
        bank.add(excessCell, excess);
        bank.add(shareCell, Number.isFinite(share) ? share : 0);
        this.firstBreach[k * (months + 1) + first]++;
      }
    }
  }

  finish(): QuotaPartial {
    const quotas = this.quotas ?? [];
    const months = this.options.months;
    const first = Math.max(0, this.counted.indexOf(1));
    const limits = new Float64Array(quotas.length * months).fill(Number.NaN);
    quotas.forEach((q, k) => {
      if (q.limits) limits.set(q.limits, k * months);
    });
    return {
      keys: quotas.map((q) => q.def.quota),
      judged: Uint8Array.from(quotas, (q) => (q.limits ? 1 : 0)),
      limits,
      headline: Float64Array.from(quotas, (q) => (q.limits ? (q.limits[first] ?? q.limits[0]) : Number.NaN)),
      firstBreach: this.firstBreach.slice(),
      overInMonth: this.overInMonth.slice(),
      peaks: Float64Array.from(this.peaks),
      breached: Uint8Array.from(this.breached),
    };
  }
}

interface QuotaState {
  judged: boolean;
  limits: Float64Array;
  headline: number;
  firstBreach: Float64Array;
  overInMonth: Float64Array;
  peaks: Float64Array;
  breached: Uint8Array;
}

/** The coordinator's merge of the workers' quota partials, and the quota risks of a summary. */
export class QuotaTally {
  private readonly state = new Map<QuotaKey, QuotaState>();

  constructor(
    private readonly months: number,
    private readonly replications: number,
  ) {}

  /** Adds a partial of the replications at rows [row, row + count). */
  merge(p: QuotaPartial, row: number, count: number): void {
    const months = this.months;
    const keys = p.keys.length;
    p.keys.forEach((quota, k) => {
      let s = this.state.get(quota);
      if (!s) {
        s = {
          judged: p.judged[k] === 1,
          limits: p.limits.slice(k * months, (k + 1) * months),
          headline: p.headline[k],
          firstBreach: new Float64Array(months + 1),
          overInMonth: new Float64Array(months),
          peaks: new Float64Array(this.replications).fill(Number.NaN),
          breached: new Uint8Array(this.replications),
        };
        this.state.set(quota, s);
      }
      for (let m = 0; m <= months; m++) s.firstBreach[m] += p.firstBreach[k * (months + 1) + m];
      for (let m = 0; m < months; m++) s.overInMonth[m] += p.overInMonth[k * months + m];
      for (let i = 0; i < count; i++) {
        s.peaks[row + i] = p.peaks[i * keys + k];
        s.breached[row + i] = p.breached[i * keys + k];
      }
    });
  }

  /** The risk of a judged quota over `rows` replications, or null. */
  risk(def: QuotaMetricDef, bank: CellBank, rows: number): QuotaRisk | null {
    const s = this.state.get(def.quota);
    const peakCell = bank.find(peakGroup(def.quota));
    const excessCell = bank.find(excessGroup(def.quota));
    const shareCell = bank.find(shareGroup(def.quota));
    if (!s || !s.judged || rows === 0 || !peakCell || !excessCell || !shareCell) return null;
    const months = this.months;
    const firstBreachHistogram = Array.from(s.firstBreach);
    const breachProbabilityByMonth: number[] = [];
    const breachProbabilityInMonth: number[] = [];
    let cumulative = 0;
    let mostLikely: number | null = null;
    let best = 0;
    for (let m = 0; m < months; m++) {
      cumulative += firstBreachHistogram[m];
      breachProbabilityByMonth.push(cumulative / rows);
      breachProbabilityInMonth.push(s.overInMonth[m] / rows);
      if (firstBreachHistogram[m] > best) {
        best = firstBreachHistogram[m];
        mostLikely = m;
      }
    }
    const varies = s.limits.some((l) => l !== s.limits[0]);
    const [peakP50, peakP95] = bank.typeSeven(peakCell.offset, [0.5, 0.95]);
    const [excessP50, excessP95] = bank.typeSeven(excessCell.offset, [0.5, 0.95]);
    return {
      quota: def.quota,
      metric: def.metric,
      limit: s.headline,
      ...(varies ? this.byMonth(s, bank, shareCell.offset) : {}),
      unit: def.unit,
      peakP50,
      peakP95,
      breachProbabilityByMonth,
      breachProbabilityInMonth,
      firstBreachHistogram,
      mostLikelyFirstBreachMonth: mostLikely,
      excessP50,
      excessP95,
    };
  }

  /** Where the limit changes over the horizon: the limits and the peak's share of its month's limit. */
  private byMonth(s: QuotaState, bank: CellBank, shareCell: number) {
    const [peakShareOfLimitP50, peakShareOfLimitP95] = bank.typeSeven(shareCell, [0.5, 0.95]);
    return { limitByMonth: Array.from(s.limits), peakShareOfLimitP50, peakShareOfLimitP95 };
  }

  /** Per quota, the breach flags (judged quotas) and peaks (all) of `rows`, in their order. */
  perReplication(rows: readonly number[]): {
    breached: Record<string, boolean[]>;
    peaks: Record<string, number[]>;
  } {
    const breached: Record<string, boolean[]> = {};
    const peaks: Record<string, number[]> = {};
    for (const def of QUOTA_METRICS) {
      const s = this.state.get(def.quota);
      if (!s) continue;
      peaks[def.quota] = rows.map((r) => s.peaks[r]);
      if (s.judged) breached[def.quota] = rows.map((r) => s.breached[r] === 1);
    }
    return { breached, peaks };
  }
}
