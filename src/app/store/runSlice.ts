/**
 * Ephemeral run state, written by the run controller (run/runController.ts): status, progress, the
 * latest summary (partial while running, sharpening as batches arrive) and what went wrong. Never
 * persisted — a reload runs again rather than showing stale numbers.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './appState.ts';
import type { RunStatus, RunSummary, ValidationIssue } from './types.ts';

export interface RunSlice {
  runStatus: RunStatus;
  replicationsDone: number;
  replicationsTotal: number;
  runSummary: RunSummary | null;
  runError: string | null;
  /** Why the scenario cannot run (field by field) when runStatus is 'invalid'. */
  runIssues: ValidationIssue[];
  /** Wall time of the last finished run, ms. */
  runWallMs: number | null;
  runStarted: (replicationsTotal: number) => void;
  runProgressed: (replicationsDone: number) => void;
  runPartial: (summary: RunSummary, replicationsDone: number) => void;
  runFinished: (summary: RunSummary, wallMs: number) => void;
  runFailed: (message: string, summary: RunSummary | null) => void;
  runCancelled: (summary: RunSummary | null) => void;
  runInvalid: (issues: ValidationIssue[]) => void;
}

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set) => ({
  runStatus: 'idle',
  replicationsDone: 0,
  replicationsTotal: 0,
  runSummary: null,
  runError: null,
  runIssues: [],
  runWallMs: null,
  runStarted: (replicationsTotal) =>
    set({ runStatus: 'running', replicationsDone: 0, replicationsTotal, runError: null, runIssues: [] }),
  runProgressed: (replicationsDone) =>
    set((s) => ({ replicationsDone: Math.min(replicationsDone, s.replicationsTotal) })),
  runPartial: (summary, replicationsDone) => set({ runSummary: summary, replicationsDone }),
  runFinished: (summary, wallMs) =>
    set({
      runStatus: 'done',
      runSummary: summary,
      runWallMs: wallMs,
      replicationsDone: summary.replications,
      replicationsTotal: summary.replications,
    }),
  runFailed: (message, summary) =>
    set((s) => ({ runStatus: 'error', runError: message, runSummary: summary ?? s.runSummary })),
  runCancelled: (summary) => set((s) => ({ runStatus: 'cancelled', runSummary: summary ?? s.runSummary })),
  runInvalid: (issues) => set({ runStatus: 'invalid', runIssues: issues, runError: null }),
});
