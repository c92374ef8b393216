import type { ReplicationResult } from '../results/types.ts';

/** What a worker is asked to do: run these replications of this scenario. */
export interface BatchRequest {
  /** The scenario document as plain JSON (validated before it is sent). */
  scenario: unknown;
  /** Replication indices; replication i always uses the seed derived from (scenario seed, i). */
  indices: number[];
}

/** One worker as the pool sees it, whatever its kind (Web Worker or Node worker_threads). */
export interface BatchWorker {
  runBatch(request: BatchRequest): Promise<ReplicationResult[]>;
  terminate(): void;
}

/** Starts a worker; `onCrash` is called if it dies (an uncaught error, a failed load). */
export type WorkerFactory = (onCrash: (error: Error) => void) => BatchWorker;

export interface RunOptions {
  scenario: unknown;
  replications: number;
  /**
   * Index of the first replication (default 0): the run is replications first … first + replications − 1,
   * so a run can be continued with more replications that are new draws (the planner's sequential looks).
   */
  firstReplication?: number;
  /** Replications per message: small batches give early bands, large ones less overhead. */
  batchSize?: number;
  /** Called with each batch's results as it arrives (in arrival order). */
  onResults: (results: ReplicationResult[]) => void;
  /** Called when a worker crashed and was replaced; its batch is run again. */
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

interface Slot {
  worker: BatchWorker;
  crashed: ((error: Error) => void) | null;
}

/** A batch may be retried this many times after worker crashes before the run fails. */
const MAX_RETRIES_PER_BATCH = 2;

/**
 * A pool of workers that runs the replications of one scenario at a time. Replications are cut into
 * batches of consecutive indices handed to whichever worker is free; results go to `onResults` as
 * they come. A batch that rejects (the simulation failed on its inputs) fails the run with its
 * message; a worker that dies is a crash. Cancel terminates the workers at once (the only way to stop a busy worker) and the
 * pool starts fresh ones for the next run. A crashed worker is reported, replaced, and its batch
 * retried. Which worker ran which replication never changes the numbers: seeds follow indices.
 */
export class WorkerPool {
  private slots: Slot[] = [];
  private activeRun: { cancel: () => void } | null = null;

  constructor(
    private readonly factory: WorkerFactory,
    readonly size: number,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`pool size must be ≥ 1, got ${size}`);
  }

  private startSlot(): Slot {
    const slot: Slot = { worker: null as unknown as BatchWorker, crashed: null };
    slot.worker = this.factory((error) => slot.crashed?.(error));
    return slot;
  }

  private ensureSlots(): void {
    while (this.slots.length < this.size) this.slots.push(this.startSlot());
  }

  /** Starts the workers now (they load their code) so that the first run does not wait for them. */
  warm(): void {
    this.ensureSlots();
  }

  run(options: RunOptions): RunHandle {
    this.activeRun?.cancel();
    this.ensureSlots();
    const batchSize = Math.max(1, options.batchSize ?? 10);
    // Each worker's first batch is small, so the first bands reach the page after a couple of
    // replications rather than a whole batch; the rest use the full size (less messaging).
    const firstBatchSize = Math.max(1, Math.min(batchSize, 2));
    const queue: { indices: number[]; retries: number }[] = [];
    const first = options.firstReplication ?? 0;
    let start = 0;
    while (start < options.replications) {
      const size = queue.length < this.size ? firstBatchSize : batchSize;
      const indices: number[] = [];
      for (let i = start; i < Math.min(start + size, options.replications); i++) indices.push(first + i);
      queue.push({ indices, retries: 0 });
      start += size;
    }

    let finished = false;
    let done = 0;
    let inFlight = 0;
    let resolve!: (outcome: RunOutcome) => void;
    const outcome = new Promise<RunOutcome>((r) => {
      resolve = r;
    });
    const finish = (result: RunOutcome) => {
      if (finished) return;
      finished = true;
      for (const slot of this.slots) slot.crashed = null;
      this.activeRun = null;
      resolve(result);
    };

    const pump = (slotIndex: number) => {
      if (finished) return;
      const batch = queue.shift();
      if (!batch) {
        if (inFlight === 0) finish({ status: 'done', replications: done });
        return;
      }
      const slot = this.slots[slotIndex];
      inFlight++;
      let settled = false;
      const onCrash = (error: Error) => {
        if (settled || finished) return;
        settled = true;
        inFlight--;
        options.onWorkerCrash?.(error);
        slot.worker.terminate();
        this.slots[slotIndex] = this.startSlot();
        if (batch.retries >= MAX_RETRIES_PER_BATCH) {
          finish({ status: 'failed', replications: done, error: `a worker crashed: ${error.message}` });
          return;
        }
        queue.unshift({ indices: batch.indices, retries: batch.retries + 1 });
        pump(slotIndex);
      };
      slot.crashed = onCrash;
      slot.worker.runBatch({ scenario: options.scenario, indices: batch.indices }).then(
        (results) => {
          if (settled || finished) return;
          settled = true;
          inFlight--;
          done += results.length;
          options.onResults(results);
          pump(slotIndex);
        },
        (error: unknown) => {
          // A rejected batch is the simulation failing on its inputs (deterministic): no retry.
          if (settled || finished) return;
          settled = true;
          inFlight--;
          const message = error instanceof Error ? error.message : String(error);
          finish({ status: 'failed', replications: done, error: message });
        },
      );
    };

    const cancel = () => {
      if (finished) return;
      for (const slot of this.slots) slot.worker.terminate();
      this.slots = [];
      finish({ status: 'cancelled', replications: done });
    };
    this.activeRun = { cancel };
    for (let i = 0; i < this.slots.length; i++) pump(i);
    return { outcome, cancel };
  }

  terminate(): void {
    this.activeRun?.cancel();
    for (const slot of this.slots) slot.worker.terminate();
    this.slots = [];
  }
}
