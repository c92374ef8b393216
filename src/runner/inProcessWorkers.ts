import type { BatchWorker, WorkerFactory } from './pool.ts';
import { runBatch } from './simulationApi.ts';

/**
 * Runs batches in the calling thread, one macrotask per batch: the same code path as a worker minus
 * the thread. For tests and for environments without workers; a real page uses browserWorkers.ts.
 */
export const inProcessWorkerFactory: WorkerFactory = () => {
  let alive = true;
  return {
    runBatch: (request) =>
      new Promise((resolve, reject) => {
        setTimeout(() => {
          if (!alive) return;
          try {
            resolve(runBatch(request));
          } catch (error) {
            reject(error);
          }
        }, 0);
      }),
    terminate: () => {
      alive = false;
    },
  } satisfies BatchWorker;
};
