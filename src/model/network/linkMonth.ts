/**
 * The coarse model of one link (egress or server-to-server) over one term month, in hourly steps.
 *
 * Demand at minute t of hour h (Mbit/s) = a(t) + x(t) + copy(t), where
 * - x(t) = scale_h · η(t): the background. scale_h is the profile mean of the hour times a per-day
 *   factor (drawn by the caller); η(t) is minute-level noise, i.i.d. lognormal with mean 1 and CV
 *   `noiseCv` (the schema's "noise at a moment", taken at one-minute resolution);
 * - a(t) is a known extra load: the nightly backup window (per hour) and the scrubbed residue of DDoS
 *   attacks (intervals at minute resolution);
 * - copy(t) = min(L, (C − a − x)⁺): bulk and migration copies are elastic and take what the link has
 *   spare, up to their combined cap L. Background never yields to copies; what exceeds C is unserved.
 *
 * Instead of 60 minute draws an hour, each constant stretch of an hour (a segment: one per hour unless
 * a DDoS interval or a copy starts or ends inside it) is summarised exactly from η's distribution:
 * - minutes above a threshold T: w·P(a + x > T − L) for T < C, w·P(a + x > T) for T ≥ C (demand is
 *   monotone in x, so the event is a threshold on x);
 * - unserved volume: w·E[(x − (C − a))⁺]; the copy's progress: w·E[min(L, (C − a − x)⁺)];
 * - the segment's peak: the max of w i.i.d. minutes drawn exactly as F⁻¹(U^{1/w}) (one uniform),
 *   skipped when even the 1 − 10⁻⁹ quantile of the segment cannot beat the month's running peak;
 * - the month's 95th percentile of minute demand from a histogram (bins of 0.5 % of C up to 3 C) fed
 *   with K = 8 stratified quantile points of each segment, weighted by its minutes.
 * Reported in `hoursAbove80`/`hoursAbove100`: expected minutes above 80 %/100 % of C, in hours.
 */
import { lognormalExceed, lognormalExcess, lognormalParams, lognormalShortfall, normInv } from './normal.ts';

/** A uniform source on [0, 1); the engine's RandomStream satisfies it. */
export interface UniformSource {
  next(): number;
}

export interface LinkParams {
  capacityMbps: number;
  /** CV of the minute-level noise η (mean 1). */
  noiseCv: number;
}

/** An extra constant load on the link from `startMinute` (inclusive) to `endMinute` (exclusive), term minutes. */
export interface ExtraInterval {
  startMinute: number;
  endMinute: number;
  mbps: number;
}

/** A copy of data over the link (bulk copy or migration); the model advances it in place. */
export interface CopyJob {
  label: string;
  startMinute: number;
  capMbps: number;
  dataMbit: number;
  remainingMbit: number;
  /** Term minute the last bit arrived; NaN while running. */
  finishedMinute: number;
}

export interface LinkMonthInput {
  monthStartMinute: number;
  hours: number;
  /** Background mean per hour of the month (profile × daily factor), Mbit/s. */
  scaleMbps: Float64Array;
  /** Constant extra load per hour (backup window), Mbit/s. */
  hourExtraMbps: Float64Array;
  /** Extra loads at minute resolution (DDoS residue), sorted by start. */
  intervals: readonly ExtraInterval[];
  /** Copies on this link, any state; those that start before the month ends are advanced. */
  copies: readonly CopyJob[];
}

export interface LinkMonthStats {
  peakMbps: number;
  p95Mbps: number;
  hoursAbove80: number;
  hoursAbove100: number;
  unservedGb: number;
  /** Copies that finished in this month. */
  finished: CopyJob[];
}

const QUANTILE_POINTS = 8;
const BINS = 600;
const RANGE_OF_CAPACITY = 3;
/** Probability beyond which a segment's peak is treated as impossible when skipping draws. */
const PEAK_BOUND_QUANTILE = 1 - 1e-9;
/** Most cut points considered inside one hour (further overlapping events merge into the last stretch). */
const MAX_CUTS = 64;

