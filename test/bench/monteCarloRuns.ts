/**
 * Timed runs of the baseline on worker pools, as the monteCarlo bench takes them: the pools warmed
 * alike, then 1- and 2-worker runs alternated so drift in the machine's speed falls on both.
 */
import { nodeWorkerFactory } from '../../src/runner/nodeWorkers.ts';
import { WorkerPool } from '../../src/runner/pool.ts';
import { startScenarioRun } from '../../src/runner/scenarioRun.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';
import { median } from './timing.ts';

export const scenario = builtInScenario(BASELINE_ID)!;
/** Replications each worker runs before the timed runs, in every pool. */
export const WARM_UP_PER_WORKER = 150;

export async function timedRun(pool: WorkerPool, replications: number, batchSize?: number): Promise<number> {
  const start = performance.now();
  const { outcome } = await startScenarioRun(pool, scenario, { replications, batchSize }).outcome;
  const ms = performance.now() - start;
  if (outcome.status !== 'done') throw new Error(`monteCarlo run ${outcome.status}`);
  return ms;
}

/** A 1-worker and a 2-worker pool on Node worker_threads. */
export function onePoolAndTwo(): WorkerPool[] {
  return [new WorkerPool(nodeWorkerFactory, 1), new WorkerPool(nodeWorkerFactory, 2)];
}

/**
 * Warm-up: start the workers, load the code and prepare the scenario (and JIT) before timing, the
 * same replications per worker in both pools (the 1-worker pool's pace run counts): each worker's
 * compiler is still busy long after its first replications, and on 2 cores that work competes with
 * the other worker, so a pool warmed less per worker was timed at a handicap. Returns the 1-worker
 * pool's ms per replication over its last 100.
 */
export async function warmUp(pools: WorkerPool[]): Promise<number> {
  await timedRun(pools[0], WARM_UP_PER_WORKER - 100);
  const pace = (await timedRun(pools[0], 100)) / 100;
  await timedRun(pools[1], WARM_UP_PER_WORKER * pools[1].size);
  return pace;
}

export async function alternate(pools: WorkerPool[], replications: number, rounds: number, label = '') {
  const one: number[] = [];
  const two: number[] = [];
  for (let round = 0; round < rounds; round++) {
    process.stderr.write(
      `monteCarlo: ${replications} replications${label}, round ${round + 1} of ${rounds} (1 worker, then 2)…\n`,
    );
    one.push(await timedRun(pools[0], replications));
    two.push(await timedRun(pools[1], replications));
  }
  return { one, two, speedup: median(one) / median(two) };
}
