/**
 * Settles once the page's first run has ended (done, failed, cancelled or refused as invalid), or
 * after `limitMs` whatever the run does: what waits on it (the service worker's install) must come
 * in the end even on a page whose run never ends.
 */
import type { StoreApi } from 'zustand';
import type { RunStatus } from '../store/types.ts';

const ENDED: ReadonlySet<RunStatus> = new Set(['done', 'error', 'cancelled', 'invalid']);

export function firstRunEnded(store: StoreApi<{ runStatus: RunStatus }>, limitMs = 60_000): Promise<void> {
  return new Promise((resolve) => {
    if (ENDED.has(store.getState().runStatus)) return resolve();
    const timer = setTimeout(done, limitMs);
    const unsubscribe = store.subscribe((state) => {
      if (ENDED.has(state.runStatus)) done();
    });
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
}
