/** How many seeded replications to run and from which seed (same seed ⇒ same numbers). */
import { z } from 'zod';

/**
 * Up to 100,000: workers fold their batches into partial summaries that merge exactly, so a run's
 * memory does not grow with its replications beyond a few bytes each (src/results/partial.ts).
 */
export const MAX_REPLICATIONS = 100_000;

import { MAX_REPLICATION_TIME_LIMIT_SECONDS } from './modelConstants.ts';

export {
  DEFAULT_REPLICATION_TIME_LIMIT_SECONDS,
  MAX_REPLICATION_TIME_LIMIT_SECONDS,
} from './modelConstants.ts';

export const simulationSchema = z.strictObject({
  /** Monte Carlo replications, 1..100,000. */
  replications: z.int().min(1).max(MAX_REPLICATIONS),
  /** A uint32, or a short string the engine hashes to one. */
  seed: z.union([z.int().min(0).max(0xffff_ffff), z.string().min(1).max(64)]),
  /** Seconds one replication may run before it is stopped (absent = 20; a slow machine may need all 20). */
  replicationTimeLimitSeconds: z.number().min(0.1).max(MAX_REPLICATION_TIME_LIMIT_SECONDS).optional(),
});
export type SimulationSettings = z.infer<typeof simulationSchema>;

export const SIMULATION_DEFAULTS: SimulationSettings = { replications: 200, seed: 20230101 };
