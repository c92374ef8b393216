/**
 * A run's identity travels with every summary it produces, so whoever shows results can tell which
 * run, which inputs and which state a summary belongs to — and never let an older or less complete
 * summary replace a newer or more complete one.
 *
 * Messages from a run arrive over more than one channel (progress and partial summaries through a
 * callback port, the final result through the call's own reply), and the browser does not order
 * messages across ports: a partial summary can arrive after the final one. `supersedes` is the one
 * rule that decides, whatever the arrival order.
 */
import type { RunSummary } from './types.ts';

/**
 * partial: a run still going (or stopped) showed what it had so far; final: every replication ran;
 * cancelled/failed: the run stopped early and this is the last summary it had.
 */
export type RunResultStatus = 'partial' | 'final' | 'cancelled' | 'failed';

export interface RunIdentity {
  /** Chosen by whoever asked for the run, increasing within one page (0 when the caller gave none). */
  runId: number;
  /** Fingerprint of the scenario document the run used (RunSummary.inputsHash). */
  inputsHash: string;
  seed: number | string;
  replicationsDone: number;
  replicationsTotal: number;
  status: RunResultStatus;
}

/** The identity of `summary`, produced by run `runId` of `replicationsTotal` replications. */
export function identityOf(
  summary: RunSummary,
  runId: number,
  replicationsTotal: number,
  status: RunResultStatus,
): RunIdentity {
  return {
    runId,
    inputsHash: summary.inputsHash,
    seed: summary.seed,
    replicationsDone: summary.replications,
    replicationsTotal,
    status,
  };
}

/** A run's last word: nothing of the same run may replace it. */
export function isSettled(identity: RunIdentity): boolean {
  return identity.status !== 'partial';
}

/**
 * True when a summary of identity `incoming` should replace the one shown (of identity `current`):
 * - a newer run replaces an older one (a run of other inputs never stays current once a newer
 *   run has results), and an older run never replaces a newer one;
 * - within one run, a settled summary (final, cancelled, failed) is never replaced, and a partial
 *   replaces another only when it covers more replications.
 */
export function supersedes(incoming: RunIdentity, current: RunIdentity | null): boolean {
  if (current === null) return true;
  if (incoming.runId !== current.runId) return incoming.runId > current.runId;
  if (isSettled(current)) return false;
  if (isSettled(incoming)) return true;
  return incoming.replicationsDone > current.replicationsDone;
}

/** Whole: every replication asked for is in it, and the run said it was done. */
export function isWhole(identity: RunIdentity): boolean {
  return identity.status === 'final' && identity.replicationsDone === identity.replicationsTotal;
}