export class LinkMonthModel {
  readonly capacityMbps: number;
  private readonly mu: number;
  private readonly sigma: number;
  private readonly pointFactors = new Float64Array(QUANTILE_POINTS);
  private readonly boundFactor: number;
  private readonly histogram = new Float64Array(BINS);
  private readonly binWidthMbps: number;
  // Month accumulators.
  private peak = 0;
  private minutes80 = 0;
  private minutes100 = 0;
  private unservedMbpsMinutes = 0;
  private finished: CopyJob[] = [];
  private rng: UniformSource = { next: () => 0.5 };
  private readonly cuts = new Float64Array(MAX_CUTS);

  constructor(params: LinkParams) {
    this.capacityMbps = params.capacityMbps;
    const { mu, sigma } = lognormalParams(1, params.noiseCv);
    this.mu = mu;
    this.sigma = sigma;
    for (let i = 0; i < QUANTILE_POINTS; i++) {
      this.pointFactors[i] = Math.exp(mu + sigma * normInv((i + 0.5) / QUANTILE_POINTS));
    }
    this.boundFactor = Math.exp(mu + sigma * normInv(PEAK_BOUND_QUANTILE));
    this.binWidthMbps = (params.capacityMbps * RANGE_OF_CAPACITY) / BINS;
  }

  /** Runs the month's hours and returns its figures; copies in `input.copies` advance in place. */
  runMonth(input: LinkMonthInput, rng: UniformSource): LinkMonthStats {
    this.rng = rng;
    this.peak = 0;
    this.minutes80 = 0;
    this.minutes100 = 0;
    this.unservedMbpsMinutes = 0;
    this.finished = [];
    this.histogram.fill(0);
    const cuts = this.cuts;
    let intervalFrom = 0;
    const { intervals, copies } = input;
    for (let h = 0; h < input.hours; h++) {
      const h0 = input.monthStartMinute + h * 60;
      const h1 = h0 + 60;
      while (intervalFrom < intervals.length && intervals[intervalFrom].endMinute <= h0) intervalFrom++;
      // Cut points inside the hour: interval and copy starts/ends. Most hours have none.
      let n = 0;
      cuts[n++] = h0;
      for (
        let i = intervalFrom;
        i < intervals.length && intervals[i].startMinute < h1 && n < MAX_CUTS - 3;
        i++
      ) {
        const iv = intervals[i];
        if (iv.startMinute > h0) cuts[n++] = iv.startMinute;
        if (iv.endMinute < h1) cuts[n++] = iv.endMinute;
      }
      for (const c of copies)
        if (c.startMinute > h0 && c.startMinute < h1 && n < MAX_CUTS - 1) cuts[n++] = c.startMinute;
      cuts[n++] = h1;
      if (n === 2 && (intervalFrom >= intervals.length || intervals[intervalFrom].startMinute >= h1)) {
        this.runStretch(h0, h1, input.scaleMbps[h], input.hourExtraMbps[h], copies);
        continue;
      }
      cuts.subarray(0, n).sort();
      for (let k = 0; k + 1 < n; k++) {
        if (cuts[k + 1] <= cuts[k]) continue;
        let extra = input.hourExtraMbps[h];
        for (let i = intervalFrom; i < intervals.length && intervals[i].startMinute < h1; i++) {
          const iv = intervals[i];
          if (iv.startMinute <= cuts[k] && iv.endMinute > cuts[k]) extra += iv.mbps;
        }
        this.runStretch(cuts[k], cuts[k + 1], input.scaleMbps[h], extra, copies);
      }
    }
    return {
      peakMbps: this.peak,
      p95Mbps: this.histogramQuantile(0.95),
      hoursAbove80: this.minutes80 / 60,
      hoursAbove100: this.minutes100 / 60,
      unservedGb: (this.unservedMbpsMinutes * 60) / 8000,
      finished: this.finished,
    };
  }

