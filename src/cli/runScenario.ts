/**
 * Runs one validated scenario on Node worker threads for a command (run, compare, …): progress on an
 * interactive stderr, the wall time on stderr (never on stdout, which holds the deterministic report),
 * and the pool always terminated. Throws with the run's message when it fails or is cancelled; the
 * command prints it as a sentence (src/cli/main.ts never lets a stack reach the terminal).
 */
import { availableParallelism } from 'node:os';
import type { PerReplicationData } from '../results/aggregate.ts';
import type { RunSummary } from '../results/types.ts';
import { nodeWorkerFactory } from '../runner/nodeWorkers.ts';
import { WorkerPool } from '../runner/pool.ts';
import { startScenarioRun } from '../runner/scenarioRun.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { CliIo } from './io.ts';

/** Progress and timings to stderr, for callers without an io of their own. */
const STDERR_IO: Pick<CliIo, 'err' | 'progress'> = {
  err: (line) => process.stderr.write(`${line}\n`),
  progress: (text) => {
    if (process.stderr.isTTY) process.stderr.write(text === null ? '\n' : `\r${text}`);
  },
};

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

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
  workers: number = defaultWorkers(),
  io: Pick<CliIo, 'err' | 'progress'> = STDERR_IO,
): Promise<{ summary: RunSummary; perReplication: PerReplicationData }> {
  const pool = new WorkerPool(nodeWorkerFactory, workers);
  const total = replications ?? scenario.simulation.replications;
  const started = process.hrtime.bigint();
  try {
    const run = startScenarioRun(pool, scenario, {
      replications: total,
      onProgress: (done) => io.progress(`${done}/${total} replications`),
      onWorkerCrash: (e) => io.err(`a worker crashed and was replaced: ${e.message}`),
      summaryEveryBatches: Number.POSITIVE_INFINITY,
    });
    const { outcome, summary, aggregator } = await run.outcome;
    io.progress(null);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    io.err(
      `${scenario.id}: ${summary.replications} replications on ${workers} worker(s) in ${ms.toFixed(0)} ms`,
    );
    if (outcome.status === 'failed') throw new Error(`${scenario.id}: the run stopped: ${outcome.error}`);
    if (outcome.status !== 'done') throw new Error(`${scenario.id}: the run was cancelled`);
    return { summary, perReplication: aggregator.perReplication() };
  } finally {
    pool.terminate();
  }
}
