import type { BatchWorker, WorkerFactory } from './pool.ts';
import { createSimulationApi } from './simulationApi.ts';

/**
 * Runs batches in the calling thread, one macrotask per call: the same code path as a worker minus
 * the thread (each stand-in prepares its own scenario, as a worker does). For tests and for
 * environments without workers; a real page uses browserWorkers.ts.
 */
export const inProcessWorkerFactory: WorkerFactory = (_onCrash, onBeat) => {
  let alive = true;
  const { prepare, runBatch, explain } = createSimulationApi();
  const later = <T>(work: () => T) =>
    new Promise<T>((resolve, reject) => {
      setTimeout(() => {
        if (!alive) return;
        try {
          resolve(work());
        } catch (error) {
          reject(error);
        }
      }, 0);
    });
  return {
    prepare: (runId, scenario) => later(() => prepare(runId, scenario)),
    runBatch: (runId, start, end) =>
      later(() => runBatch(runId, start, end, (done) => onBeat?.(runId, done))),
    explain: (runId, replication, reading) => later(() => explain(runId, replication, reading)),
    terminate: () => {
      alive = false;
    },
  } satisfies BatchWorker;
};
