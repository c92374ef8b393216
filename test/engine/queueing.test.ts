/**
 * Statistical validation against queueing theory: M/M/1 and M/M/8 FIFO queues on the kernel.
 * Tolerance: the closed-form mean wait in queue (M/M/1: Wq = ρ/(μ−λ); M/M/c: Erlang C) and the
 * utilisation ρ must lie inside a 99% t confidence interval from 25 batch means, after deleting a
 * warm-up of 20,000 customers; and the interval must be tight (half-width below 15% of Wq, 1% of ρ) so
 * the test can fail. Fixed seeds make the outcome deterministic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { batchMeanValues, confidenceInterval99, mmcMeanWait } from './batchMeans.ts';
import { type QueueRunResult, runQueue } from './queueModel.ts';

const BATCHES = 25;
const SERVICE_RATE = 1; // per minute

const cases = [
  { servers: 1, rho: 0.5, customers: 200_000 },
  { servers: 1, rho: 0.8, customers: 300_000 },
  { servers: 1, rho: 0.9, customers: 600_000 },
  { servers: 8, rho: 0.5, customers: 200_000 },
  { servers: 8, rho: 0.8, customers: 300_000 },
  { servers: 8, rho: 0.9, customers: 500_000 },
];

describe.each(cases)('M/M/$servers at ρ = $rho', ({ servers, rho, customers }) => {
  const arrivalRate = rho * servers * SERVICE_RATE;
  let result: QueueRunResult;
  beforeAll(() => {
    result = runQueue({
      seed: 1000 + servers * 10 + Math.round(rho * 10),
      servers,
      arrivalRatePerMinute: arrivalRate,
      serviceRatePerMinute: SERVICE_RATE,
      customers,
      warmupCustomers: 20_000,
      timeBatches: BATCHES,
    });
  });

  it('mean wait in queue matches the closed form within the batch-means 99% CI', () => {
    const expected = mmcMeanWait(servers, arrivalRate, SERVICE_RATE);
    const ci = confidenceInterval99(batchMeanValues(result.waitsMinutes, BATCHES));
    expect(ci.halfWidth).toBeLessThan(0.15 * expected);
    expect(expected).toBeGreaterThanOrEqual(ci.low);
    expect(expected).toBeLessThanOrEqual(ci.high);
  });

  it('utilisation matches ρ within the batch-means 99% CI', () => {
    const ci = confidenceInterval99(result.utilisationByBatch);
    expect(ci.halfWidth).toBeLessThan(0.01 * rho);
    expect(rho).toBeGreaterThanOrEqual(ci.low);
    expect(rho).toBeLessThanOrEqual(ci.high);
  });
});

describe('closed forms used above', () => {
  it('Erlang C reduces to ρ/(μ−λ) for one server and matches a tabulated M/M/8 value', () => {
    expect(mmcMeanWait(1, 0.9, 1)).toBeCloseTo(9, 12);
    // M/M/8, a = 7.2 (ρ = 0.9): C = 0.701533 (computed independently with factorials in Python), Wq = C / 0.8.
    expect(mmcMeanWait(8, 7.2, 1)).toBeCloseTo(0.701533 / 0.8, 5);
  });
});
