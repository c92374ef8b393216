import * as Comlink from 'comlink';
import type { BatchRequest, BatchWorker, WorkerFactory } from './pool.ts';
import type { SimulationApi } from './simulationApi.ts';

/** Starts simulation Web Workers (module workers bundled by Vite). */
export const browserWorkerFactory: WorkerFactory = (onCrash) => {
  const worker = new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), {
    type: 'module',
    name: 'simulation',
  });
  worker.addEventListener('error', (e) => onCrash(new Error(e.message || 'the simulation worker failed')));
  worker.addEventListener('messageerror', () =>
    onCrash(new Error('a message from the worker could not be read')),
  );
  const api = Comlink.wrap<SimulationApi>(worker);
  return {
    runBatch: (request: BatchRequest) => api.runBatch(request),
    terminate: () => {
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
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.min(8, Math.max(1, cores));
}
