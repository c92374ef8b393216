import { PartialBuilder, partialBuffers, type RunPartial } from '../results/partial.ts';
import type { ExplainedReplication } from '../results/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Reading } from './explainCosts.ts';
import { explainer } from './explainer.ts';
import { createReplicator } from './replicate.ts';
import { foldOptionsOf } from './scenarioRun.ts';

/**
 * What a simulation worker does, as plain functions that Node tests call directly; the files in
 * workers/ only expose them. `prepare` prices a run's scenario once; `runBatch` then runs a range of
 * replication indices and folds them into one partial summary, so a batch's message is a few typed
 * arrays whatever the batch size. The scenario comes validated: a pool is only handed scenarios its
 * caller has loaded (startScenarioRun takes a Scenario), so a worker carries no validator — a third
 * of its code, and of the time it takes to start. `onReplication` (the adapters' heartbeat) is told
 * after each replication how many of the batch are done. `explain` re-runs one replication
 * of the prepared run with every settlement line, in a worker whose models are already compiled.
 * Each worker (or in-process stand-in) has an API of its own: what it prepared is its own.
 */
interface Prepared {
  runId: number;
  replicate: ReturnType<typeof createReplicator>;
  builder: PartialBuilder;
  explain: ReturnType<typeof explainer>;
}

/** The message a batch stopped by `cancel` rejects with. */
export const BATCH_CANCELLED = 'batch cancelled';

/** How long a yielding batch computes before it lets the worker read its messages (a cancel). */
export const BATCH_SLICE_MS = 50;

export function createSimulationApi() {
  let prepared: Prepared | null = null;
  /** The run whose batches stop at their next pause. */
  let cancelledRun = -1;

  function preparedFor(runId: number): Prepared {
    if (!prepared || prepared.runId !== runId)
      throw new Error(`run ${runId} was not prepared on this worker`);
    return prepared;
  }

  return {
    prepare(runId: number, s: Scenario): void {
      prepared = null;
      prepared = {
        runId,
        replicate: createReplicator(s),
        builder: new PartialBuilder(foldOptionsOf(s)),
        explain: explainer(s),
      };
    },

    runBatch(runId: number, start: number, end: number, onReplication?: (done: number) => void): RunPartial {
      const { replicate, builder } = preparedFor(runId);
      builder.begin(start, end - start);
      for (let i = start; i < end; i++) {
        builder.add(replicate(i));
        onReplication?.(i - start + 1);
      }
      return builder.finish();
    },

    /**
     * runBatch, pausing every `sliceMs` of work (`pause`: the worker's way to read its waiting
     * messages) so that `cancel` — or the next run's `prepare` — can stop it there: it then rejects
     * with BATCH_CANCELLED, and the worker, its models compiled, is ready for the next run. The
     * replications it runs are the same as runBatch's, bit for bit.
     */
    async runBatchYielding(
      runId: number,
      start: number,
      end: number,
      pause: () => Promise<void>,
      onReplication?: (done: number) => void,
      now: () => number = () => performance.now(),
      sliceMs = BATCH_SLICE_MS,
    ): Promise<RunPartial> {
      const run = preparedFor(runId);
      const { replicate, builder } = run;
      const stopped = () => cancelledRun === runId || prepared !== run;
      builder.begin(start, end - start);
      let sliceStart = now();
      for (let i = start; i < end; i++) {
        builder.add(replicate(i));
        onReplication?.(i - start + 1);
        if (i + 1 < end && now() - sliceStart >= sliceMs) {
          await pause();
          if (stopped()) throw new Error(BATCH_CANCELLED);
          sliceStart = now();
        }
      }
      return builder.finish();
    },

    /** Stops the batches of run `runId` at their next pause (runBatchYielding). */
    cancel(runId: number): void {
      cancelledRun = runId;
    },

    /** Settles replication `replication` of a prepared run again, with every line (the explanations). */
    explain(runId: number, replication: number, reading: Reading): ExplainedReplication {
      return preparedFor(runId).explain(replication, reading);
    },
  };
}

export type SimulationApi = ReturnType<typeof createSimulationApi>;

/** A heartbeat that posts at most every `gapMs` of work (and after a batch's first replication). */
export function throttledBeat(
  post: (runId: number, done: number) => void,
  now: () => number,
  gapMs = 250,
): (runId: number) => (done: number) => void {
  return (runId) => {
    let last = Number.NEGATIVE_INFINITY;
    return (done) => {
      const t = now();
      if (t - last >= gapMs) {
        last = t;
        post(runId, done);
      }
    };
  };
}

/**
 * A pause that lets a worker read the messages waiting for it, without the ≥ 4 ms a browser adds to
 * nested timers: a message to itself through a channel, queued behind what already came in.
 */
export function messagePause(): () => Promise<void> {
  const channel = new MessageChannel();
  // Node (tests): an open port would keep the process alive.
  (channel.port1 as { unref?: () => void }).unref?.();
  let waiting: (() => void)[] = [];
  channel.port1.onmessage = () => {
    const wake = waiting;
    waiting = [];
    for (const w of wake) w();
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    });
}

export { partialBuffers };
