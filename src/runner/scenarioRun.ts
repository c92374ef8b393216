import { countedAfterAsOf } from '../actuals/carryHistory.ts';
import { type AggregatorOptions, ReplicationAggregator } from '../results/aggregate.ts';
import { summarizeLifecycle } from '../results/lifecycleSummary.ts';
import type { RunSummary } from '../results/types.ts';
import { lifecycleOf } from '../scenario/lifecycle.ts';
import type { Scenario } from '../scenario/schema.ts';
import { fingerprint } from './fingerprint.ts';
import type { RunOutcome, WorkerPool } from './pool.ts';

export interface ScenarioRunOptions {
  /** Replications to run (default: the scenario's own `simulation.replications`). */
  replications?: number;
  /** Index of the first replication (default 0): continues a run with new draws (see RunOptions). */
  firstReplication?: number;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Called with a fresh summary after the first batch, then as batches arrive, and at the end. */
  onSummary?: (summary: RunSummary) => void;
  /** Summaries after the first are computed at most once per this many batches (default 1). */
  summaryEveryBatches?: number;
  onWorkerCrash?: (error: Error) => void;
  /** Hands the run's aggregator to a caller that summarises on its own schedule. */
  exposeAggregator?: (aggregator: ReplicationAggregator) => void;
}

export interface ScenarioRun {
  /** Settles when the run ends; `aggregator` also serves paired comparisons (per-replication view). */
  outcome: Promise<{ outcome: RunOutcome; summary: RunSummary; aggregator: ReplicationAggregator }>;
  cancel(): void;
}

/** 'YYYY-MM' of every month of the horizon (the signed term and its renewals). */
export function monthLabels(scenario: Scenario): string[] {
  return [...lifecycleOf(scenario).monthLabels];
}

/**
 * What the aggregation reads of a scenario's lifecycle: the horizon's months, the limits in force each
 * month, the months that count (none after an exit, none up to the as-of month of a calibrated run),
 * the terms and exit as results show them, and the copies whose outcomes the replications note.
 */
export function lifecycleAggregation(
  scenario: Scenario,
): Pick<
  AggregatorOptions,
  'monthLabels' | 'quotaLimits' | 'quotaLimitsByMonth' | 'countedMonths' | 'lifecycle' | 'migrationPlans'
> {
  const life = lifecycleOf(scenario);
  return {
    monthLabels: monthLabels(scenario),
    quotaLimits: scenario.contract.quotas,
    quotaLimitsByMonth: { ...life.quotasByMonth },
    // Months in force, and for a run "as of" a month only those after it (src/actuals/).
    countedMonths: countedAfterAsOf(scenario, life.monthsInForce),
    lifecycle: summarizeLifecycle(life),
    migrationPlans: life.migrations,
  };
}

/**
 * Runs one validated scenario on a worker pool and aggregates as results arrive. The numbers do not
 * depend on the pool's size: replication i's seed follows i, and the aggregator orders by i.
 */
export function startScenarioRun(
  pool: WorkerPool,
  scenario: Scenario,
  options: ScenarioRunOptions = {},
): ScenarioRun {
  const replications = options.replications ?? scenario.simulation.replications;
  const aggregator = new ReplicationAggregator({
    scenarioId: scenario.id,
    inputsHash: fingerprint(scenario),
    seed: scenario.simulation.seed,
    replications,
    ...lifecycleAggregation(scenario),
    firstReplication: options.firstReplication,
  });
  options.exposeAggregator?.(aggregator);
  const every = Math.max(1, options.summaryEveryBatches ?? 1);
  let batches = 0;
  const handle = pool.run({
    scenario,
    replications,
    firstReplication: options.firstReplication,
    batchSize: options.batchSize,
    onWorkerCrash: options.onWorkerCrash,
    onResults: (results) => {
      for (const r of results) aggregator.add(r);
      batches++;
      options.onProgress?.(aggregator.replicationsDone, replications);
      if (options.onSummary && (batches === 1 || batches % every === 0))
        options.onSummary(aggregator.summarize());
    },
  });
  const outcome = handle.outcome.then((o) => {
    const summary = aggregator.summarize();
    options.onSummary?.(summary);
    return { outcome: o, summary, aggregator };
  });
  return { outcome, cancel: handle.cancel };
}
