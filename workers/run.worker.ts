// Thin adapter: hosts a run coordinator (pool + merging of partial summaries) off the page's main
// thread. It starts the simulation workers itself (nested workers), so merging never blocks the page.
// It holds a liveness lock and beats every second, so the page can tell when it is gone
// (src/runner/liveness.ts, src/runner/runClient.ts).
import '../src/scenario/zodJitless.ts'; // first: before any zod schema is built (CSP, see the module)
import * as Comlink from 'comlink';
import { browserWorkerFactory, staggerMsFor } from '../src/runner/browserWorkers.ts';
import { holdLivenessLock } from '../src/runner/liveness.ts';
import { createRunCoordinator, type RunRequest, type RunUpdate } from '../src/runner/runCoordinator.ts';

let coordinator: ReturnType<typeof createRunCoordinator> | null = null;

holdLivenessLock((message) => self.postMessage(message));
setInterval(() => self.postMessage({ luoheBeat: { runId: -1, done: 0 } }), 1000);

Comlink.expose({
  init(workers: number) {
    coordinator?.terminate();
    coordinator = createRunCoordinator(browserWorkerFactory, workers, () => performance.now(), {
      staggerMs: staggerMsFor(workers),
    });
  },
  run(request: RunRequest, onUpdate: (update: RunUpdate) => void) {
    if (!coordinator) throw new Error('init the run worker first');
    return coordinator.run(request, onUpdate);
  },
  cancel() {
    coordinator?.cancel();
  },
});
