/**
 * `recommender.*`: the recommender (src/planner) on renewal-2026-as-is with its defaults (α = 5 %,
 * likely reading, looks of 200 … 1,600 replications, the check run of the recommended scenario) on
 * 2 Node worker threads. Target (issue 16): ≤ 30 s wall. The pool is started and warmed first, so
 * the figure is the recommender's work, not the workers' start-up. `floor.eventsPerSecond` in the
 * same bench run says how fast the machine was at the time.
 *
 * On a shared machine the wall time measures the load as much as the recommender: `cpuMs` is the
 * process's CPU time over the same span (main thread and worker threads together, from
 * process.cpuUsage), so `cpuMs / workers` is about the wall time the same work takes on two idle
 * cores, and `loadAverage1m` says how busy the machine was when it ran.
 */
import { loadavg } from 'node:os';
import { poolPlannerRunner } from '../../src/planner/poolRunner.ts';
import { recommend } from '../../src/planner/recommend.ts';
import { nodeWorkerFactory } from '../../src/runner/nodeWorkers.ts';
import { WorkerPool } from '../../src/runner/pool.ts';
import { startScenarioRun } from '../../src/runner/scenarioRun.ts';
import { builtInScenario } from '../../src/scenario/library.ts';
import type { BenchSection } from './timing.ts';

const SCENARIO = 'renewal-2026-as-is';
const WORKERS = 2;

export async function benchSection(): Promise<BenchSection> {
  const scenario = builtInScenario(SCENARIO)!;
  const pool = new WorkerPool(nodeWorkerFactory, WORKERS);
  try {
    await startScenarioRun(pool, scenario, { replications: 20 }).outcome;
    let lastTotal = 0;
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    const result = await recommend(scenario, poolPlannerRunner(pool), {
      onProgress: (p) => {
        if (p.done === p.total && p.total !== lastTotal)
          process.stderr.write(`recommender: ${p.phase} ${p.total}\n`);
        lastTotal = p.total;
      },
    });
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuBefore);
    const replicationsRun = result.rule.replications;
    return {
      recommender: {
        scenario: SCENARIO,
        workers: WORKERS,
        wallMs: Math.round(ms),
        targetMs: 30_000,
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
        loadAverage1m: Number(loadavg()[0].toFixed(1)),
        replicationsPerRun: replicationsRun,
        looks: result.rule.looks.filter((n) => n <= replicationsRun).length,
        checkRuns: result.rule.checkRuns,
        priceCny: result.priceCny,
        holds: result.holds,
      },
    };
  } finally {
    pool.terminate();
  }
}
