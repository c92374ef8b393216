/**
 * A month of minute demand on one link as a lognormal mixture, so that its quantiles (the 95th
 * percentile) are solved from the distribution instead of being read off sampled points.
 *
 * A stretch of w minutes with background scale s, extra load e and copy cap L (see linkMonth.ts) has
 * demand D = e + x + min(L, (C − e − x)⁺), x = s·η, η lognormal(μ, σ). D is monotone in x, so
 *   P(D > v) = P(x > v − e − L) for v < C,   P(x > v − e) for v ≥ C,
 * and the month's survival is S(v) = Σ w·P(D > v). Stretches are grouped by (e, L) — one group in a
 * plain month, one more for a backup window, a few for copies and DDoS — and inside a group their
 * minutes are binned by ln s (BINS_PER_E bins per unit of ln s, i.e. 3.2 % wide, from C·e⁻⁸ to C·e⁵;
 * outside, the end bins), keeping Σw and Σw·ln s, each bin acting as all its minutes at the mean
 * of their ln s. The spread of ln s inside a bin adds < 0.031²/12 ≈ 8·10⁻⁵ to the log-variance σ²
 * (0.0225 at CV 0.15), with the bin's mean log kept exact: far inside the p95 tolerance of the tests.
 * With σ → 0 (no minute noise) the mixture is a set of steps at the bins' mean scales: quantiles good
 * to one bin. Minutes of zero scale (no background: ln s = −∞) are kept apart, at their exact demand
 * e + min(L, (C − e)⁺); when at least q of the month's minutes demand nothing, the q-quantile is 0.
 * The quantile is the root of S(v) = (1 − q)·Σw, found by Newton steps in ln v kept inside a bracket
 * (bisection when a step leaves it), from the bins' own scale quantile, until a step is < 10⁻⁴ of v
 * (quadratic convergence: ~10⁻⁸ left): about three evaluations, each a table lookup per bin near v.
 */
import { phi, phiSlope, Z_MAX } from './normalTable.ts';

/** Bins per unit of ln(scale); the bins cover ln C − LN_BELOW_C … ln C + LN_ABOVE_C. */
const BINS_PER_E = 32;
const LN_BELOW_C = 8;
const LN_ABOVE_C = 5;
const BINS = (LN_BELOW_C + LN_ABOVE_C) * BINS_PER_E;

interface Group {
  extra: number;
  cap: number;
  /** Minutes per bin and minutes × ln(scale) per bin. */
  mass: Float64Array;
  sumLn: Float64Array;
  /** Filled by prepare(): (mean ln scale)/σ per bin, and the minutes in bins ≥ b. */
  lnMeanOverSigma: Float64Array;
  massFrom: Float64Array;
  /** Minutes in the group's bins (set by prepare()); zero-scale minutes are in zeroMass. */
  total: number;
  /** Minutes of zero background scale (not in the bins): their demand is exactly zeroDemand(). */
  zeroMass: number;
  /** Bins in use: lo ≤ b ≤ hi (empty group: lo > hi). */
  lo: number;
  hi: number;
}

function newGroup(extra: number, cap: number): Group {
  return {
    extra,
    cap,
    mass: new Float64Array(BINS),
    sumLn: new Float64Array(BINS),
    lnMeanOverSigma: new Float64Array(BINS),
    massFrom: new Float64Array(BINS + 1),
    total: 0,
    zeroMass: 0,
    lo: BINS,
    hi: -1,
  };
}

export class DemandMixture {
  /** Groups in use are [0, used); group 0 is (e, L) = (0, 0). Arrays are kept across months. */
  private readonly groups: Group[] = [newGroup(0, 0)];
  private used = 1;
  /** ln of the lowest bin's lower edge. */
  private readonly lnOrigin: number;
  /** Largest ln(scale) clamped into the top bin (−∞ if none): bounds the scales with the bins' edges. */
  private topLn = Number.NEGATIVE_INFINITY;
  /** Zero-scale minutes of the month (set by quantile()): survival() adds them only if any. */
  private zeroMinutes = 0;
  /** dS/dv at the last survival() point, Mbit/s⁻¹·min (for the Newton steps). */
  private slope = 0;
  private readonly invSigma: number;

  constructor(
    private readonly capacityMbps: number,
    private readonly mu: number,
    private readonly sigma: number,
  ) {
    this.invSigma = 1 / sigma;
    this.lnOrigin = Math.log(capacityMbps) - LN_BELOW_C;
  }

