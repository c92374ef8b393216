/**
 * The SMS gateway: `channels` channels sharing the contract speed of `messagesPerSecond` (CMPP 流速),
 * a FIFO queue. Time advances an hour at a time; inside an hour, messages come as
 * - a batch at the start of the hour (B messages at once): with Q already queued, the k-th waits
 *   (Q + k) ÷ rate, so the batch's delays are uniform on [Q/rate, (Q + B)/rate];
 * - a stream of A messages spread over the hour (Poisson arrivals).
 * With a backlog Q (or a stream faster than the gateway) the queue moves as a fluid at (stream −
 * rate) per second, so the stream's delays are uniform between the backlogs ÷ rate at the start and
 * the end of the stretch; when the backlog clears at τ = Q ÷ (rate − stream rate), the arrivals after
 * τ meet an empty queue. The backlog carries over hours, days and months.
 * A stream meeting an empty queue waits as the steady-state queue at its utilisation says — M/D/c
 * or M/M/c, the whole distribution (waitTable.ts) — not at a mean: its messages are added, per hour,
 * to the month's weight on the two table rows around the hour's utilisation, and the rows are folded
 * into the month's histogram when it closes.
 *
 * The month's figures (closeMonth): messages; share that waited at all; mean wait; P50 and P95
 * (the histogram: error ≤ half a bin, ≈ 3 %); messages over the delay target (exact for the fluid
 * part, the rows' P(W > target) for the stream); the largest wait — exact for batches and backlogs,
 * and for the stream the mean of the month's maximum from extreme-value theory (steadyMax): tested
 * against a per-message simulation.
 */
import { DELAY_EDGES, DelayHistogram } from './delayHistogram.ts';
import {
  INV_DELTA_U,
  LEVELS,
  levelRho,
  type ServiceTimeLaw,
  type WaitTable,
  waitTableFor,
} from './waitTable.ts';

/** runDay's stream as runDayByCurves takes it: one message "per curve", the hours' counts as the curve. */
const ONE = new Float64Array([1]);

/** Utilisation of the table's row 1: hours below it weigh only rows 0 and 1. */
const FIRST_ROW_RHO = levelRho(1);

/** e^{−γ}, γ = 0.5772… (Euler): Λ at the mean of a Gumbel maximum. */
const MEAN_MAX_CLUSTERS = Math.exp(-0.5772156649015329);

export interface GatewayMonth {
  messages: number;
  /** Share of the month's messages that waited at all (0..1; 0 with no messages). */
  waitProbability: number;
  meanWaitSeconds: number;
  p50Seconds: number;
  p95Seconds: number;
  maxSeconds: number;
  /** Messages whose wait exceeded the delay target. */
  delayedMessages: number;
}

export class FluidGateway {
  readonly histogram: DelayHistogram;
  readonly table: WaitTable;
  /** Messages waiting, carried across hours. */
  backlog = 0;
  /** This month's steady-stream messages per table row, and the rows in use [lo, hi]. */
  private readonly weights = new Float64Array(LEVELS);
  private lo = LEVELS;
  private hi = -1;
  /** Utilisation one message an hour adds: 1 ÷ (3600 × rate). */
  private readonly perMessageRho: number;
  /** This month's fluid part: messages that waited, and Σ of their waits (seconds). */
  private fluidWaiting = 0;
  private fluidWaitSum = 0;

  constructor(
    readonly messagesPerSecond: number,
    readonly delayThresholdSeconds: number,
    readonly channels = 1,
    readonly law: ServiceTimeLaw = 'deterministic',
  ) {
    this.histogram = new DelayHistogram(delayThresholdSeconds);
    this.table = waitTableFor(messagesPerSecond, channels, law, delayThresholdSeconds);
    this.perMessageRho = 1 / (3600 * messagesPerSecond);
  }

