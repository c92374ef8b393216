/**
 * The coarse model of one link (egress or server-to-server) over one term month, in hourly steps.
 *
 * Demand at minute t of hour h (Mbit/s) = a(t) + x(t) + copy(t), where
 * - x(t) = scale_h · η(t): the background. scale_h is the profile mean of the hour times a per-day
 *   factor (drawn by the caller); η(t) is minute-level noise, i.i.d. lognormal with mean 1 and CV
 *   `noiseCv` (the schema's "noise at a moment", taken at one-minute resolution);
 * - a(t) is a known extra load: the nightly backup window (per hour) and the scrubbed residue of DDoS
 *   attacks (intervals at minute resolution);
 * - copies (bulk and migration, linkTypes.ts): those that yield take copy(t) = min(L, (C − a − x)⁺),
 *   what the link has spare up to their combined cap L; those that hold their rate are part of a(t).
 *   Background never yields to copies; what exceeds C is unserved.
 *
 * Instead of 60 minute draws an hour, each constant stretch of an hour (a segment: one per hour unless
 * a DDoS interval or a copy starts or ends inside it) is summarised exactly from η's distribution:
 * - minutes above a threshold T: w·P(a + x > T − L) for T < C, w·P(a + x > T) for T ≥ C (demand is
 *   monotone in x, so the event is a threshold on x);
 * - unserved volume: w·E[(x − (C − a))⁺]; the copy's progress: w·E[min(L, (C − a − x)⁺)];
 * - the segment's peak: the max of w i.i.d. minutes beats the month's running peak P with probability
 *   1 − F(k)^w, k the x-threshold of P: a hazard H = −w·ln F(k), by table. Which segment beats P next
 *   is drawn as the first whose summed hazards pass an Exp(1) budget (exact for independent segments,
 *   one draw per new peak instead of one per segment); that segment's max is F⁻¹(U^{1/w}) with U
 *   uniform on (F(k)^w, 1). Segments whose 1 − 10⁻⁹ quantile cannot reach P are skipped (P(beat) <
 *   6·10⁻⁸);
 * - the month's 95th percentile of minute demand: solved from the lognormal mixture of all segments
 *   (binned by ln scale, 3 % bins, demandMixture.ts) instead of 8 sampled points per segment.
 * Normal CDFs in the hour loop come from a table (normalTable.ts, error ≤ 2·10⁻⁶), and a plain hour
 * (no extra load, no copy, no DDoS) whose scale is too low to reach 80 % of C or the running peak costs
 * two bin updates and two comparisons.
 * Reported in `hoursAbove80`/`hoursAbove100`: expected minutes above 80 %/100 % of C, in hours.
 */

import { DemandMixture } from './demandMixture.ts';
import type {
  CopyJob,
  ExtraInterval,
  LinkMonthInput,
  LinkMonthStats,
  LinkParams,
  UniformSource,
} from './linkTypes.ts';
import { noteDeadlines } from './networkEvents.ts';
import { lognormalParams, normInv, yieldingCopyRate } from './normal.ts';
import { minusLnPhi, phi, Z_MAX } from './normalTable.ts';

export type { CopyJob, ExtraInterval, LinkMonthInput, LinkMonthStats, LinkParams, UniformSource };

/** Most cut points considered inside one hour (further overlapping events merge into the last stretch). */
const MAX_CUTS = 64;
/** Below this σ the minute noise is treated as absent (η ≡ 1 up to 10⁻⁹). */
const MIN_SIGMA = 1e-9;