  /** Empties the mixture for a new month. */
  reset(): void {
    for (let i = 0; i < this.used; i++) {
      const g = this.groups[i];
      if (g.hi >= g.lo) {
        g.mass.fill(0, g.lo, g.hi + 1);
        g.sumLn.fill(0, g.lo, g.hi + 1);
      }
      g.total = 0;
      g.zeroMass = 0;
      g.lo = BINS;
      g.hi = -1;
    }
    this.used = 1;
    this.topLn = Number.NEGATIVE_INFINITY;
  }

  /**
   * The hot path: hours [from, to), each 60 minutes of ln(scale) lnScale[h] under the constant extra
   * load extraMbps[h] and no copy (group (extraMbps[h], 0)). The same additions, in the same order
   * within every group, as `add` hour by hour.
   */
  addHours(lnScale: Float64Array, extraMbps: Float64Array, from: number, to: number): void {
    const origin = this.lnOrigin;
    let lastExtra = 0;
    let g = this.groups[0];
    for (let h = from; h < to; h++) {
      const e = extraMbps[h];
      if (e !== lastExtra) {
        g = this.groupFor(e, 0);
        lastExtra = e;
      }
      const ln = lnScale[h];
      let b = ((ln - origin) * BINS_PER_E) | 0;
      if (!(b > 0)) {
        if (ln === Number.NEGATIVE_INFINITY) {
          g.zeroMass += 60;
          continue;
        }
        b = 0;
      } else if (b >= BINS - 1) {
        b = BINS - 1;
        if (ln > this.topLn) this.topLn = ln;
      }
      g.mass[b] += 60;
      g.sumLn[b] += 60 * ln;
      if (b < g.lo) g.lo = b;
      if (b > g.hi) g.hi = b;
    }
  }

  /** Adds `minutes` of demand with background ln(scale), extra load and copy cap (Mbit/s). */
  add(minutes: number, lnScale: number, extra: number, cap: number): void {
    this.addTo(this.groupFor(extra, cap), minutes, lnScale);
  }

  /** The group of (extra, cap), opened if this month has none yet. */
  private groupFor(extra: number, cap: number): Group {
    if (extra === 0 && cap === 0) return this.groups[0];
    let i = 1;
    while (i < this.used && (this.groups[i].extra !== extra || this.groups[i].cap !== cap)) i++;
    if (i === this.used) {
      if (i === this.groups.length) this.groups.push(newGroup(extra, cap));
      this.groups[i].extra = extra;
      this.groups[i].cap = cap;
      this.used++;
    }
    return this.groups[i];
  }

  private addTo(g: Group, minutes: number, lnScale: number): void {
    let b = ((lnScale - this.lnOrigin) * BINS_PER_E) | 0;
    if (!(b > 0)) {
      if (lnScale === Number.NEGATIVE_INFINITY) {
        g.zeroMass += minutes;
        return;
      }
      b = 0;
    } else if (b >= BINS - 1) {
      b = BINS - 1;
      if (lnScale > this.topLn) this.topLn = lnScale;
    }
    g.mass[b] += minutes;
    g.sumLn[b] += minutes * lnScale;
    if (b < g.lo) g.lo = b;
    if (b > g.hi) g.hi = b;
  }

  /** Σ minutes × P(D > v) over the month (call after quantile(), which prepares the bins). */
  survival(v: number): number {
    let s = 0;
    for (let i = 0; i < this.used; i++) s += this.groupSurvival(this.groups[i], v);
    if (this.zeroMinutes > 0) {
      for (let i = 0; i < this.used; i++) {
        const g = this.groups[i];
        if (g.zeroMass > 0 && v < this.zeroDemand(g)) s += g.zeroMass;
      }
    }
    return s;
  }