  /** One hour: `batch` messages at its start, `stream` spread over it. */
  runHour(batch: number, stream: number): void {
    const c = this.messagesPerSecond;
    if (batch > 0) {
      this.fluid(this.backlog / c, (this.backlog + batch) / c, batch);
      this.backlog += batch;
    }
    const streamRate = stream / 3600;
    const rho = streamRate / c;
    if (this.backlog <= 0 && rho < 1) {
      this.steady(stream, rho);
      return;
    }
    // Net change of the backlog per second; the stream's delays follow it linearly.
    const q0 = this.backlog;
    const drift = streamRate - c;
    if (drift >= 0 || q0 + drift * 3600 > 0) {
      const q1 = q0 + drift * 3600;
      this.fluid(Math.min(q0, q1) / c, Math.max(q0, q1) / c, stream);
      this.backlog = q1;
      return;
    }
    // The backlog clears at τ seconds; arrivals after that meet an empty queue.
    const tau = q0 / -drift;
    this.fluid(0, q0 / c, streamRate * tau);
    this.steady(streamRate * (3600 - tau), rho);
    this.backlog = 0;
  }

  /**
   * One day: `batch[h]` messages at the start of hour h and `stream[h]` spread over it. Hours with
   * neither batch nor backlog (most of them) go straight to the rows; those below the second row's
   * utilisation (every hour of a lightly loaded gateway) only weigh rows 0 and 1, so their weights are
   * summed in registers and added once a day — the same sums as hour by hour, up to rounding.
   */
  runDay(batch: Float64Array, stream: Float64Array): void {
    this.runDayByCurves(batch, ONE, stream, 1);
  }

  /**
   * runDay with the stream given as messages per arrival curve: hour h streams
   * Σ_k perCurve[k] × curvesByHour[h × curveCount + k] (shares of the day per hour, curve by curve),
   * computed hour by hour instead of into an array first. Returns the day's busiest hour (its batch
   * plus its stream).
   */
  runDayByCurves(
    batch: Float64Array,
    perCurve: Float64Array,
    curvesByHour: Float64Array,
    curveCount: number,
  ): number {
    const k = this.perMessageRho;
    let lightMessages = 0;
    let lightUpper = 0;
    let peak = 0;
    for (let h = 0, at = 0; h < 24; h++) {
      let messages = 0;
      for (let c = 0; c < curveCount; c++, at++) messages += perCurve[c] * curvesByHour[at];
      const arrivals = batch[h] + messages;
      if (arrivals > peak) peak = arrivals;
      if (batch[h] > 0 || this.backlog > 0) this.runHour(batch[h], messages);
      else if (messages > 0) {
        const rho = messages * k;
        if (rho < FIRST_ROW_RHO) {
          // Row position u/Δu < 1, u = −ln(1 − ρ) from its series (error < ρ⁵/5 < 10⁻⁸).
          lightMessages += messages;
          lightUpper += messages * rho * (1 + rho * (0.5 + rho * (1 / 3 + rho * 0.25))) * INV_DELTA_U;
        } else this.steady(messages, rho);
      }
    }
    if (lightMessages > 0) {
      this.weights[0] += lightMessages - lightUpper;
      this.weights[1] += lightUpper;
      this.lo = 0;
      if (this.hi < 1) this.hi = 1;
    }
    return peak;
  }

  /** Delays uniform on [d0, d1] for `mass` messages (a batch, or a stream behind a backlog). */
  private fluid(d0: number, d1: number, mass: number): void {
    if (mass <= 0) return;
    this.histogram.addUniform(d0, d1, mass);
    if (d1 > 0) {
      this.fluidWaiting += mass;
      this.fluidWaitSum += mass * 0.5 * (d0 + d1);
    }
  }