export class LinkMonthModel {
  readonly capacityMbps: number;
  private readonly mu: number;
  private readonly sigma: number;
  private readonly invSigma: number;
  /** E[η] (1 by construction, kept exact for the excess formula). */
  private readonly meanEta: number;
  /** x = s·η can exceed k only if s > k·skipFactor (else P < Φ(−Z_MAX) = 10⁻⁹ a minute). */
  private readonly skipFactor: number;
  /** Plain hours: scales above which 80 % / 100 % of C is reachable; ln(0.8 C) − μ, ln C − μ. */
  private readonly reach80: number;
  private readonly reach100: number;
  private readonly lnK80: number;
  private readonly lnK100: number;
  private readonly mixture: DemandMixture;
  // Month accumulators.
  private peak = 0;
  /** ln(peak) − μ, and the scale a plain hour needs to possibly beat the peak. */
  private lnPeak = Number.NEGATIVE_INFINITY;
  private peakReach = 0;
  /** What is left of the Exp(1) hazard budget before the next segment sets a new peak. */
  private budget = 0;
  /** min(peakReach, reach80): a plain hour at or below it only feeds the mixture. */
  private reach = 0;
  /**
   * min(peak, 0.8 C): an hour under extra load e whose scale is at or below (reachBase − e)·skipFactor
   * can reach neither the peak nor 80 % of C (nor C), so it only feeds the mixture.
   */
  private reachBase = 0;
  private minutes80 = 0;
  private minutes100 = 0;
  private unservedMbpsMinutes = 0;
  private finished: CopyJob[] = [];
  private rng: UniformSource = { next: () => 0.5 };
  private readonly cuts = new Float64Array(MAX_CUTS);
  private lnBuffer = new Float64Array(0);

  constructor(params: LinkParams) {
    const c = params.capacityMbps;
    this.capacityMbps = c;
    const { mu, sigma } = lognormalParams(1, params.noiseCv);
    this.mu = mu;
    this.sigma = Math.max(sigma, MIN_SIGMA);
    this.invSigma = 1 / this.sigma;
    this.meanEta = Math.exp(mu + (this.sigma * this.sigma) / 2);
    this.skipFactor = Math.exp(-mu - Z_MAX * this.sigma);
    this.reach80 = 0.8 * c * this.skipFactor;
    this.reach100 = c * this.skipFactor;
    this.lnK80 = Math.log(0.8 * c) - mu;
    this.lnK100 = Math.log(c) - mu;
    this.mixture = new DemandMixture(c, mu, this.sigma);
  }

  /** Runs the month's hours and returns its figures; copies in `input.copies` advance in place. */
  runMonth(input: LinkMonthInput, rng: UniformSource): LinkMonthStats {
    this.rng = rng;
    this.setPeak(0);
    this.budget = -Math.log(1 - rng.next());
    this.minutes80 = 0;
    this.minutes100 = 0;
    this.unservedMbpsMinutes = 0;
    this.finished = [];
    this.mixture.reset();
    const { intervals, copies, scaleMbps, hourExtraMbps, hours } = input;
    const lnScale = input.lnScaleMbps ?? this.logOf(scaleMbps, hours);
    // Copies that may run this month send every hour through the general path.
    const monthStart = input.monthStartMinute;
    const monthEnd = monthStart + hours * 60;
    let copiesLive = false;
    for (const c of copies) if (Number.isNaN(c.finishedMinute) && c.startMinute < monthEnd) copiesLive = true;
    let intervalFrom = 0;
    let h = 0;
    while (h < hours) {
      while (intervalFrom < intervals.length && intervals[intervalFrom].endMinute <= monthStart + h * 60)
        intervalFrom++;
      // Hours before the next DDoS interval (all of them when no copy can run) are whole segments.
      let regularEnd = hours;
      if (copiesLive) regularEnd = h;
      else if (intervalFrom < intervals.length)
        regularEnd = Math.min(hours, Math.floor((intervals[intervalFrom].startMinute - monthStart) / 60));
      this.regularHours(scaleMbps, lnScale, hourExtraMbps, h, regularEnd);
      h = Math.max(h, regularEnd);
      if (h >= hours) break;
      this.cutHour(input, h, lnScale[h], intervalFrom);
      h++;
    }
    return {
      peakMbps: this.peak,
      p95Mbps: this.mixture.quantile(0.95),
      hoursAbove80: this.minutes80 / 60,
      hoursAbove100: this.minutes100 / 60,
      unservedGb: (this.unservedMbpsMinutes * 60) / 8000,
      finished: this.finished,
    };
  }

