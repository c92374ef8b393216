import type { ExplainedReplication } from '../results/types.ts';
import { type BatchPlan, planBatches } from './batchPlan.ts';
import type {
  BatchWorker,
  PoolOptions,
  RunHandle,
  RunOptions,
  RunOutcome,
  WorkerFactory,
} from './poolTypes.ts';

export type {
  BatchWorker,
  PoolOptions,
  RunHandle,
  RunOptions,
  RunOutcome,
  WorkerEvents,
  WorkerFactory,
} from './poolTypes.ts';

interface Slot {
  worker: BatchWorker;
  preparedRun: number;
  crashed: ((error: Error) => void) | null;
  /** Replications finished in the batch now running, and when the worker last gave word. */
  beats: number;
  lastWord: number;
  busy: boolean;
  /** Explanations this worker is working on. */
  explaining: number;
  /** The batch in flight (whatever its run): a cancelled run's batch drains before the next begins. */
  pending: Promise<unknown> | null;
  /** Settles when a cancelled run's batch has stopped (or its worker was replaced); null when none. */
  draining: Promise<void> | null;
  drainTimer: ReturnType<typeof setTimeout> | undefined;
}

/** A batch may be retried this many times after worker crashes before the run fails. */
const MAX_RETRIES_PER_BATCH = 2;
export const DEFAULT_STALL_TIMEOUT_MS = 60_000;
/**
 * A cancelled run's batch stops at the worker's next pause (every ~50 ms of work, and between
 * replications); a worker that has not stopped in this long (one replication running away) is
 * terminated and replaced instead.
 */
export const CANCEL_GRACE_MS = 2_000;

/**
 * A pool of workers that runs the replications of one scenario at a time. Each worker is handed the
 * scenario once per run, then ranges of replication indices; it answers each range with a partial
 * summary. A range that rejects (the simulation failed on its inputs) fails the run with its message;
 * a worker that dies — or goes silent past the stall timeout — is reported, replaced, and its range
 * retried. Cancel ends the run at once; a busy worker is asked to stop its batch at its next pause
 * and stays, its code compiled, for the next run (which starts on it once the batch has stopped) —
 * a fresh worker would compile everything again, and a rerun after an edit took ~60 % longer. A
 * worker that cannot be asked, or does not stop within CANCEL_GRACE_MS, is terminated and replaced.
 * Which worker ran which range never changes the numbers: seeds follow indices, and partials merge
 * exactly.
 */
export class WorkerPool {
  private slots: Slot[] = [];
  private activeRun: { cancel: () => void } | null = null;
  private runs = 0;
  private readonly stallTimeoutMs: number;
  private readonly now: () => number;
  private readonly staggerMs: number;
  private readonly cancelGraceMs: number;