  /** A stretch with constant background scale and extra load; split where a copy finishes. */
  private runStretch(t0: number, t1: number, scale: number, extra: number, copies: readonly CopyJob[]): void {
    let from = t0;
    while (from < t1) {
      let capTotal = 0;
      for (const c of copies)
        if (c.startMinute <= from && Number.isNaN(c.finishedMinute)) capTotal += c.capMbps;
      let to = t1;
      if (capTotal > 0) {
        const rate = this.copyRate(scale, extra, capTotal);
        if (rate > 0) {
          // Earliest finish among the running copies at their shares of `rate`.
          let firstFinish = Number.POSITIVE_INFINITY;
          for (const c of copies) {
            if (c.startMinute > from || !Number.isNaN(c.finishedMinute)) continue;
            const minutes = c.remainingMbit / ((rate * c.capMbps) / capTotal) / 60;
            if (from + minutes < firstFinish) firstFinish = from + minutes;
          }
          if (firstFinish < to) to = firstFinish;
          const elapsedSeconds = (to - from) * 60;
          for (const c of copies) {
            if (c.startMinute > from || !Number.isNaN(c.finishedMinute)) continue;
            c.remainingMbit -= ((rate * c.capMbps) / capTotal) * elapsedSeconds;
            if (c.remainingMbit <= 1e-9 * c.dataMbit) {
              c.remainingMbit = 0;
              c.finishedMinute = to;
              this.finished.push(c);
            }
          }
        }
      }
      this.accumulate(to - from, scale, extra, capTotal);
      from = to;
    }
  }

  /** Expected copy throughput E[min(L, (C − a − x)⁺)], Mbit/s. */
  copyRate(scale: number, extra: number, capMbps: number): number {
    const spare = this.capacityMbps - extra;
    if (spare <= 0) return 0;
    if (this.sigma < 1e-12) return Math.min(capMbps, Math.max(0, spare - scale));
    const r =
      lognormalShortfall(scale, this.mu, this.sigma, spare) -
      lognormalShortfall(scale, this.mu, this.sigma, spare - capMbps);
    return Math.max(0, Math.min(capMbps, r));
  }

  /** Demand as a function of the background x: a + x + min(L, (C − a − x)⁺). */
  private demand(x: number, extra: number, cap: number): number {
    const bg = extra + x;
    return bg + Math.min(cap, Math.max(0, this.capacityMbps - bg));
  }

  private exceed(scale: number, k: number): number {
    if (this.sigma < 1e-12) return scale > k ? 1 : 0;
    return lognormalExceed(scale, this.mu, this.sigma, k);
  }

  private accumulate(minutes: number, scale: number, extra: number, cap: number): void {
    if (minutes <= 0) return;
    const c = this.capacityMbps;
    // Histogram points (the p95) and the cheap upper bound.
    const weight = minutes / QUANTILE_POINTS;
    const hist = this.histogram;
    const perBin = 1 / this.binWidthMbps;
    for (let i = 0; i < QUANTILE_POINTS; i++) {
      const x = scale * this.pointFactors[i];
      const v = cap > 0 ? this.demand(x, extra, cap) : extra + x;
      const bin = Math.floor(v * perBin);
      hist[bin < BINS ? bin : BINS - 1] += weight;
    }
    const bound = this.demand(scale * this.boundFactor, extra, cap);
    if (bound > this.peak) {
      const u = this.rng.next();
      const p = Math.exp(Math.log(u > 0 ? u : Number.MIN_VALUE) / minutes);
      const etaMax = this.sigma < 1e-12 ? 1 : Math.exp(this.mu + this.sigma * normInv(p));
      const v = this.demand(scale * etaMax, extra, cap);
      if (v > this.peak) this.peak = v;
    }
    if (bound > 0.8 * c) {
      this.minutes80 += minutes * this.exceed(scale, 0.8 * c - extra - cap);
      if (bound > c) {
        this.minutes100 += minutes * this.exceed(scale, c - extra);
        this.unservedMbpsMinutes +=
          minutes *
          (this.sigma < 1e-12
            ? Math.max(0, scale - (c - extra))
            : lognormalExcess(scale, this.mu, this.sigma, c - extra));
      }
    }
  }

  private histogramQuantile(q: number): number {
    let total = 0;
    for (let i = 0; i < BINS; i++) total += this.histogram[i];
    if (total <= 0) return 0;
    const target = q * total;
    let cum = 0;
    for (let i = 0; i < BINS; i++) {
      const next = cum + this.histogram[i];
      if (next >= target) {
        const within = this.histogram[i] > 0 ? (target - cum) / this.histogram[i] : 0;
        return (i + within) * this.binWidthMbps;
      }
      cum = next;
    }
    return BINS * this.binWidthMbps;
  }
}
