import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { RunPartial } from '../results/partial.ts';
import type { ExplainedReplication } from '../results/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Reading } from './explainCosts.ts';
import { beatOf } from './liveness.ts';
import type { BatchWorker, WorkerFactory } from './pool.ts';

const WORKER_FILE = new URL('../../workers/simulation.node-worker.ts', import.meta.url).href;

/**
 * Node 20 does not run a worker's .ts entry through the parent's loader, so each worker starts from
 * this bootstrap: it registers tsx's loader in the worker itself, then imports the real entry.
 */
const TSX_API = import.meta.resolve('tsx/esm/api');
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_FILE)}); });`;

interface SimulationWorkerApi {
  prepare(runId: number, scenario: Scenario): void;
  runBatch(runId: number, start: number, end: number): RunPartial;
  cancel(runId: number): void;
  explain(runId: number, replication: number, reading: Reading): ExplainedReplication;
}

/**
 * Watches a Node worker for the pool: any exit we did not ask for is a crash — with code 0 too (a
 * worker whose port was closed ends quietly, and its batch would otherwise never answer) — and so is
 * an uncaught error; heartbeats go to `onBeat`. Returns `stop`, to call before terminating the worker
 * on purpose. A crash is reported once.
 */
export function watchNodeWorker(
  worker: Worker,
  onCrash: (error: Error) => void,
  onBeat?: (runId: number, done: number) => void,
): () => void {
  let stopped = false;
  const crash = (error: Error) => {
    if (stopped) return;
    stopped = true;
    onCrash(error);
  };
  const onError = (e: Error) => crash(e);
  const onExit = (code: number) => crash(new Error(`the simulation worker exited (code ${code})`));
  const onMessage = (data: unknown) => {
    const beat = beatOf(data);
    if (beat && !stopped) onBeat?.(beat.runId, beat.done);
  };
  worker.on('error', onError);
  worker.on('exit', onExit);
  worker.on('message', onMessage);
  return () => {
    stopped = true;
    worker.off('error', onError);
    worker.off('exit', onExit);
    worker.off('message', onMessage);
  };
}

/** Starts simulation workers on Node worker_threads, running the TypeScript sources through tsx. */
export const nodeWorkerFactory: WorkerFactory = (onCrash, onBeat) => {
  const worker = new Worker(BOOTSTRAP, { eval: true });
  const stop = watchNodeWorker(worker, onCrash, onBeat);
  const api = Comlink.wrap<SimulationWorkerApi>(nodeEndpoint(worker));
  return {
    prepare: (runId, scenario) => api.prepare(runId, scenario),
    runBatch: (runId, start, end) => api.runBatch(runId, start, end),
    // Fire and forget: the batch's own answer says whether it stopped.
    cancel: (runId) => void api.cancel(runId).catch(() => {}),
    explain: (runId, replication, reading) => api.explain(runId, replication, reading),
    terminate: () => {
      stop();
      void worker.terminate();
    },
  } satisfies BatchWorker;
};
