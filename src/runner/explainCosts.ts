import { SERVICE_PART_SERIES } from '../model/service/serviceAvailability.ts';
import type { ReplicationAggregator } from '../results/aggregate.ts';
import { toWholeFen } from '../results/moneyStats.ts';
import type { CostExplained, ExplainedReplication } from '../results/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import { SERVICE_PARTS } from '../scenario/sections/contract.ts';
import { createExplainingReplicator } from './replicate.ts';

/**
 * Picks the nearest-rank median and p95 replications by total cost and settles them again with every
 * line. Replications are reproducible from their index, so this re-runs two of them (a few ms) rather
 * than keeping every run's lines. The money figures the planner clicks are these replications'
 * own amounts, so the lines add up to the figure shown, to the fen.
 */
export function explainCosts(
  scenario: Scenario,
  aggregator: ReplicationAggregator,
): CostExplained | undefined {
  const { replications, totals } = aggregator.perReplication();
  const ranked = replications
    .map((replication, i) => ({
      replication,
      fen: totals[i] === undefined ? Number.NaN : toWholeFen(totals[i]!),
    }))
    .filter((x) => !Number.isNaN(x.fen))
    .sort((a, b) => a.fen - b.fen || a.replication - b.replication);
  if (ranked.length === 0) return undefined;
  const at = (p: number) => ranked[Math.max(1, Math.ceil(p * ranked.length)) - 1].replication;
  const replicate = createExplainingReplicator(scenario);
  const explain = (replication: number, reading: ExplainedReplication['reading']): ExplainedReplication => {
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
  return { likely: explain(at(0.5), 'likely'), cautious: explain(at(0.95), 'cautious') };
}