  /** An hour with a DDoS interval or a copy: split at their starts and ends, each stretch run alone. */
  private cutHour(input: LinkMonthInput, h: number, lnScale: number, intervalFrom: number): void {
    const { intervals, copies } = input;
    const cuts = this.cuts;
    const h0 = input.monthStartMinute + h * 60;
    const h1 = h0 + 60;
    const scale = input.scaleMbps[h];
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
    cuts.subarray(0, n).sort();
    for (let k = 0; k + 1 < n; k++) {
      if (cuts[k + 1] <= cuts[k]) continue;
      let extra = input.hourExtraMbps[h];
      for (let i = intervalFrom; i < intervals.length && intervals[i].startMinute < h1; i++) {
        const iv = intervals[i];
        if (iv.startMinute <= cuts[k] && iv.endMinute > cuts[k]) extra += iv.mbps;
      }
      this.runStretch(cuts[k], cuts[k + 1], scale, lnScale, extra, copies);
    }
  }

  private logOf(scale: Float64Array, hours: number): Float64Array {
    if (this.lnBuffer.length < hours) this.lnBuffer = new Float64Array(hours);
    for (let h = 0; h < hours; h++) this.lnBuffer[h] = Math.log(scale[h]);
    return this.lnBuffer;
  }

  /**
   * A stretch with constant background scale and extra load, split where a copy finishes or reaches its
   * deadline. Copies that hold share what the extra load leaves (by cap) and count as extra load; those
   * that yield share copyRate of the rest. Each running copy tallies the line full and unserved live demand.
   */
  private runStretch(
    t0: number,
    t1: number,
    scale: number,
    lnScale: number,
    extra: number,
    copies: readonly CopyJob[],
  ): void {
    let from = t0;
    while (from < t1) {
      let yieldCap = 0;
      let holdCap = 0;
      let to = t1;
      for (const c of copies) {
        if (c.startMinute > from || !Number.isNaN(c.finishedMinute)) continue;
        if (c.policy === 'hold') holdCap += c.capMbps;
        else yieldCap += c.capMbps;
        const d = c.deadlineMinute;
        if (d !== undefined && d > from && d < to) to = d;
      }
      let load = extra;
      if (yieldCap > 0 || holdCap > 0) {
        const holdRate = Math.min(holdCap, Math.max(0, this.capacityMbps - extra));
        load = extra + holdRate;
        const yieldRate = yieldCap > 0 ? this.copyRate(scale, load, yieldCap) : 0;
        const rateOf = (c: CopyJob) =>
          c.policy === 'hold' ? (holdRate * c.capMbps) / holdCap : (yieldRate * c.capMbps) / yieldCap;
        // Earliest finish among the running copies at their rates.
        for (const c of copies) {
          if (c.startMinute > from || !Number.isNaN(c.finishedMinute)) continue;
          const rate = rateOf(c);
          if (rate > 0 && from + c.remainingMbit / rate / 60 < to) to = from + c.remainingMbit / rate / 60;
        }
        const minutes = to - from;
        const full = minutes * this.exceed(scale, lnScale, this.capacityMbps - load - yieldCap);
        const caused =
          holdRate > 0
            ? minutes *
              (this.excess(scale, lnScale, this.capacityMbps - load) -
                this.excess(scale, lnScale, this.capacityMbps - extra))
            : 0;
        for (const c of copies) {
          if (c.startMinute > from || !Number.isNaN(c.finishedMinute)) continue;
          c.fullMinutes = (c.fullMinutes ?? 0) + full;
          c.liveUnservedMbpsMinutes = (c.liveUnservedMbpsMinutes ?? 0) + caused;
          c.remainingMbit -= rateOf(c) * minutes * 60;
          if (c.remainingMbit <= 1e-9 * c.dataMbit) {
            c.remainingMbit = 0;
            c.finishedMinute = to;
            this.finished.push(c);
          }
        }
      }
      noteDeadlines(copies, to);
      this.accumulate(to - from, scale, lnScale, load, yieldCap);
      from = to;
    }
  }

