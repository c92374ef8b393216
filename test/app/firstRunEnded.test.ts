import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { firstRunEnded } from '../../src/app/offline/firstRunEnded.ts';
import type { RunStatus } from '../../src/app/store/types.ts';

const storeAt = (runStatus: RunStatus) => createStore<{ runStatus: RunStatus }>(() => ({ runStatus }));

/** Whether the promise has settled by now (after pending microtasks). */
async function settled(p: Promise<void>): Promise<boolean> {
  let yes = false;
  void p.then(() => {
    yes = true;
  });
  await Promise.resolve();
  await Promise.resolve();
  return yes;
}

describe('firstRunEnded (what the service worker install waits for)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits while the first run has not started or is running, and settles when it ends', async () => {
    vi.useFakeTimers();
    const store = storeAt('idle');
    const ended = firstRunEnded(store);
    expect(await settled(ended)).toBe(false);
    store.setState({ runStatus: 'running' });
    expect(await settled(ended)).toBe(false);
    store.setState({ runStatus: 'done' });
    expect(await settled(ended)).toBe(true);
  });

  it.each(['error', 'cancelled', 'invalid'] as const)(
    'counts a run that ended %s as ended',
    async (status) => {
      const store = storeAt('running');
      const ended = firstRunEnded(store);
      store.setState({ runStatus: status });
      expect(await settled(ended)).toBe(true);
    },
  );

  it('settles at once when the run has already ended', async () => {
    expect(await settled(firstRunEnded(storeAt('done')))).toBe(true);
  });

  it('settles after its limit on a page whose run never ends, and stops listening', async () => {
    vi.useFakeTimers();
    const store = storeAt('running');
    let listening = 0;
    const subscribe = store.subscribe;
    store.subscribe = (listener) => {
      listening++;
      const unsubscribe = subscribe(listener);
      return () => {
        listening--;
        unsubscribe();
      };
    };
    const ended = firstRunEnded(store, 60_000);
    expect(listening).toBe(1);
    vi.advanceTimersByTime(59_999);
    expect(await settled(ended)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(ended)).toBe(true);
    expect(listening).toBe(0);
  });
});
