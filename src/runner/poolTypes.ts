/**
 * The worker pool's contract: what a worker offers it (BatchWorker, from a WorkerFactory), what a run
 * asks of it (RunOptions) and answers (RunHandle, RunOutcome), and the pool's options.
 */
import type { RunPartial } from '../results/partial.ts';
import type { ExplainedReplication } from '../results/types.ts';
import type { Scenario } from '../scenario/schema.ts';

/** One worker as the pool sees it, whatever its kind (Web Worker, Node worker_threads, in process). */
export interface BatchWorker {
  /** Hands the worker a run's scenario (validated), once per run; batches then name only indices. */
  prepare(runId: number, scenario: Scenario): Promise<void>;
  /** Runs replications [start, end) of a prepared run and folds them into one partial summary. */
  runBatch(runId: number, start: number, end: number): Promise<RunPartial>;
  /**
   * Asks the worker to stop run `runId`'s batch at its next pause between replications (the batch
   * then rejects); the worker stays, its code compiled, for the next run. A worker without it is
   * terminated when a run is cancelled.
   */
  cancel?(runId: number): void;
  /** Settles one replication of a prepared run again with every line (for the explanations). */
  explain?(
    runId: number,
    replication: number,
    reading: ExplainedReplication['reading'],
  ): Promise<ExplainedReplication>;
  terminate(): void;
}

/**
 * What a worker reports besides its answers: `crashed` when it died (an uncaught error, a failed
 * load, an exit, its liveness lock released), `beat` with replications finished in its current batch.
 */
export interface WorkerEvents {
  crashed(error: Error): void;
  beat(runId: number, done: number): void;
}

/** Starts a worker. (A plain `(onCrash) => worker` factory is fine: beats are optional.) */
export type WorkerFactory = (onCrash: (error: Error) => void, onBeat?: WorkerEvents['beat']) => BatchWorker;

export interface RunOptions {
  /** The run's scenario, validated (loadScenario): workers trust it and carry no validator. */
  scenario: Scenario;
  replications: number;
  /**
   * Index of the first replication (default 0): the run is replications first … first + replications − 1,
   * so a run can be continued with more replications that are new draws (the planner's sequential looks).
   */
  firstReplication?: number;
  /** A fixed batch size; without it, sizes adapt to the measured pace (batchPlan.ts). */
  batchSize?: number;
  /** Called with each batch's partial summary as it arrives (in arrival order). */
  onPartial: (partial: RunPartial) => void;
  /** Replications finished so far, counting those of batches still running (monotone). */
  onProgress?: (done: number) => void;
  /** Called when a worker crashed or went silent and was replaced; its batch is run again. */
  onWorkerCrash?: (error: Error) => void;
}

export type RunOutcome =
  | { status: 'done'; replications: number }
  | { status: 'cancelled'; replications: number }
  | { status: 'failed'; replications: number; error: string };

export interface RunHandle {
  outcome: Promise<RunOutcome>;
  cancel(): void;
}

export interface PoolOptions {
  /**
   * A busy worker that sends no word (a finished replication, a batch) for this long is taken for
   * dead, replaced, and its batch retried. Heartbeats come between replications, so this must exceed
   * the longest replication the per-replication budget allows.
   */
  stallTimeoutMs?: number;
  now?: () => number;
  /**
   * When > 0, a run's first batch goes to one worker and the others start when its partial comes in
   * or after this many ms, whichever is first. Where the workers take every core the page and the
   * coordinator also need, the first batch — the first bands wait for it — then compiles and runs
   * without N−1 other cold workers competing for the cores (on 2 cores its bands came ~90 ms
   * sooner); the others lose at most this long. Default 0: all start at once.
   */
  staggerMs?: number;
  /** How long a cancelled batch may take to stop before its worker is replaced (CANCEL_GRACE_MS). */
  cancelGraceMs?: number;
}
