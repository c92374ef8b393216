/**
 * The recommender's runs in the browser: each is one run of the run worker (which owns the
 * simulation workers and the aggregation), asked for its per-replication data. Cancel stops the
 * run in flight; the recommender then fails with 'cancelled', which the panel shows as such.
 */
import type { PlannerRunner } from '../../../planner/recommendationTypes.ts';
import type { RunClient } from '../../../runner/runClient.ts';

export class PlannerCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * `cancelled()` says whether the user cancelled: no new run starts then, and a cancel that reached the
 * run worker before its run began is repeated at the run's first update.
 */
export function clientPlannerRunner(client: RunClient, cancelled: () => boolean): PlannerRunner {
  return {
    async run(scenario, firstReplication, replications, onProgress) {
      if (cancelled()) throw new PlannerCancelled();
      const final = await client.run(
        {
          scenario,
          replications,
          firstReplication,
          perReplication: true,
          // Only the final summary is read: no partial summaries competing with the workers.
          summaryIntervalMs: Number.POSITIVE_INFINITY,
        },
        (update) => {
          if (cancelled()) client.cancel();
          else if (update.kind === 'progress') onProgress?.(update.done);
        },
      );
      if (final.status === 'cancelled' || cancelled()) throw new PlannerCancelled();
      if (final.status === 'invalid') throw new Error(final.issues.map((i) => i.message).join('; '));
      if (final.status === 'failed') throw new Error(final.error);
      if (!final.perReplication) throw new Error('the run returned no per-replication data');
      return { summary: final.summary, perReplication: final.perReplication };
    },
  };
}