  /** The q-quantile of minute demand (Mbit/s); 0 for an empty month. */
  quantile(q: number): number {
    this.prepare();
    let total = 0;
    let top = 0;
    let demandingNothing = 0;
    let largest = this.groups[0];
    this.zeroMinutes = 0;
    for (let i = 0; i < this.used; i++) {
      const g = this.groups[i];
      total += g.total + g.zeroMass;
      this.zeroMinutes += g.zeroMass;
      if (g.zeroMass > 0) {
        const d = this.zeroDemand(g);
        if (d <= 0) demandingNothing += g.zeroMass;
        top = Math.max(top, d);
      }
      // The group's largest scale is below its top bin's upper edge (or is topLn for the last bin).
      const lnMax = g.hi === BINS - 1 ? this.topLn : this.lnOrigin + (g.hi + 1) / BINS_PER_E;
      if (g.total > 0) top = Math.max(top, g.extra + g.cap + Math.exp(lnMax + this.mu + Z_MAX * this.sigma));
      if (g.total > largest.total) largest = g;
    }
    if (total <= 0 || q * total <= demandingNothing) return 0;
    const target = (1 - q) * total;
    // Bracket: S(a) > target ≥ S(b). S(0⁺) counts every minute with x > 0.
    let a = 0;
    let b = top * (1 + 1e-9) + 1e-9;
    if (target <= 0) return b;
    let v = Math.min(b, Math.max(1e-9 * b, this.startGuess(largest, q)));
    for (let step = 0; step < 100; step++) {
      this.slope = 0;
      const f = this.survival(v) - target;
      if (f > 0) a = v;
      else b = v;
      // Newton in ln v: d/d(ln v) S = v·S'(v), accumulated by groupSurvival into `slope`.
      const dfdu = v * this.slope;
      let next = dfdu < 0 ? v * Math.exp(Math.max(-1, Math.min(1, -f / dfdu))) : Number.NaN;
      const newton = next > a && next < b;
      if (!newton) next = 0.5 * (a + b);
      // A Newton step of < 10⁻⁴·v leaves an error of order 10⁻⁸·v after it: done without evaluating.
      if ((newton && Math.abs(next - v) <= 1e-4 * v) || b - a <= 1e-9 * b) return next;
      v = next;
    }
    return v;
  }

  /** Demand of the group's zero-scale minutes: e + min(L, (C − e)⁺). */
  private zeroDemand(g: Group): number {
    return g.extra + Math.min(g.cap, Math.max(0, this.capacityMbps - g.extra));
  }

  /** The q-quantile of the group's scales times the median of η, plus its extra load: a start for Newton. */
  private startGuess(g: Group, q: number): number {
    if (g.hi < g.lo) return this.zeroDemand(g);
    const want = (1 - q) * g.total;
    let b = g.hi;
    while (b > g.lo && g.massFrom[b] < want) b--;
    const lnMean = g.mass[b] > 0 ? g.sumLn[b] / g.mass[b] : Number.NEGATIVE_INFINITY;
    // The mixture's quantile sits ≈ 0.3σ above this for a month of hours (measured on the baseline).
    return g.extra + Math.exp(lnMean + this.mu + 0.3 * this.sigma);
  }

  /** Per bin: (mean ln scale)/σ (−∞ for a zero scale) and the minutes from that bin up. */
  private prepare(): void {
    for (let i = 0; i < this.used; i++) {
      const g = this.groups[i];
      g.massFrom[Math.max(g.hi + 1, 0)] = 0;
      for (let b = g.hi; b >= g.lo; b--) {
        const m = g.mass[b];
        g.massFrom[b] = g.massFrom[b + 1] + m;
        g.lnMeanOverSigma[b] = m > 0 ? (g.sumLn[b] / m) * this.invSigma : Number.NEGATIVE_INFINITY;
      }
      g.total = g.hi >= g.lo ? g.massFrom[g.lo] : 0;
    }
  }

  /** Σ minutes × P(D > v) of the group's binned minutes (not its zero-scale ones). */
  private groupSurvival(g: Group, v: number): number {
    if (g.total <= 0) return 0;
    const k = v - g.extra - (v < this.capacityMbps ? g.cap : 0);
    if (k <= 0) return g.total;
    // Bins below `from` cannot exceed k (z ≥ Z_MAX); bins from `to` up surely do (z ≤ −Z_MAX).
    const lnK = Math.log(k);
    const at = (lnK - this.mu - this.lnOrigin) * BINS_PER_E;
    const from = Math.max(g.lo, Math.floor(at - Z_MAX * this.sigma * BINS_PER_E));
    const to = Math.max(from, Math.min(g.hi + 1, Math.ceil(at + Z_MAX * this.sigma * BINS_PER_E) + 1));
    let s = to <= g.hi ? g.massFrom[to] : 0;
    const zk = (lnK - this.mu) * this.invSigma;
    const { mass, lnMeanOverSigma } = g;
    let density = 0;
    for (let b = from; b < to; b++) {
      const m = mass[b];
      if (m > 0) {
        const z = lnMeanOverSigma[b] - zk;
        s += m * phi(z);
        density += m * phiSlope(z);
      }
    }
    // dS/dv = −Σ m·φ(z)·dz_k/dv, dz_k/dv = 1/(σ·k).
    this.slope -= (density * this.invSigma) / k;
    return s;
  }
}
