/**
 * Queue delays of one month's messages as a weighted histogram: a zero bin (delay < 1 ms) and
 * geometric bins from 1 ms to 10⁶ s, 40 per decade (each bin ≈ 6 % wide). Mass is added either at
 * a point or spread uniformly over an interval [d0, d1] (a batch drained at a constant rate). A
 * uniform piece costs O(1) whatever it covers: its partial end bins get their mass directly, the full
 * bins between get a constant density through a difference array (density +ρ from the first, −ρ
 * after the last) that quantile() folds in, × each bin's width. Count above a threshold and the max
 * are exact; percentiles interpolate linearly inside a bin (error ≤ half a bin, ≈ 3 %).
 */

const MIN_DELAY_SECONDS = 1e-3;
const BINS_PER_DECADE = 40;
const DECADES = 9;
export const BINS = BINS_PER_DECADE * DECADES;
const LOG_MIN = Math.log10(MIN_DELAY_SECONDS);

function binOf(delaySeconds: number): number {
  if (delaySeconds < MIN_DELAY_SECONDS) return -1;
  const b = Math.floor((Math.log10(delaySeconds) - LOG_MIN) * BINS_PER_DECADE);
  return b >= BINS ? BINS - 1 : b;
}

/** Lower edge of each bin (and the top edge of the last one), seconds: a constant table. */
export const DELAY_EDGES = Float64Array.from(
  { length: BINS + 1 },
  (_, b) => 10 ** (LOG_MIN + b / BINS_PER_DECADE),
);
const EDGES = DELAY_EDGES;

const WIDTHS = Float64Array.from({ length: BINS }, (_, b) => EDGES[b + 1] - EDGES[b]);

function binLow(b: number): number {
  return EDGES[b];
}

export class DelayHistogram {
  private readonly bins = new Float64Array(BINS);
  /** Density (messages per second of delay) changes at each bin's lower edge, not yet in `bins`. */
  private readonly densityStep = new Float64Array(BINS + 1);
  private pendingDensity = false;
  /** The bins of the last two points added (a cache for addPoint). */
  private lastBin = 0;
  private otherBin = 0;
  private zero = 0;
  private total = 0;
  private above = 0;
  private maxSeconds = 0;

  constructor(readonly thresholdSeconds: number) {}

  reset(): void {
    this.bins.fill(0);
    this.densityStep.fill(0);
    this.pendingDensity = false;
    this.zero = 0;
    this.total = 0;
    this.above = 0;
    this.maxSeconds = 0;
  }

  get messages(): number {
    return this.total;
  }

  /** Messages whose delay exceeded the threshold. */
  get delayedMessages(): number {
    return this.above;
  }

  get maxDelaySeconds(): number {
    return this.maxSeconds;
  }

  addPoint(delaySeconds: number, mass: number): void {
    if (mass <= 0) return;
    this.total += mass;
    if (delaySeconds > this.thresholdSeconds) this.above += mass;
    if (delaySeconds > this.maxSeconds) this.maxSeconds = delaySeconds;
    if (delaySeconds < MIN_DELAY_SECONDS) {
      this.zero += mass;
      return;
    }
    // Points mostly fall in one of the last two bins used (an hour's M/D/1 wait moves little, and may
    // sit on a bin edge): no log then.
    const b = this.binIndex(delaySeconds);
    if (b !== this.lastBin) {
      this.otherBin = this.lastBin;
      this.lastBin = b;
    }
    this.bins[b] += mass;
  }

  /** The bin a delay falls in (−1: the zero bin), by the two-bin cache of addPoint or a log. */
  binIndex(delaySeconds: number): number {
    if (delaySeconds < MIN_DELAY_SECONDS) return -1;
    const b = this.lastBin;
    if (delaySeconds >= EDGES[b] && delaySeconds < EDGES[b + 1]) return b;
    const o = this.otherBin;
    if (delaySeconds >= EDGES[o] && delaySeconds < EDGES[o + 1]) return o;
    return binOf(delaySeconds);
  }

