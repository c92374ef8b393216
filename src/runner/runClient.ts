import * as Comlink from 'comlink';
import { defaultWorkerCount } from './browserWorkers.ts';
import type { RunFinal, RunRequest, RunUpdate } from './runCoordinator.ts';

interface RunWorkerApi {
  init(workers: number): void;
  run(request: RunRequest, onUpdate: (update: RunUpdate) => void): Promise<RunFinal>;
  cancel(): void;
}

/**
 * The page's handle on simulation runs: one run worker (which owns the simulation workers and the
 * aggregation). `cancel` asks the coordinator to terminate its simulation workers at once.
 */
export function createRunClient(workers = defaultWorkerCount()) {
  const worker = new Worker(new URL('../../workers/run.worker.ts', import.meta.url), {
    type: 'module',
    name: 'run',
  });
  const api = Comlink.wrap<RunWorkerApi>(worker);
  const ready = api.init(workers);
  return {
    workers,
    async run(request: RunRequest, onUpdate: (update: RunUpdate) => void): Promise<RunFinal> {
      await ready;
      return api.run(request, Comlink.proxy(onUpdate));
    },
    cancel: () => api.cancel(),
    terminate: () => worker.terminate(),
  };
}

export type RunClient = ReturnType<typeof createRunClient>;
