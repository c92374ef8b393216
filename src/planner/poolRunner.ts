/**
 * The recommender's runs on a worker pool the caller owns (Node worker_threads in the command line
 * and the bench, in-process workers in tests): one scenario at a time, replications by index, so the
 * numbers do not depend on the pool's size.
 */
import type { WorkerPool } from '../runner/pool.ts';
import { startScenarioRun } from '../runner/scenarioRun.ts';
import type { PlannerRunner } from './recommendationTypes.ts';

export function poolPlannerRunner(pool: WorkerPool): PlannerRunner {
  return {
    async run(scenario, firstReplication, replications, onProgress) {
      const run = startScenarioRun(pool, scenario, {
        replications,
        firstReplication,
        batchSize: 25,
        summaryEveryBatches: Number.POSITIVE_INFINITY,
        onProgress: (done) => onProgress?.(done),
      });
      const { outcome, summary, aggregator } = await run.outcome;
      if (outcome.status !== 'done')
        throw new Error(outcome.status === 'failed' ? outcome.error : 'the run was cancelled');
      return { summary, perReplication: aggregator.perReplication() };
    },
  };
}
