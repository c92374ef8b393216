/**
 * Connects the store to the simulation runner: runs the last valid scenario when the page opens,
 * again when an edit settles (AUTO_RUN_DEBOUNCE_MS after the last change) and on demand; feeds progress and the
 * partial summaries (bands after the first batch, sharpening as more arrive) into the run slice.
 *
 * All simulation and aggregation happens in the run worker (src/runner/runClient.ts); the page only
 * receives small updates. Each run has an id (increasing); its updates and result carry it, updates
 * of a run that has been replaced are dropped, and the store keeps whichever summary is the most
 * complete of the latest run (store/runSlice.ts), whatever order the messages arrive in.
 */
import type { StoreApi } from 'zustand/vanilla';
import { identityOf } from '../../results/runIdentity.ts';
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
    const runId = ++token;
    const s = store.getState();
    // Runs use the last valid scenario: while the document (or a field's typed text) is invalid,
    // the results say they are for the last valid inputs (results/ResultStatus.tsx).
    const checked = loadScenario(s.lastValidScenario);
    if (!checked.ok) {
      s.runInvalid(checked.issues);
      return;
    }
    const scenario = checked.scenario;
    const total = scenario.simulation.replications;
    s.runStarted(runId, total, scenario);
    client ??= makeClient();
    // Only this run's messages reach the store; the store also orders them by identity (partial
    // summaries can arrive after the final result: they travel on another port).
    const onUpdate = (u: RunUpdate) => {
      if (runId !== token || (u.kind !== 'worker-crash' && u.runId !== undefined && u.runId !== runId))
        return;
      const st = store.getState();
      if (u.kind === 'progress') st.runProgressed(runId, u.done);
      else if (u.kind === 'summary')
        st.runResult(u.summary, u.identity ?? identityOf(u.summary, runId, total, 'partial'));
    };
    client
      .run({ scenario, runId, summaryIntervalMs: options.summaryIntervalMs }, onUpdate)
      .then((final) => {
        if (runId !== token) return;
        const st = store.getState();
        if (final.status === 'invalid') {
          st.runInvalid(final.issues);
          return;
        }
        const { summary } = final;
        const settled = final.status === 'done' ? 'final' : final.status;
        const identity = final.identity ?? (summary ? identityOf(summary, runId, total, settled) : null);
        if (final.status === 'failed')
          st.runEnded(runId, { status: 'failed', error: final.error, summary, identity });
        else st.runEnded(runId, { status: final.status, summary, identity, wallMs: final.wallMs });
      })
      .catch((error: unknown) => {
        if (runId === token)
          store
            .getState()
            .runEnded(runId, { status: 'failed', error: String(error), summary: null, identity: null });
      });
  }

  function cancel(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const state = store.getState();
    if (state.runStatus !== 'running') return;
    const runId = state.activeRunId;
    token++;
    void client?.cancel();
    state.runEnded(runId, { status: 'cancelled', summary: null, identity: null, wallMs: 0 });
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.lastValidScenario === previous.lastValidScenario) return;
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