  /** Expected throughput of copies that yield, E[min(L, (C − a − x)⁺)], Mbit/s. */
  copyRate(scale: number, extra: number, capMbps: number): number {
    return yieldingCopyRate(this.capacityMbps - extra, scale, this.mu, this.sigma, capMbps);
  }

  /** Demand as a function of the background x: a + x + min(L, (C − a − x)⁺). */
  private demand(x: number, extra: number, cap: number): number {
    const bg = extra + x;
    return bg + Math.min(cap, Math.max(0, this.capacityMbps - bg));
  }

  private setPeak(v: number): void {
    this.peak = v;
    this.lnPeak = Math.log(v) - this.mu;
    this.peakReach = v * this.skipFactor;
    this.reach = Math.min(this.peakReach, this.reach80);
    this.reachBase = Math.min(v, 0.8 * this.capacityMbps);
  }

  /**
   * Hours [from, to) with no DDoS or copy: whole segments. All of them feed the mixture in one tight
   * pass (each group's bins see the same additions in the same order as hour by hour); then, in hour
   * order, only the hours that may reach 80 % of C or the running peak do more — every other hour
   * would add exactly 0 — so the figures and the random draws are the same. Hot helpers take the
   * arrays and an index, not the hour's numbers: V8 boxes a double passed to a call it does not inline.
   */
  private regularHours(
    scaleMbps: Float64Array,
    lnScale: Float64Array,
    extraMbps: Float64Array,
    from: number,
    to: number,
  ): void {
    this.mixture.addHours(lnScale, extraMbps, from, to);
    for (let h = from; h < to; h++) {
      const extra = extraMbps[h];
      if (extra === 0) {
        if (scaleMbps[h] > this.reach) this.plainHourTail(scaleMbps, lnScale, h);
      } else if (scaleMbps[h] > (this.reachBase - extra) * this.skipFactor) {
        this.extraHourTail(scaleMbps, lnScale, extraMbps, h);
      }
    }
  }

  /**
   * Hour h, whole, under its extra load (the backup window), whose scale may reach 80 % of C or the
   * running peak; its minutes are already in the mixture.
   */
  private extraHourTail(
    scaleMbps: Float64Array,
    lnScale: Float64Array,
    extraMbps: Float64Array,
    h: number,
  ): void {
    this.segmentTail(60, scaleMbps[h], lnScale[h], extraMbps[h], 0);
  }

  /**
   * Hour h, whole, with no extra load, copy or DDoS (a = L = 0, w = 60), whose scale may reach 80 % of
   * C or the running peak (scale > reach); its minutes are already in the mixture.
   */
  private plainHourTail(scaleMbps: Float64Array, lnScaleMbps: Float64Array, h: number): void {
    const scale = scaleMbps[h];
    const lnScale = lnScaleMbps[h];
    if (scale > this.peakReach)
      this.tryPeak(60 * minusLnPhi((this.lnPeak - lnScale) * this.invSigma), 60, scale, 0, 0);
    if (scale > this.reach80) {
      this.minutes80 += 60 * phi((lnScale - this.lnK80) * this.invSigma);
      if (scale > this.reach100) {
        const z = (this.lnK100 - lnScale) * this.invSigma;
        this.minutes100 += 60 * phi(-z);
        this.unservedMbpsMinutes +=
          60 * (scale * this.meanEta * phi(this.sigma - z) - this.capacityMbps * phi(-z));
      }
    }
  }

