import { countedAfterAsOf } from '../actuals/carryHistory.ts';
import type { AggregatorOptions } from '../results/aggregate.ts';
import { summarizeLifecycle } from '../results/lifecycleSummary.ts';
import type { FoldOptions } from '../results/partial.ts';
import { RunAccumulator } from '../results/runAccumulator.ts';
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
  /** A fixed batch size (default: sizes adapt, see batchPlan.ts). */
  batchSize?: number;
  /** Replications finished so far (those of running batches included), and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Called after each merged batch with the accumulator, for callers that summarise on a schedule. */
  onMerged?: (accumulator: RunAccumulator) => void;
  /** Called with a fresh summary after the first batch, then every `summaryEveryBatches` batches, and at the end. */
  onSummary?: (summary: RunSummary) => void;
  summaryEveryBatches?: number;
  onWorkerCrash?: (error: Error) => void;
}

export interface ScenarioRun {
  /**
   * Settles when the run ends; `aggregator` (the run's accumulator) also serves paired comparisons
   * (perReplication) and explanations.
   */
  outcome: Promise<{ outcome: RunOutcome; summary: RunSummary; aggregator: RunAccumulator }>;
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

/** How a worker folds the replications of `scenario` (its months and how its quotas are judged). */
export function foldOptionsOf(scenario: Scenario): FoldOptions {
  const life = lifecycleAggregation(scenario);
  return {
    months: life.monthLabels.length,
    quotaLimits: life.quotaLimits,
    quotaLimitsByMonth: life.quotaLimitsByMonth,
    countedMonths: life.countedMonths,
    migrationCopies: life.migrationPlans?.length ?? 0,
  };
}

/** The accumulator of a run of `scenario` with `replications` replications from `firstReplication`. */
export function accumulatorFor(
  scenario: Scenario,
  replications: number,
  firstReplication = 0,
): RunAccumulator {
  const life = lifecycleAggregation(scenario);
  return new RunAccumulator({
    scenarioId: scenario.id,
    inputsHash: fingerprint(scenario),
    seed: scenario.simulation.seed,
    replications,
    firstReplication,
    monthLabels: life.monthLabels,
    lifecycle: life.lifecycle,
    migrationPlans: life.migrationPlans,
  });
}

/**
 * Runs one validated scenario on a worker pool: the workers fold batches into partial summaries and
 * this merges them as they arrive. The numbers do not depend on the pool's size, the batch sizes or
 * the arrival order: replication i's seed follows i, and partials merge exactly.
 */
export function startScenarioRun(
  pool: WorkerPool,
  scenario: Scenario,
  options: ScenarioRunOptions = {},
): ScenarioRun {
  const replications = options.replications ?? scenario.simulation.replications;
  const accumulator = accumulatorFor(scenario, replications, options.firstReplication ?? 0);
  const every = Math.max(1, options.summaryEveryBatches ?? 1);
  let batches = 0;
  const handle = pool.run({
    scenario,
    replications,
    firstReplication: options.firstReplication,
    batchSize: options.batchSize,
    onWorkerCrash: options.onWorkerCrash,
    onProgress: (done) => options.onProgress?.(done, replications),
    onPartial: (partial) => {
      if (!accumulator.merge(partial)) return;
      batches++;
      options.onMerged?.(accumulator);
      if (options.onSummary && (batches === 1 || batches % every === 0))
        options.onSummary(accumulator.summarize());
    },
  });
  const outcome = handle.outcome.then((o) => {
    const summary = accumulator.summarize();
    options.onSummary?.(summary);
    return { outcome: o, summary, aggregator: accumulator };
  });
  return { outcome, cancel: handle.cancel };
}
