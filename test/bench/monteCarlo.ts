/**
 * `monteCarlo.*`: 1,000 replications of the baseline through the real runner (worker pool, models,
 * settlement, aggregation) on Node worker_threads, with 1 and with 2 workers, in this one process.
 * Target (issue 7): ≤ 5 s wall with 2 workers, and 2 workers ≥ 1.7× faster than 1.
 */
import { nodeWorkerFactory } from '../../src/runner/nodeWorkers.ts';
import { WorkerPool } from '../../src/runner/pool.ts';
import { startScenarioRun } from '../../src/runner/scenarioRun.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';
import type { BenchSection } from './timing.ts';

const REPLICATIONS = 1000;

async function wallMs(workers: number, replications: number): Promise<number> {
  const scenario = builtInScenario(BASELINE_ID)!;
  const pool = new WorkerPool(nodeWorkerFactory, workers);
  try {
    // Warm-up: start the workers and let them load and prepare the scenario before timing.
    await startScenarioRun(pool, scenario, { replications: workers * 2, batchSize: 1 }).outcome;
    const start = performance.now();
    const { outcome } = await startScenarioRun(pool, scenario, { replications, batchSize: 25 }).outcome;
    const ms = performance.now() - start;
    if (outcome.status !== 'done') throw new Error(`monteCarlo run ${outcome.status}`);
    return ms;
  } finally {
    pool.terminate();
  }
}

export async function benchSection(): Promise<BenchSection> {
  process.stderr.write('monteCarlo: 1 worker…\n');
  const one = await wallMs(1, REPLICATIONS);
  process.stderr.write('monteCarlo: 2 workers…\n');
  const two = await wallMs(2, REPLICATIONS);
  return {
    monteCarlo: {
      replications: REPLICATIONS,
      workers: 2,
      wallMs: Math.round(two),
      perReplicationMs: Number((two / REPLICATIONS).toFixed(3)),
      oneWorkerWallMs: Math.round(one),
      speedupTwoWorkers: Number((one / two).toFixed(2)),
    },
  };
}
