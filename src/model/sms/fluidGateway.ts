/**
 * The SMS gateway as a fluid queue: a single FIFO server draining `messagesPerSecond` (the CMPP
 * contract speed). Time advances an hour at a time; inside an hour, messages come as
 * - a batch at the start of the hour (B messages at once): with Q already queued, the k-th waits
 *   (Q + k)/c, so the batch's delays are uniform on [Q/c, (Q + B)/c];
 * - a stream of A messages spread evenly over the hour.
 * While the queue is empty and no batch comes, the stream's delay is the M/D/1 wait: a share ρ of
 * messages waits, on average Wq/ρ with Wq = ρ/(2c(1 − ρ)); they are put at that mean (a point:
 * these waits are a fraction of a service time, far below any percentile that matters when a
 * batch queue exists), the rest at 0. Closed form, no inner loop. With a backlog (or ρ ≥ 1) the hour is stepped per
 * minute: the queue moves linearly, arrivals in a minute see delays between the minute's start and
 * end backlog ÷ c, and the stepping stops as soon as the backlog is gone. The backlog carries over
 * hours, days and months.
 */
import { DelayHistogram } from './delayHistogram.ts';

export class FluidGateway {
  readonly histogram: DelayHistogram;
  /** Messages waiting, carried across hours. */
  backlog = 0;

  constructor(
    readonly messagesPerSecond: number,
    delayThresholdSeconds: number,
  ) {
    this.histogram = new DelayHistogram(delayThresholdSeconds);
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
    if (this.backlog <= 0 && streamRate < c) {
      this.closedForm(stream, streamRate / c);
      return;
    }
    const perMinute = stream / 60;
    const servedPerMinute = 60 * c;
    for (let minute = 0; minute < 60; minute++) {
      if (this.backlog <= 0 && streamRate < c) {
        this.closedForm(perMinute * (60 - minute), streamRate / c);
        return;
      }
      const start = this.backlog;
      const end = start + perMinute - servedPerMinute;
      if (end > 0) {
        h.addUniform(Math.min(start, end) / c, Math.max(start, end) / c, perMinute);
        this.backlog = end;
      } else {
        // The backlog clears at fraction τ of the minute; arrivals after that meet an empty queue.
        const tau = start / (servedPerMinute - perMinute);
        h.addUniform(0, start / c, perMinute * tau);
        this.closedForm(perMinute * (1 - tau), streamRate / c);
        this.backlog = 0;
      }
    }
  }

  private closedForm(messages: number, rho: number): void {
    if (messages <= 0) return;
    if (rho <= 0) {
      this.histogram.addPoint(0, messages);
      return;
    }
    const wq = rho / (2 * this.messagesPerSecond * (1 - rho));
    this.histogram.addPoint(0, messages * (1 - rho));
    this.histogram.addPoint(wq / rho, messages * rho);
  }
}
