/**
 * The SMS gateway as a fluid queue: a single FIFO server draining `messagesPerSecond` (the CMPP
 * contract speed). Time advances an hour at a time; inside an hour, messages come as
 * - a batch at the start of the hour (B messages at once): with Q already queued, the k-th waits
 *   (Q + k)/c, so the batch's delays are uniform on [Q/c, (Q + B)/c];
 * - a stream of A messages spread evenly over the hour.
 * While the queue is empty and no batch comes, the stream's delay is the M/D/1 wait: a share ρ of
 * messages waits, on average Wq/ρ with Wq = ρ/(2c(1 − ρ)); they are put at that mean (a point:
 * these waits are a fraction of a service time, far below any percentile that matters when a
 * batch queue exists), the rest at 0. Closed form, no inner loop. With a backlog Q (or ρ ≥ 1) the
 * queue moves linearly at (stream − c) per second, so the stream's delays are uniform between the
 * backlogs ÷ c at the start and the end of the stretch — one uniform piece for the hour, or, when the
 * backlog clears at τ = Q/(c − stream rate), one over [0, Q/c] for the arrivals before τ and the closed
 * form after. The backlog carries over hours, days and months.
 * runDay runs a day whose stream follows a fixed hourly share: a run of hours with no batch and no
 * backlog (most of a day) is summed per histogram bin — Σ messages, Σ m·ρ waiting — when its M/D/1
 * waits span at most two adjacent bins and stay under the delay threshold, which is exactly what its
 * hours one by one would add; otherwise (and for batch or backlog hours) hour by hour.
 */
import { DelayHistogram } from './delayHistogram.ts';
import { SMS_HOURLY_SHARE } from './smsVolume.ts';

export class FluidGateway {
  readonly histogram: DelayHistogram;
  /** Messages waiting, carried across hours. */
  backlog = 0;
  /** 1/(2c), seconds. */
  private readonly halfService: number;
  /** Messages streamed over the day runDay is running. */
  private dayStream = 0;

  constructor(
    readonly messagesPerSecond: number,
    delayThresholdSeconds: number,
  ) {
    this.histogram = new DelayHistogram(delayThresholdSeconds);
    this.halfService = 1 / (2 * messagesPerSecond);
  }

  /** One hour: `batch` messages at its start, `stream` spread over it. */
  runHour(batch: number, stream: number): void {
    const c = this.messagesPerSecond;
    const h = this.histogram;
    if (batch > 0) {
      h.addUniform(this.backlog / c, (this.backlog + batch) / c, batch);
      this.backlog += batch;
    }
    const streamRate = stream / 3600;
    const rho = streamRate / c;
    if (this.backlog <= 0 && rho < 1) {
      this.closedForm(stream, rho);
      return;
    }
    // Net change of the backlog per second; the stream's delays follow it linearly.
    const q0 = this.backlog;
    const drift = streamRate - c;
    if (drift >= 0 || q0 + drift * 3600 > 0) {
      const q1 = q0 + drift * 3600;
      h.addUniform(Math.min(q0, q1) / c, Math.max(q0, q1) / c, stream);
      this.backlog = q1;
      return;
    }
    // The backlog clears at τ seconds; arrivals after that meet an empty queue.
    const tau = q0 / -drift;
    h.addUniform(0, q0 / c, streamRate * tau);
    this.closedForm(streamRate * (3600 - tau), rho);
    this.backlog = 0;
  }

  /** One day: `batch[h]` messages at the start of hour h, `dayStream` spread as SMS_HOURLY_SHARE. */
  runDay(batch: Float64Array, dayStream: number): void {
    // The day's stream is kept in a field, not passed on: V8 boxes a double passed to a call it does
    // not inline, once per quiet stretch.
    this.dayStream = dayStream;
    let h = 0;
    while (h < 24) {
      if (batch[h] > 0 || this.backlog > 0) {
        this.runHour(batch[h], dayStream * SMS_HOURLY_SHARE[h]);
        h++;
        continue;
      }
      let end = h + 1;
      while (end < 24 && !(batch[end] > 0)) end++;
      this.quietHours(h, end);
      h = end;
    }
  }

  /** Hours [from, to) of the current day (stream `dayStream`) with no batch, from an empty queue. */
  private quietHours(from: number, to: number): void {
    const dayStream = this.dayStream;
    if (!(dayStream > 0)) return;
    const perHourRho = dayStream / (3600 * this.messagesPerSecond);
    let share = 0;
    let low = Number.POSITIVE_INFINITY;
    let high = 0;
    for (let h = from; h < to; h++) {
      const x = SMS_HOURLY_SHARE[h];
      share += x;
      if (x < low) low = x;
      if (x > high) high = x;
    }
    const hist = this.histogram;
    const rhoHigh = high * perHourRho;
    const fastest = this.halfService / (1 - low * perHourRho);
    const slowest = this.halfService / (1 - rhoHigh);
    const b0 = hist.binIndex(fastest);
    const b1 = hist.binIndex(slowest);
    if (!(rhoHigh < 1) || slowest > hist.thresholdSeconds || b1 - b0 > 1) {
      for (let k = from; k < to; k++) this.runHour(0, dayStream * SMS_HOURLY_SHARE[k]);
      return;
    }
    // Σ m_h·ρ_h (m_h = S·x_h, ρ_h = S·x_h/(3600c)) per bin: the waits of hours with ρ_h ≥ ρ_edge
    // reach bin b1's lower edge E, i.e. 1/(2c(1 − ρ)) ≥ E.
    const rhoEdge = b1 > b0 ? 1 - this.halfService / hist.binLowerEdge(b1) : 0;
    let waitingLow = 0;
    let waitingHigh = 0;
    for (let h = from; h < to; h++) {
      const x = SMS_HOURLY_SHARE[h];
      const w = dayStream * x * x * perHourRho;
      if (x * perHourRho >= rhoEdge) waitingHigh += w;
      else waitingLow += w;
    }
    hist.addPoint(0, dayStream * share - waitingLow - waitingHigh);
    if (waitingLow > 0) hist.addPoint(fastest, waitingLow);
    hist.addPoint(slowest, waitingHigh);
  }

  private closedForm(messages: number, rho: number): void {
    if (messages <= 0) return;
    const h = this.histogram;
    if (rho <= 0) {
      h.addPoint(0, messages);
      return;
    }
    // Wq/ρ = 1/(2c(1 − ρ)): the mean wait of those who wait.
    h.addPoint(0, messages * (1 - rho));
    h.addPoint(this.halfService / (1 - rho), messages * rho);
  }
}
