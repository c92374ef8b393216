import * as Comlink from 'comlink';
import type { RunPartial } from '../results/partial.ts';
import type { ExplainedReplication } from '../results/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Reading } from './explainCosts.ts';
import { beatOf, watchLiveness } from './liveness.ts';
import type { BatchWorker, WorkerFactory } from './pool.ts';

interface SimulationWorkerApi {
  prepare(runId: number, scenario: Scenario): void;
  runBatch(runId: number, start: number, end: number): RunPartial;
  cancel(runId: number): void;
  explain(runId: number, replication: number, reading: Reading): ExplainedReplication;
}

/**
 * Starts simulation Web Workers (module workers bundled by Vite). A worker that dies is reported as a
 * crash however it dies: an error event, an unreadable message, or — when it ends silently (closed,
 * killed) — the release of its liveness lock (liveness.ts). Its heartbeats go to `onBeat`.
 */
export const browserWorkerFactory: WorkerFactory = (onCrash, onBeat) => {
  const worker = new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), {
    type: 'module',
    name: 'simulation',
  });
  worker.addEventListener('error', (e) => onCrash(new Error(e.message || 'the simulation worker failed')));
  worker.addEventListener('messageerror', () =>
    onCrash(new Error('a message from the worker could not be read')),
  );
  worker.addEventListener('message', (e) => {
    const beat = beatOf(e.data);
    if (beat) onBeat?.(beat.runId, beat.done);
  });
  const stopWatching = watchLiveness(worker, () => onCrash(new Error('the simulation worker stopped')));
  const api = Comlink.wrap<SimulationWorkerApi>(worker);
  return {
    prepare: (runId, scenario) => api.prepare(runId, scenario),
    runBatch: (runId, start, end) => api.runBatch(runId, start, end),
    // Fire and forget: the batch's own answer says whether it stopped.
    cancel: (runId) => void api.cancel(runId).catch(() => {}),
    explain: (runId, replication, reading) => api.explain(runId, replication, reading),
    terminate: () => {
      stopWatching();
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  } satisfies BatchWorker;
};

/**
 * Simulation workers for this machine: one per core, at most 8. The page's main thread only renders
 * summaries while a run goes on, so it does not need a core of its own.
 */
export function defaultWorkerCount(): number {
  return Math.min(8, Math.max(1, browserCores()));
}

/** The cores the browser says this machine has (2 where it does not say). */
export function browserCores(): number {
  return (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2;
}

/**
 * How long a run's first batch goes alone (PoolOptions.staggerMs) in a browser: where the simulation
 * workers take every core — the page's main thread and the run worker then have none of their own —
 * the first bands come sooner when one worker compiles and runs the first batch while the others
 * wait up to this long; with cores to spare, all start at once.
 */
export function staggerMsFor(workers: number): number {
  return workers >= browserCores() ? FIRST_BATCH_ALONE_MS : 0;
}

const FIRST_BATCH_ALONE_MS = 250;
