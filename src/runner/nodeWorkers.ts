import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { BatchRequest, BatchWorker, WorkerFactory } from './pool.ts';
import type { SimulationApi } from './simulationApi.ts';

const WORKER_FILE = new URL('../../workers/simulation.node-worker.ts', import.meta.url).href;

/**
 * Node 20 does not run a worker's .ts entry through the parent's loader, so each worker starts from
 * this bootstrap: it registers tsx's loader in the worker itself, then imports the real entry.
 */
const TSX_API = import.meta.resolve('tsx/esm/api');
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_FILE)}); });`;

/** Starts simulation workers on Node worker_threads, running the TypeScript sources through tsx. */
export const nodeWorkerFactory: WorkerFactory = (onCrash) => {
  const worker = new Worker(BOOTSTRAP, { eval: true });
  worker.on('error', (e) => onCrash(e));
  worker.on('exit', (code) => {
    if (code !== 0) onCrash(new Error(`the simulation worker exited with code ${code}`));
  });
  const api = Comlink.wrap<SimulationApi>(nodeEndpoint(worker));
  return {
    runBatch: (request: BatchRequest) => api.runBatch(request),
    terminate: () => {
      worker.removeAllListeners('exit');
      void worker.terminate();
    },
  } satisfies BatchWorker;
};
