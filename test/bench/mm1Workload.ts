/**
 * The benchmark workload: an M/M/1 queue (arrival rate 0.9 per minute, service rate 1 per minute,
 * ρ = 0.9) run for a fixed number of events from a fixed seed. The kernel and the floor loop draw the
 * same numbers in the same order from the same named streams, so they simulate the identical
 * trajectory; `MM1Outcome` lets the benchmark check that they did.
 */
import { RandomStream } from '../../src/engine/random.ts';

export const MM1_SEED = 20230101;
export const MM1_ARRIVAL_MEAN_MINUTES = 1 / 0.9;
export const MM1_SERVICE_MEAN_MINUTES = 1;

export interface MM1Outcome {
  events: number;
  finalMinute: number;
  served: number;
}

/** The two streams the workload draws from, fresh for each run. */
export function mm1Streams(): { arrivals: RandomStream; service: RandomStream } {
  return { arrivals: new RandomStream(MM1_SEED, 'arrivals'), service: new RandomStream(MM1_SEED, 'service') };
}
