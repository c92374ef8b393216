/**
 * DEV-ONLY: pretends to run (progress ticks, cancellable) and then shows the sample results, so the
 * progress bar and cancel can be seen before the real runner is wired. Only reachable with `?sample=1`.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from '../store/appState.ts';
import { createSampleRun } from './sampleRun.ts';

export function startFakeRun(store: StoreApi<AppState>, total = 200, tickMs = 40): () => void {
  const s = store.getState();
  s.runStarted(total);
  let done = 0;
  const timer = setInterval(() => {
    done += 10;
    store.getState().runProgressed(done);
    if (done >= total) {
      clearInterval(timer);
      const { summary, extras } = createSampleRun();
      store.getState().runFinished(summary, extras, true);
    }
  }, tickMs);
  return () => {
    clearInterval(timer);
    store.getState().runCancelled();
  };
}
