/**
 * `monteCarlo.*`: 1,000 replications of the baseline through the real runner (worker pool, models,
 * settlement, aggregation) on Node worker_threads, with 1 and with 2 workers, in this one process.
 * Target (issue 7): ≤ 5 s wall with 2 workers, and 2 workers ≥ 1.7× faster than 1.
 *
 * This machine's speed drifts by ±25 % from minute to minute (a shared host), so one run each of 1
 * and 2 workers minutes apart can make the ratio say anything. Both pools are started and warmed
 * first, then the timed runs alternate (1, 2, 1, 2, 1, 2): wallMs and oneWorkerWallMs are the
 * medians of their three runs, and the speedup is their ratio. Every run's time is in *Runs.
 */
import { nodeWorkerFactory } from '../../src/runner/nodeWorkers.ts';
import { WorkerPool } from '../../src/runner/pool.ts';
import { startScenarioRun } from '../../src/runner/scenarioRun.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';
import type { BenchSection } from './timing.ts';

const REPLICATIONS = 1000;
const ROUNDS = 3;

async function timedRun(pool: WorkerPool, replications: number): Promise<number> {
  const scenario = builtInScenario(BASELINE_ID)!;
  const start = performance.now();
  const { outcome } = await startScenarioRun(pool, scenario, { replications, batchSize: 25 }).outcome;
  const ms = performance.now() - start;
  if (outcome.status !== 'done') throw new Error(`monteCarlo run ${outcome.status}`);
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function benchSection(): Promise<BenchSection> {
  const pools = [new WorkerPool(nodeWorkerFactory, 1), new WorkerPool(nodeWorkerFactory, 2)];
  try {
    // Warm-up: start the workers, load the code and prepare the scenario (and JIT) before timing.
    for (const pool of pools) await timedRun(pool, 50 * pool.size);
    const one: number[] = [];
    const two: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      process.stderr.write(`monteCarlo: round ${round + 1} of ${ROUNDS} (1 worker, then 2)…\n`);
      one.push(await timedRun(pools[0], REPLICATIONS));
      two.push(await timedRun(pools[1], REPLICATIONS));
    }
    const wall = median(two);
    const oneWall = median(one);
    return {
      monteCarlo: {
        replications: REPLICATIONS,
        workers: 2,
        wallMs: Math.round(wall),
        perReplicationMs: Number((wall / REPLICATIONS).toFixed(3)),
        oneWorkerWallMs: Math.round(oneWall),
        speedupTwoWorkers: Number((oneWall / wall).toFixed(2)),
        wallMsRuns: two.map(Math.round).join(' '),
        oneWorkerWallMsRuns: one.map(Math.round).join(' '),
      },
    };
  } finally {
    for (const pool of pools) pool.terminate();
  }
}
