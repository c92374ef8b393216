/**
 * An M/M/c FIFO queue built on the kernel, for the validation tests (not a test file itself).
 * Customers arrive at rate λ, c servers serve at rate μ each. It records every customer's wait in
 * queue (in the order service starts) and, at BATCHES equal time intervals after a warm-up, the time
 * average of busy servers over each interval, using a batch-boundary event on the kernel.
 */
import { Simulation } from '../../src/engine/simulation.ts';

export interface QueueRunOptions {
  seed: number;
  servers: number;
  arrivalRatePerMinute: number;
  serviceRatePerMinute: number;
  /** Customers whose waits are kept after the warm-up customers. */
  customers: number;
  warmupCustomers: number;
  /** Number of equal time batches for utilisation (after warm-up time). */
  timeBatches: number;
}

export interface QueueRunResult {
  /** Waits in queue (minutes) of the customers after warm-up, in the order their service started. */
  waitsMinutes: Float64Array;
  /** Fraction of servers busy in each time batch. */
  utilisationByBatch: Float64Array;
  eventsProcessed: number;
}

export function runQueue(opts: QueueRunOptions): QueueRunResult {
  const { servers, customers, warmupCustomers } = opts;
  const total = customers + warmupCustomers;
  // Expected duration; time batches cover [warm-up time, end) with the end fixed in advance.
  const warmupMinutes = warmupCustomers / opts.arrivalRatePerMinute;
  const endMinute = total / opts.arrivalRatePerMinute;
  const batchMinutes = (endMinute - warmupMinutes) / opts.timeBatches;

  const sim = new Simulation({ seed: opts.seed, termStartDate: '2023-01-01', termMonths: 36 });
  const arrivals = sim.stream('arrivals');
  const service = sim.stream('service');
  const arrivalMean = 1 / opts.arrivalRatePerMinute;
  const serviceMean = 1 / opts.serviceRatePerMinute;

  // FIFO of arrival times of waiting customers (ring buffer, grows by doubling).
  let queue = new Float64Array(1024);
  let head = 0;
  let length = 0;
  let busy = 0;
  let started = 0;
  const waits = new Float64Array(customers);

  // Busy-server time integral, for utilisation.
  let busyIntegral = 0;
  let lastChange = 0;
  const account = (now: number): void => {
    busyIntegral += busy * (now - lastChange);
    lastChange = now;
  };

  const startService = (s: Simulation, waitMinutes: number): void => {
    if (started >= warmupCustomers && started < total) waits[started - warmupCustomers] = waitMinutes;
    started++;
    busy++;
    s.scheduleIn(service.exponential(serviceMean), departure);
  };

  const departure = sim.on((s) => {
    account(s.now);
    busy--;
    if (length > 0) {
      const arrivedAt = queue[head];
      head = (head + 1) % queue.length;
      length--;
      startService(s, s.now - arrivedAt);
    }
  });

  const arrival = sim.on((s) => {
    account(s.now);
    s.scheduleIn(arrivals.exponential(arrivalMean), arrival);
    if (busy < servers) {
      startService(s, 0);
      return;
    }
    if (length === queue.length) {
      const bigger = new Float64Array(queue.length * 2);
      for (let i = 0; i < length; i++) bigger[i] = queue[(head + i) % queue.length];
      queue = bigger;
      head = 0;
    }
    queue[(head + length) % queue.length] = s.now;
    length++;
  });

  const utilisation = new Float64Array(opts.timeBatches);
  let integralAtBatchStart = 0;
  const batchBoundary = sim.on((s, index) => {
    account(s.now);
    if (index > 0) utilisation[index - 1] = (busyIntegral - integralAtBatchStart) / (servers * batchMinutes);
    integralAtBatchStart = busyIntegral;
  });
  for (let b = 0; b <= opts.timeBatches; b++)
    sim.schedule(warmupMinutes + b * batchMinutes, batchBoundary, b);

  sim.schedule(0, arrival);
  // Run until both the time batches and the customer count are complete.
  sim.runUntil(endMinute);
  while (started < total) sim.step();
  return { waitsMinutes: waits, utilisationByBatch: utilisation, eventsProcessed: sim.eventsProcessed };
}
