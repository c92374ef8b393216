import { SERVICE_PART_SERIES } from '../model/service/serviceAvailability.ts';
import type { RunAccumulator } from '../results/runAccumulator.ts';
import type { CostExplained, ExplainedReplication } from '../results/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import { SERVICE_PARTS } from '../scenario/sections/modelConstants.ts';
import { createExplainingReplicator } from './replicate.ts';

export type Reading = ExplainedReplication['reading'];
/** Settles one replication again with every line (in a simulation worker, or in process). */
export type ExplainOne = (replication: number, reading: Reading) => Promise<ExplainedReplication>;

/**
 * Picks the nearest-rank median and p95 replications by total cost and has them settled again with
 * every line. Replications are reproducible from their index, so this re-runs two of them (a few ms
 * in a warm worker) rather than keeping every run's lines. The money figures the planner clicks are
 * these replications' own amounts, so the lines add up to the figure shown, to the fen.
 */
export async function explainCosts(
  accumulator: RunAccumulator,
  explain: ExplainOne,
): Promise<CostExplained | undefined> {
  const likely = accumulator.replicationAtCostRank(0.5);
  const cautious = accumulator.replicationAtCostRank(0.95);
  if (likely === undefined || cautious === undefined) return undefined;
  const [a, b] = await Promise.all([explain(likely, 'likely'), explain(cautious, 'cautious')]);
  return { likely: a, cautious: b };
}

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
