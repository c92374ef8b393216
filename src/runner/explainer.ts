/**
 * Settling one replication again with every line, in this thread: what a simulation worker's
 * `explain` runs, and the run coordinator's fallback when no worker can (it loads this module only
 * then, so the run worker does not carry the models).
 */
import { SERVICE_PART_SERIES } from '../model/service/serviceAvailability.ts';
import type { ExplainedReplication } from '../results/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import { SERVICE_PARTS } from '../scenario/sections/modelConstants.ts';
import type { Reading } from './explainCosts.ts';
import { createExplainingReplicator } from './replicate.ts';

/** Explains replications of `scenario` in this thread (what a simulation worker's `explain` runs). */
export function explainer(
  scenario: Scenario,
): (replication: number, reading: Reading) => ExplainedReplication {
  let replicate: ReturnType<typeof createExplainingReplicator> | null = null;
  return (replication, reading) => {
    replicate ??= createExplainingReplicator(scenario);
    const run = replicate(replication);
    const availability = run.series.serviceAvailability;
    const parts: NonNullable<ExplainedReplication['availabilityParts']> = {};
    for (const part of SERVICE_PARTS) {
      const series = run.series[SERVICE_PART_SERIES[part]];
      if (series) parts[part] = Array.from(series);
    }
    return {
      replication,
      reading,
      settlement: run.settlement,
      ...(availability ? { availabilityByMonth: Array.from(availability), availabilityParts: parts } : {}),
    };
  };
}
