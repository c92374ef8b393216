// Thin adapter: hosts a run coordinator (pool + aggregation) off the page's main thread. It starts
// the simulation workers itself (nested workers), so percentile work never blocks the page.
import * as Comlink from 'comlink';
import { browserWorkerFactory } from '../src/runner/browserWorkers.ts';
import { createRunCoordinator, type RunRequest, type RunUpdate } from '../src/runner/runCoordinator.ts';

let coordinator: ReturnType<typeof createRunCoordinator> | null = null;

Comlink.expose({
  init(workers: number) {
    coordinator?.terminate();
    coordinator = createRunCoordinator(browserWorkerFactory, workers, () => performance.now());
  },
  run(request: RunRequest, onUpdate: (update: RunUpdate) => void) {
    if (!coordinator) throw new Error('init the run worker first');
    return coordinator.run(request, onUpdate);
  },
  cancel() {
    coordinator?.cancel();
  },
});
