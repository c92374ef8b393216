/**
 * Connects the store to the simulation runner: runs the scenario when the page opens, again when an
 * edit settles (AUTO_RUN_DEBOUNCE_MS after the last change) and on demand; feeds progress and the
 * partial summaries (bands after the first batch, sharpening as more arrive) into the run slice.
 *
 * All simulation and aggregation happens in the run worker (src/runner/runClient.ts); the page only
 * receives small updates. Updates of a run that has been replaced are dropped (run tokens).
 */
import type { StoreApi } from 'zustand/vanilla';
import type { RunFinal, RunRequest, RunUpdate } from '../../runner/runCoordinator.ts';
import { loadScenario } from '../../scenario/validate.ts';
import type { AppState } from '../store/appState.ts';

export const AUTO_RUN_DEBOUNCE_MS = 600;

/** The part of the run client the controller uses (a fake one in unit tests). */
export interface RunClientLike {
  run(request: RunRequest, onUpdate: (update: RunUpdate) => void): Promise<RunFinal>;
  cancel(): void | Promise<void>;
}

export interface RunController {
  runNow(): void;
  cancel(): void;
  dispose(): void;
}

export function startRunController(
  store: StoreApi<AppState>,
  makeClient: () => RunClientLike,
  options: { debounceMs?: number; summaryIntervalMs?: number } = {},
): RunController {
  const debounceMs = options.debounceMs ?? AUTO_RUN_DEBOUNCE_MS;
  let client: RunClientLike | null = null;
  let token = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function runNow(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const mine = ++token;
    const s = store.getState();
    const checked = loadScenario(s.scenario);
    if (!checked.ok) {
      s.runInvalid(checked.issues);
      return;
    }
    const total = checked.scenario.simulation.replications;
    s.runStarted(total);
    client ??= makeClient();
    const onUpdate = (u: RunUpdate) => {
      if (mine !== token) return;
      const st = store.getState();
      if (u.kind === 'progress') st.runProgressed(u.done);
      else if (u.kind === 'summary') st.runPartial(u.summary, u.done);
    };
    client
      .run({ scenario: checked.scenario, summaryIntervalMs: options.summaryIntervalMs }, onUpdate)
      .then((final) => {
        if (mine !== token) return;
        const st = store.getState();
        if (final.status === 'invalid') st.runInvalid(final.issues);
        else if (final.status === 'failed') st.runFailed(final.error, final.summary);
        else if (final.status === 'cancelled') st.runCancelled(final.summary);
        else st.runFinished(final.summary, final.wallMs);
      })
      .catch((error: unknown) => {
        if (mine === token) store.getState().runFailed(String(error), null);
      });
  }

  function cancel(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (store.getState().runStatus !== 'running') return;
    token++;
    void client?.cancel();
    store.getState().runCancelled(null);
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scenario === previous.scenario) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(runNow, debounceMs);
  });

  return {
    runNow,
    cancel,
    dispose: () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      token++;
    },
  };
}