  constructor(
    private readonly factory: WorkerFactory,
    readonly size: number,
    options: PoolOptions = {},
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`pool size must be ≥ 1, got ${size}`);
    this.stallTimeoutMs = options.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS;
    this.now = options.now ?? (() => performance.now());
    this.staggerMs = Math.max(0, options.staggerMs ?? 0);
    this.cancelGraceMs = options.cancelGraceMs ?? CANCEL_GRACE_MS;
  }

  private startSlot(): Slot {
    const slot: Slot = {
      worker: null as unknown as BatchWorker,
      preparedRun: -1,
      crashed: null,
      beats: 0,
      lastWord: this.now(),
      busy: false,
      explaining: 0,
      pending: null,
      draining: null,
      drainTimer: undefined,
    };
    slot.worker = this.factory(
      (error) => slot.crashed?.(error),
      (runId, done) => {
        if (runId !== slot.preparedRun || !slot.busy) return;
        slot.beats = Math.max(slot.beats, done);
        slot.lastWord = this.now();
        this.onBeat?.();
      },
    );
    return slot;
  }

  private onBeat: (() => void) | null = null;

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
    const runId = ++this.runs;
    const plan: BatchPlan = planBatches(options.replications, this.size, options.batchSize);
    const first = options.firstReplication ?? 0;
    const retries: { start: number; end: number; retries: number }[] = [];

    let finished = false;
    let merged = 0;
    let reported = 0;
    let inFlight = 0;
    /** Starts the workers the first batch went without (staggerMs), once. */
    let startOthers: (() => void) | null = null;
    let staggerTimer: ReturnType<typeof setTimeout> | undefined;
    let resolve!: (outcome: RunOutcome) => void;
    const outcome = new Promise<RunOutcome>((r) => {
      resolve = r;
    });
    const progress = () => {
      let running = 0;
      for (const slot of this.slots) if (slot.busy) running += slot.beats;
      const done = Math.max(reported, merged + running);
      if (done > reported || done === options.replications) {
        reported = done;
        options.onProgress?.(done);
      }
    };
    const watchdog = setInterval(
      () => {
        const t = this.now();
        for (const slot of this.slots) {
          if (slot.busy && t - slot.lastWord > this.stallTimeoutMs)
            slot.crashed?.(
              new Error(`the worker gave no word for ${Math.round((t - slot.lastWord) / 1000)} s`),
            );
        }
      },
      Math.min(1000, Math.max(10, this.stallTimeoutMs / 4)),
    );
    const finish = (result: RunOutcome) => {
      if (finished) return;
      finished = true;
      clearInterval(watchdog);
      clearTimeout(staggerTimer);
      startOthers = null;
      for (const slot of this.slots) {
        slot.crashed = null;
        slot.busy = false;
      }
      this.onBeat = null;
      this.activeRun = null;
      resolve(result);
    };
    this.onBeat = progress;

    /** Gives the worker of `slotIndex` its next batch; false when none is left to give. */
    const pump = (slotIndex: number) => {
      if (!dispatch(slotIndex) && inFlight === 0) finish({ status: 'done', replications: merged });
    };
    const dispatch = (slotIndex: number): boolean => {
      if (finished) return false;
      const retry = retries.shift();
      const planned = retry ? undefined : plan.next();
      const range = retry ?? (planned && { start: first + planned.start, end: first + planned.end });
      if (!range) return false;
      const attempt = { start: range.start, end: range.end, retries: retry?.retries ?? 0 };
      const slot = this.slots[slotIndex];
      inFlight++;
      let settled = false;
      const began = this.now();
      slot.busy = true;
      slot.beats = 0;
      slot.lastWord = began;
      const settle = () => {
        settled = true;
        inFlight--;
        slot.busy = false;
        slot.beats = 0;
      };
      const onCrash = (error: Error) => {
        if (settled || finished) return;
        settle();
        options.onWorkerCrash?.(error);
        slot.worker.terminate();
        this.slots[slotIndex] = this.startSlot();
        if (attempt.retries >= MAX_RETRIES_PER_BATCH) {
          const tries = attempt.retries + 1;
          const one = attempt.end - attempt.start === 1;
          const range = one ? `${attempt.start}` : `${attempt.start}–${attempt.end - 1}`;
          finish({
            status: 'failed',
            replications: merged,
            // English line, then Chinese: the page shows its language's line (src/app/run/).
            error:
              `a worker crashed: ${error.message} (replication${one ? '' : 's'} ${range}, tried ${tries} times)\n` +
              `模拟工作线程崩溃：${error.message}（第 ${range} 次重复，已尝试 ${tries} 次）`,
          });
          return;
        }
        retries.unshift({ ...attempt, retries: attempt.retries + 1 });
        pump(slotIndex);
      };
      const onError = (error: unknown) => {
        // A rejection is the simulation failing on its inputs (deterministic): no retry.
        if (settled || finished) return;
        settle();
        finish({
          status: 'failed',
          replications: merged,
          error: error instanceof Error ? error.message : String(error),
        });
      };
      slot.crashed = onCrash;
      if (slot.preparedRun !== runId) {
        slot.preparedRun = runId;
        // Not awaited: the worker takes its messages in order, so the batch follows the scenario.
        slot.worker.prepare(runId, options.scenario).catch(onError);
      }
      const batch = slot.worker.runBatch(runId, attempt.start, attempt.end);
      slot.pending = batch;
      batch.then((partial) => {
        if (settled || finished) return;
        settle();
        plan.record(attempt.end - attempt.start, this.now() - began);
        merged += partial.count;
        startOthers?.();
        // The worker's next batch goes out before this one is merged: it computes while this thread
        // merges (and summarises), instead of waiting for it.
        const more = dispatch(slotIndex);
        try {
          options.onPartial(partial);
        } catch (error) {
          // A partial the coordinator cannot take (a bug, or money no summary can hold) ends the run
          // with a message: never a rejected promise no one awaits and a run bar stuck at "running".
          finish({
            status: 'failed',
            replications: merged,
            error: error instanceof Error ? error.message : String(error),
          });
          return;
        }
        progress();
        if (!more && inFlight === 0) finish({ status: 'done', replications: merged });
      }, onError);
      return true;
    };

    const cancel = () => {
      if (finished) return;
      const busy = this.slots.filter((slot) => slot.busy);
      finish({ status: 'cancelled', replications: merged });
      for (const slot of busy) this.drain(slot, runId);
    };
    this.activeRun = { cancel };
    /** Starts slot i on this run, once a cancelled run's batch has left it. */
    const begin = (i: number) => {
      const draining = this.slots[i].draining;
      if (draining)
        void draining.then(() => {
          if (!finished) pump(i);
        });
      else pump(i);
    };
    if (this.staggerMs > 0 && this.slots.length > 1) {
      startOthers = () => {
        startOthers = null;
        clearTimeout(staggerTimer);
        for (let i = 1; i < this.slots.length; i++) begin(i);
      };
      staggerTimer = setTimeout(() => startOthers?.(), this.staggerMs);
      begin(0);
    } else {
      for (let i = 0; i < this.slots.length; i++) begin(i);
    }
    return { outcome, cancel };
  }

  /**
   * Has an idle worker of the last run settle one of its replications again with every line: its
   * models are compiled and its scenario prepared, so this takes milliseconds, and the coordinator's
   * thread stays free. Rejects when no worker can (none prepared, no `explain`, a crash) — callers
   * then explain in their own thread.
   */
  explain(replication: number, reading: ExplainedReplication['reading']): Promise<ExplainedReplication> {
    const runId = this.runs;
    const candidates = this.slots.filter(
      (s) => s.preparedRun === runId && !s.busy && !s.draining && s.worker.explain,
    );
    if (candidates.length === 0) return Promise.reject(new Error('no prepared worker to explain with'));
    const slot = candidates.reduce((a, b) => (b.explaining < a.explaining ? b : a));
    slot.explaining++;
    return new Promise<ExplainedReplication>((resolve, reject) => {
      const previous = slot.crashed;
      slot.crashed = (error) => {
        previous?.(error);
        reject(error);
        const index = this.slots.indexOf(slot);
        if (index >= 0) {
          slot.worker.terminate();
          this.slots[index] = this.startSlot();
        }
      };
      slot.worker.explain!(runId, replication, reading)
        .then(resolve, reject)
        .finally(() => {
          slot.explaining--;
        });
    });
  }

  /**
   * A cancelled run's batch on `slot`: the worker is asked to stop it and stays, warm, for the next
   * run; a worker that cannot be asked, or has not stopped within the grace time, is replaced.
   */
  private drain(slot: Slot, runId: number): void {
    const pending = slot.pending;
    if (!slot.worker.cancel || !pending) {
      this.replace(slot);
      return;
    }
    slot.worker.cancel(runId);
    slot.draining = new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(slot.drainTimer);
        slot.drainTimer = undefined;
        slot.draining = null;
        resolve();
      };
      slot.drainTimer = setTimeout(() => {
        this.replace(slot);
        done();
      }, this.cancelGraceMs);
      pending.then(done, done);
    });
  }

  /** Terminates the worker of `slot` and puts a fresh one in its place (if the slot is still the pool's). */
  private replace(slot: Slot): void {
    slot.worker.terminate();
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots[index] = this.startSlot();
  }

  terminate(): void {
    this.activeRun?.cancel();
    for (const slot of this.slots) {
      clearTimeout(slot.drainTimer);
      slot.worker.terminate();
    }
    this.slots = [];
  }
}
