import type { PerReplicationData } from '../results/aggregate.ts';
import type { RunSummary } from '../results/types.ts';
import { nodeWorkerFactory } from '../runner/nodeWorkers.ts';
import { WorkerPool } from '../runner/pool.ts';
import { startScenarioRun } from '../runner/scenarioRun.ts';
import type { Scenario } from '../scenario/schema.ts';

const err = (line: string) => process.stderr.write(`${line}\n`);

/** The scenario with another seed, or itself when `seed` is undefined. */
export function withSeed(scenario: Scenario, seed: number | string | undefined): Scenario {
  return seed === undefined ? scenario : { ...scenario, simulation: { ...scenario.simulation, seed } };
}

/**
 * Runs one scenario on a fresh pool of Node worker threads and returns its summary and per-replication
 * data; progress and timings go to stderr (stdout stays byte-identical for the same inputs). Throws
 * with the run's message when it fails.
 */
export async function runScenarioOnWorkers(
  scenario: Scenario,
  replications: number | undefined,
  workers: number,
): Promise<{ summary: RunSummary; perReplication: PerReplicationData }> {
  const pool = new WorkerPool(nodeWorkerFactory, workers);
  const total = replications ?? scenario.simulation.replications;
  const started = process.hrtime.bigint();
  try {
    const run = startScenarioRun(pool, scenario, {
      replications: total,
      onProgress: (done) => {
        if (process.stderr.isTTY) process.stderr.write(`\r${done}/${total} replications`);
      },
      onWorkerCrash: (e) => err(`a worker crashed and was replaced: ${e.message}`),
      summaryEveryBatches: Number.POSITIVE_INFINITY,
    });
    const { outcome, summary, aggregator } = await run.outcome;
    if (process.stderr.isTTY) process.stderr.write('\n');
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    err(
      `${scenario.id}: ${summary.replications} replications on ${workers} worker(s) in ${ms.toFixed(0)} ms`,
    );
    if (outcome.status !== 'done') throw new Error(outcome.status === 'failed' ? outcome.error : 'cancelled');
    return { summary, perReplication: aggregator.perReplication() };
  } finally {
    pool.terminate();
  }
}
