import type { PerReplicationData, RunAccumulator } from '../results/runAccumulator.ts';
import { identityOf, type RunIdentity } from '../results/runIdentity.ts';
import type { RunSummary } from '../results/types.ts';
import type { ValidationIssue } from '../scenario/formatIssue.ts';
import { loadScenario } from '../scenario/validate.ts';
import { explainCosts } from './explainCosts.ts';
import type { explainer } from './explainer.ts';
import { type PoolOptions, type WorkerFactory, WorkerPool } from './pool.ts';
import { type ScenarioRun, startScenarioRun } from './scenarioRun.ts';

/**
 * What a run reports while it goes on. `runId` echoes RunRequest.runId (present when the request
 * gave one); a summary carries its identity (src/results/runIdentity.ts) so that the receiver can
 * order summaries whatever order they arrive in.
 */
export type RunUpdate =
  | { kind: 'progress'; done: number; total: number; runId?: number }
  | {
      kind: 'summary';
      done: number;
      total: number;
      summary: RunSummary;
      identity?: RunIdentity;
      runId?: number;
    }
  | { kind: 'worker-crash'; message: string; runId?: number };

/** Per replication, in replication order: total cost and per-quota breach flags (for paired comparisons). */
export type PerReplication = PerReplicationData;

/** How a run ended. `identity` (when present) names the run and the state of its summary. */
export type RunFinal =
  | {
      status: 'done' | 'cancelled';
      summary: RunSummary;
      wallMs: number;
      perReplication?: PerReplication;
      identity?: RunIdentity;
    }
  | { status: 'failed'; error: string; summary: RunSummary | null; wallMs: number; identity?: RunIdentity }
  | { status: 'invalid'; issues: ValidationIssue[]; runId?: number };

export interface RunRequest {
  scenario: unknown;
  /** The caller's id for this run, echoed in every update and in the final result. */
  runId?: number;
  replications?: number;
  batchSize?: number;
  /** Minimum wall time between two summaries after the first (ms, default 500); the last always comes. */
  summaryIntervalMs?: number;
  /** Minimum wall time between two progress updates (ms, default 100); the last always comes. */
  progressIntervalMs?: number;
  /** Also return per-replication totals and breach flags, for paired differences between scenarios. */
  perReplication?: boolean;
  /** Index of the first replication (default 0): the planner continues a run with new replications. */
  firstReplication?: number;
}

/**
 * Owns a worker pool and the aggregation of one run at a time, so that a page can host it in a
 * worker of its own (workers/run.worker.ts): the simulation workers report here, the percentile
 * work happens here, and the page only receives progress and finished summaries. A new run
 * cancels the one before it.
 */
export function createRunCoordinator(
  factory: WorkerFactory,
  size: number,
  now: () => number,
  poolOptions: Pick<PoolOptions, 'staggerMs'> = {},
) {
  const pool = new WorkerPool(factory, size, poolOptions);
  // The simulation workers load their code while the page is still starting up.
  pool.warm();
  let current: ScenarioRun | null = null;

  async function run(request: RunRequest, onUpdate: (update: RunUpdate) => void): Promise<RunFinal> {
    current?.cancel();
    const checked = loadScenario(request.scenario);
    const runId = request.runId;
    const idOf = runId === undefined ? {} : { runId };
    if (!checked.ok) return { status: 'invalid', issues: checked.issues, ...idOf };
    const started = now();
    const total = request.replications ?? checked.scenario.simulation.replications;
    // Every update re-renders part of the page, on the same two cores the simulation runs on: a few
    // progress steps a second and a sharper picture twice a second are enough to watch a run.
    const interval = request.summaryIntervalMs ?? 500;
    const progressGap = request.progressIntervalMs ?? 100;
    let lastProgressAt = Number.NEGATIVE_INFINITY;
    let lastSummaryAt = Number.NEGATIVE_INFINITY;
    // A summary reads every cell's buckets; on a 2-core machine it competes with the simulation
    // workers and the page's rendering. Keep it under ~1/8 of the wall time.
    let gap = interval;
    let sent = 0;
    let progressed = 0;
    const scenarioRun = startScenarioRun(pool, checked.scenario, {
      replications: total,
      firstReplication: request.firstReplication,
      batchSize: request.batchSize,
      onWorkerCrash: (e) => onUpdate({ kind: 'worker-crash', message: e.message, ...idOf }),
      onProgress: (done) => {
        const t = now();
        progressed = done;
        if (done >= total || t - lastProgressAt >= progressGap) {
          lastProgressAt = t;
          onUpdate({ kind: 'progress', done, total, ...idOf });
        }
      },
      onMerged: (accumulator: RunAccumulator) => {
        // Progress counts replications of batches still running too; a summary holds only merged
        // ones (its own `replications`). The update's `done` is the progress, so it never goes back.
        const done = Math.max(progressed, accumulator.replicationsDone);
        const t = now();
        if ((sent === 0 || t - lastSummaryAt >= gap) && accumulator.replicationsDone < total) {
          sent++;
          const summary = accumulator.summarize();
          lastSummaryAt = now();
          gap = Math.max(interval, 8 * (lastSummaryAt - t));
          const identity = identityOf(summary, runId ?? 0, total, 'partial');
          onUpdate({ kind: 'summary', done, total, summary, identity, ...idOf });
        }
      },
    });
    current = scenarioRun;
    const { outcome, summary, aggregator: accumulator } = await scenarioRun.outcome;
    if (current === scenarioRun) current = null;
    if (outcome.status === 'done') {
      // In a warm simulation worker; in this thread only when no worker can (the models' code is
      // then loaded here, once: the run worker does not carry it otherwise).
      let local: Promise<ReturnType<typeof explainer>> | null = null;
      summary.costExplained = await explainCosts(accumulator, (replication, reading) =>
        pool.explain(replication, reading).catch(async () => {
          local ??= import('./explainer.ts').then((m) => m.explainer(checked.scenario));
          return (await local)(replication, reading);
        }),
      );
    }
    const wallMs = now() - started;
    const settled = outcome.status === 'done' ? 'final' : outcome.status;
    const identity = identityOf(summary, runId ?? 0, total, settled);
    if (outcome.status === 'failed')
      return { status: 'failed', error: outcome.error, summary, wallMs, identity };
    return {
      status: outcome.status,
      summary,
      wallMs,
      identity,
      ...(request.perReplication ? { perReplication: accumulator.perReplication() } : {}),
    };
  }

  return {
    run,
    cancel: () => current?.cancel(),
    terminate: () => pool.terminate(),
  };
}

export type RunCoordinator = ReturnType<typeof createRunCoordinator>;