  /** `messages` meeting an empty queue at utilisation ρ < 1: weight on the two rows around ρ. */
  private steady(messages: number, rho: number): void {
    if (!(messages > 0)) return;
    const position = this.table.position(rho);
    let level = Math.floor(position);
    let upper = position - level;
    if (level >= LEVELS - 1) {
      level = LEVELS - 1;
      upper = 0;
    }
    const w = this.weights;
    w[level] += messages * (1 - upper);
    if (level < this.lo) this.lo = level;
    if (level > this.hi) this.hi = level;
    if (upper > 0) {
      w[level + 1] += messages * upper;
      if (level + 1 > this.hi) this.hi = level + 1;
    }
  }

  /** The month's figures (see the header); then starts a new month (the backlog carries over). */
  closeMonth(): GatewayMonth {
    const h = this.histogram;
    const fluidMax = h.maxDelaySeconds;
    let waiting = this.fluidWaiting;
    let waitSum = this.fluidWaitSum;
    let delayed = h.delayedMessages;
    for (let l = this.lo; l <= this.hi; l++) {
      const w = this.weights[l];
      if (w <= 0) continue;
      const row = this.table.row(l);
      h.addSurvival(w, row.survival, row.lastBin);
      waiting += w * row.waitProbability;
      waitSum += w * row.meanWaitSeconds;
      delayed += w * row.overTarget;
    }
    const messages = h.messages;
    const month: GatewayMonth = {
      messages,
      waitProbability: messages > 0 ? Math.min(1, waiting / messages) : 0,
      meanWaitSeconds: messages > 0 ? waitSum / messages : 0,
      p50Seconds: h.quantile(0.5),
      p95Seconds: h.quantile(0.95),
      maxSeconds: Math.max(fluidMax, this.steadyMax()),
      delayedMessages: delayed,
    };
    h.reset();
    this.weights.fill(0, Math.max(0, this.lo), this.hi + 1);
    this.lo = LEVELS;
    this.hi = -1;
    this.fluidWaiting = 0;
    this.fluidWaitSum = 0;
    return month;
  }

  /**
   * Λ(edge b): the expected number of clusters of the month's steady-stream waits above DELAY_EDGES[b]
   * (b = −1: above 0) — Σ over rows of messages × P(W > x) × the row's extremal index.
   */
  private expectedAbove(b: number): number {
    let s = 0;
    for (let l = this.lo; l <= this.hi; l++) {
      const w = this.weights[l];
      if (w <= 0) continue;
      const row = this.table.row(l);
      s += row.extremalIndex * w * (b < 0 ? row.waitProbability : b <= row.lastBin ? row.survival[b] : 0);
    }
    return s;
  }

  /**
   * The steady stream's expected largest wait of the month. Waits above a high level come in
   * clusters (one busy spell), so P(max ≤ x) ≈ e^{−Λ(x)}, Λ counting clusters (expectedAbove); with
   * Λ's exponential tail the maximum is Gumbel and its mean is the x where Λ(x) = e^{−γ} (γ Euler's
   * constant). Found over the bin edges, log-linear between them; 0 when not even that many
   * clusters are expected above 0.
   */
  private steadyMax(): number {
    const L = MEAN_MAX_CLUSTERS;
    if (this.hi < this.lo || this.expectedAbove(-1) < L) return 0;
    let lo = -1; // expectedAbove(lo) ≥ L
    let hi = DELAY_EDGES.length - 1; // expectedAbove(hi) < L (the last edge is 10⁶ s)
    if (this.expectedAbove(hi) >= L) return DELAY_EDGES[hi];
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (this.expectedAbove(mid) >= L) lo = mid;
      else hi = mid;
    }
    const a = this.expectedAbove(lo) / L;
    const b = this.expectedAbove(hi) / L;
    const x0 = lo < 0 ? 0 : DELAY_EDGES[lo];
    const x1 = DELAY_EDGES[hi];
    if (!(b > 0)) return x0 + (x1 - x0) * ((a - 1) / a);
    return x0 + ((x1 - x0) * Math.log(a)) / Math.log(a / b);
  }
}
