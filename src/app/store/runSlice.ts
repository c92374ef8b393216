/**
 * Ephemeral run state: status, progress and the latest summary. Written by the runner (wired later);
 * never persisted — a reload starts with no results rather than stale ones.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './appState.ts';
import type { RunExtras, RunStatus, RunSummary } from './types.ts';

export interface RunSlice {
  runStatus: RunStatus;
  replicationsDone: number;
  replicationsTotal: number;
  runSummary: RunSummary | null;
  runExtras: RunExtras | null;
  runError: string | null;
  /** True when `runSummary` is generated sample data (the UI then shows a banner). */
  runIsSample: boolean;
  runStarted: (replicationsTotal: number) => void;
  runProgressed: (replicationsDone: number) => void;
  runFinished: (summary: RunSummary, extras?: RunExtras | null, isSample?: boolean) => void;
  runFailed: (message: string) => void;
  runCancelled: () => void;
}

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set) => ({
  runStatus: 'idle',
  replicationsDone: 0,
  replicationsTotal: 0,
  runSummary: null,
  runExtras: null,
  runError: null,
  runIsSample: false,
  runStarted: (replicationsTotal) =>
    set({ runStatus: 'running', replicationsDone: 0, replicationsTotal, runError: null }),
  runProgressed: (replicationsDone) =>
    set((s) => ({ replicationsDone: Math.min(replicationsDone, s.replicationsTotal) })),
  runFinished: (summary, extras = null, isSample = false) =>
    set((s) => ({
      runStatus: 'done',
      runSummary: summary,
      runExtras: extras,
      runIsSample: isSample,
      replicationsDone: s.replicationsTotal || summary.replications,
    })),
  runFailed: (message) => set({ runStatus: 'error', runError: message }),
  runCancelled: () => set({ runStatus: 'cancelled' }),
});