  /**
   * A segment whose max beats the running peak with hazard H = −ln P(it does not): spends H of the
   * Exp(1) budget; when the budget runs out the segment sets a new peak, drawn from its max given
   * that it beats the old one, and a fresh budget is drawn.
   */
  private tryPeak(hazard: number, minutes: number, scale: number, extra: number, cap: number): void {
    this.budget -= hazard;
    if (this.budget <= 0) this.drawPeak(hazard, minutes, scale, extra, cap);
  }

  /** tryPeak's rare part (kept out of line so the hot callers stay small enough to inline): a new peak. */
  private drawPeak(hazard: number, minutes: number, scale: number, extra: number, cap: number): void {
    // P(max ≤ old peak) = e^−H; the max given it is above: F⁻¹(u^{1/w}) with u uniform on (e^−H, 1),
    // computed from 1 − u and 1 − u^{1/w} so that u near 1 keeps its precision (no F⁻¹(1) = ∞).
    const above = -Math.expm1(-hazard) * (1 - this.rng.next());
    const q = -Math.expm1(Math.log1p(-above) / minutes);
    const etaMax = Math.exp(this.mu - this.sigma * normInv(q > 0 ? q : Number.MIN_VALUE));
    const v = this.demand(scale * etaMax, extra, cap);
    if (v > this.peak) this.setPeak(v);
    this.budget = -Math.log(1 - this.rng.next());
  }

  /** P(x > k) for x = scale·η, ln(scale) given. */
  private exceed(scale: number, lnScale: number, k: number): number {
    if (k <= 0) return 1;
    if (scale <= k * this.skipFactor) return 0;
    return phi((lnScale - Math.log(k) + this.mu) * this.invSigma);
  }

  /** E[(x − k)⁺] for x = scale·η, ln(scale) given. */
  private excess(scale: number, lnScale: number, k: number): number {
    if (k <= 0) return scale * this.meanEta - k;
    if (scale <= k * this.skipFactor) return 0;
    const z = (Math.log(k) - this.mu - lnScale) * this.invSigma;
    return scale * this.meanEta * phi(this.sigma - z) - k * phi(-z);
  }

  /** Any segment: `minutes` at background scale, extra load and copy cap (all Mbit/s). */
  private accumulate(minutes: number, scale: number, lnScale: number, extra: number, cap: number): void {
    if (minutes <= 0) return;
    this.mixture.add(minutes, lnScale, extra, cap);
    this.segmentTail(minutes, scale, lnScale, extra, cap);
  }

  /** accumulate without the mixture: the peak, the minutes above 80 %/100 % of C and the unserved volume. */
  private segmentTail(minutes: number, scale: number, lnScale: number, extra: number, cap: number): void {
    const c = this.capacityMbps;
    if (scale <= 0) {
      const v = this.demand(0, extra, cap);
      if (v > this.peak) this.setPeak(v);
      if (v > 0.8 * c) this.minutes80 += minutes;
      if (extra > c) {
        this.minutes100 += minutes;
        this.unservedMbpsMinutes += minutes * (extra - c);
      }
      return;
    }
    // Peak: the segment's max beats P iff its x-max beats kPeak (demand is monotone in x).
    const kPeak = this.peak - extra - (this.peak < c ? cap : 0);
    if (kPeak <= 0) this.tryPeak(Number.POSITIVE_INFINITY, minutes, scale, extra, cap);
    else if (scale > kPeak * this.skipFactor) {
      const z = (Math.log(kPeak) - this.mu - lnScale) * this.invSigma;
      this.tryPeak(minutes * minusLnPhi(z), minutes, scale, extra, cap);
    }
    this.minutes80 += minutes * this.exceed(scale, lnScale, 0.8 * c - extra - cap);
    this.minutes100 += minutes * this.exceed(scale, lnScale, c - extra);
    this.unservedMbpsMinutes += minutes * this.excess(scale, lnScale, c - extra);
  }
}
