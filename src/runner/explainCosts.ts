import type { RunAccumulator } from '../results/runAccumulator.ts';
import type { CostExplained, ExplainedReplication } from '../results/types.ts';

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