  /** Lower edge of bin b, seconds. */
  binLowerEdge(b: number): number {
    return EDGES[b];
  }

  /** `mass` messages with delays spread uniformly over [d0, d1] (d0 ≤ d1). */
  addUniform(d0: number, d1: number, mass: number): void {
    if (mass <= 0) return;
    const width = d1 - d0;
    if (width <= 1e-12) {
      this.addPoint(d0, mass);
      return;
    }
    this.total += mass;
    if (d1 > this.maxSeconds) this.maxSeconds = d1;
    if (d1 > this.thresholdSeconds) this.above += (mass * (d1 - Math.max(d0, this.thresholdSeconds))) / width;
    const density = mass / width;
    let from = d0;
    if (from < MIN_DELAY_SECONDS) {
      const to = Math.min(d1, MIN_DELAY_SECONDS);
      this.zero += density * (to - from);
      from = to;
    }
    if (from >= d1) return;
    // Partial first and last bins, full bins in between (widths from the constant table).
    // A piece from a zero delay (most of them: a batch or a drain from an empty queue) starts in bin 0.
    let b0 = from === MIN_DELAY_SECONDS ? 0 : binOf(from);
    if (b0 + 1 < BINS && EDGES[b0 + 1] <= from) b0++;
    const b1 = binOf(d1);
    if (b0 >= b1) {
      this.bins[b1] += density * (d1 - from);
      return;
    }
    this.bins[b0] += density * (EDGES[b0 + 1] - from);
    if (b1 > b0 + 1) {
      this.densityStep[b0 + 1] += density;
      this.densityStep[b1] -= density;
      this.pendingDensity = true;
    }
    this.bins[b1] += density * (d1 - EDGES[b1]);
  }

  /**
   * `mass` messages whose delays follow a distribution given by its survival at the bin edges,
   * survival[b] = P(delay > DELAY_EDGES[b]) (0 from lastBin + 1 on): the zero bin gets 1 − survival[0],
   * bin b gets survival[b] − survival[b + 1], the last bin whatever lies beyond. Counts only the
   * bins and the total: the caller keeps the delayed count and the max for such mass.
   */
  addSurvival(mass: number, survival: Float64Array, lastBin: number): void {
    if (mass <= 0) return;
    this.total += mass;
    if (lastBin < 0) {
      this.zero += mass;
      return;
    }
    this.zero += mass * (1 - survival[0]);
    const top = Math.min(lastBin, BINS - 1);
    for (let b = 0; b < top; b++) this.bins[b] += mass * (survival[b] - survival[b + 1]);
    this.bins[top] += mass * survival[top];
    const upper = EDGES[top + 1];
    if (upper > this.maxSeconds) this.maxSeconds = upper;
  }

  /** The q-quantile of the delays (0 when no messages). */
  quantile(q: number): number {
    if (this.pendingDensity) this.foldDensity();
    if (this.total <= 0) return 0;
    const target = q * this.total;
    if (target <= this.zero) return 0;
    let cum = this.zero;
    for (let b = 0; b < BINS; b++) {
      const next = cum + this.bins[b];
      if (next >= target && this.bins[b] > 0) {
        const low = binLow(b);
        const high = binLow(b + 1);
        return Math.min(this.maxSeconds, low + ((target - cum) / this.bins[b]) * (high - low));
      }
      cum = next;
    }
    return this.maxSeconds;
  }

  /** Moves the full-bin densities of the uniform pieces into the bins (mass = density × width). */
  private foldDensity(): void {
    let density = 0;
    for (let b = 0; b < BINS; b++) {
      density += this.densityStep[b];
      this.densityStep[b] = 0;
      if (density > 0) this.bins[b] += density * WIDTHS[b];
    }
    this.densityStep[BINS] = 0;
    this.pendingDensity = false;
  }
}
