/**
 * Ephemeral run state, written by the run controller (run/runController.ts): the run asked for last
 * (its id, status and progress) and the summary on screen with its identity (which run, which
 * inputs, how many replications of how many, partial or final) and the scenario it was computed
 * from, so the results can say when they no longer match the inputs. Never persisted — a reload
 * runs again rather than showing numbers it cannot vouch for.
 *
 * The one rule for what shows (src/results/runIdentity.ts `supersedes`): only the latest run's
 * summaries are taken, a settled summary (final, cancelled, failed) is never replaced by one of the
 * same run, and partials only replace partials that cover fewer replications. Messages may arrive
 * in any order; this slice does not depend on it.
 */
import type { StateCreator } from 'zustand';
import { type RunIdentity, supersedes } from '../../results/runIdentity.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { AppState } from './appState.ts';
import type { RunStatus, RunSummary, ValidationIssue } from './types.ts';

/** How a run ended, as the controller reports it. */
export type RunEnding =
  | { status: 'done' | 'cancelled'; summary: RunSummary | null; identity: RunIdentity | null; wallMs: number }
  | { status: 'failed'; error: string; summary: RunSummary | null; identity: RunIdentity | null };

export interface RunSlice {
  /** Status of the latest run asked for. */
  runStatus: RunStatus;
  /** Id of the latest run started (0 before the first). */
  activeRunId: number;
  /** The scenario the latest run uses. */
  activeRunScenario: Scenario | null;
  /** Progress of the latest run. */
  replicationsDone: number;
  replicationsTotal: number;
  /** The summary on screen, its identity and the scenario it was computed from. */
  runSummary: RunSummary | null;
  runIdentity: RunIdentity | null;
  runScenario: Scenario | null;
  runError: string | null;
  /** Why the scenario cannot run (field by field) when runStatus is 'invalid'. */
  runIssues: ValidationIssue[];
  /** Wall time of the last finished run, ms. */
  runWallMs: number | null;
  runStarted: (runId: number, replicationsTotal: number, scenario: Scenario) => void;
  runProgressed: (runId: number, replicationsDone: number) => void;
  /** A summary of run `identity.runId` arrived (partial or settled); shown when it supersedes. */
  runResult: (summary: RunSummary, identity: RunIdentity) => void;
  /** Run `runId` ended; its last summary (if any) is offered under the same rule. */
  runEnded: (runId: number, ending: RunEnding) => void;
  runInvalid: (issues: ValidationIssue[]) => void;
}

type RunFields = Pick<RunSlice, 'runSummary' | 'runIdentity' | 'runScenario' | 'replicationsDone'>;

/** The fields to set when `summary` supersedes what shows, else an empty patch. */
function accept(s: AppState, summary: RunSummary | null, identity: RunIdentity | null): Partial<RunFields> {
  if (!summary || !identity) return {};
  if (identity.runId !== s.activeRunId || !supersedes(identity, s.runIdentity)) return {};
  return {
    runSummary: summary,
    runIdentity: identity,
    runScenario: s.activeRunScenario,
    replicationsDone: Math.max(s.replicationsDone, Math.min(identity.replicationsDone, s.replicationsTotal)),
  };
}

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set) => ({
  runStatus: 'idle',
  activeRunId: 0,
  activeRunScenario: null,
  replicationsDone: 0,
  replicationsTotal: 0,
  runSummary: null,
  runIdentity: null,
  runScenario: null,
  runError: null,
  runIssues: [],
  runWallMs: null,
  runStarted: (runId, replicationsTotal, scenario) =>
    set((s) =>
      runId <= s.activeRunId
        ? {}
        : {
            runStatus: 'running',
            activeRunId: runId,
            activeRunScenario: scenario,
            replicationsDone: 0,
            replicationsTotal,
            runError: null,
            runIssues: [],
          },
    ),
  runProgressed: (runId, replicationsDone) =>
    set((s) =>
      runId !== s.activeRunId || s.runStatus !== 'running'
        ? {}
        : { replicationsDone: Math.max(s.replicationsDone, Math.min(replicationsDone, s.replicationsTotal)) },
    ),
  runResult: (summary, identity) => set((s) => accept(s, summary, identity)),
  runEnded: (runId, ending) =>
    set((s) => {
      if (runId !== s.activeRunId || s.runStatus !== 'running') return {};
      const shown = accept(s, ending.summary, ending.identity);
      if (ending.status === 'failed') return { ...shown, runStatus: 'error', runError: ending.error };
      if (ending.status === 'cancelled') return { ...shown, runStatus: 'cancelled' };
      return { ...shown, runStatus: 'done', runWallMs: ending.wallMs };
    }),
  runInvalid: (issues) => set({ runStatus: 'invalid', runIssues: issues, runError: null }),
});
