/**
 * Runs 2–4 options one after the other with the SAME seed and replication count (common random
 * numbers: the first option's seed), on a run worker of its own so the main run is not disturbed.
 * Reports progress (which option, replications done) and can be cancelled; a new comparison
 * supersedes one in flight (its late answers are ignored).
 */
import { useRef, useState } from 'react';
import type { PerReplicationData } from '../../../results/aggregate.ts';
import type { RunSummary } from '../../../results/types.ts';
import { createRunClient, type RunClient } from '../../../runner/runClient.ts';
import type { Scenario } from '../../../scenario/schema.ts';

export interface CompareEntry {
  key: string;
  scenario: Scenario;
  summary: RunSummary | null;
  /** Per-replication totals, peaks and flags, for paired differences (same seed and replications). */
  perReplication: PerReplicationData | null;
  error: string | null;
}

export interface CompareProgress {
  /** 0-based index of the option running. */
  option: number;
  options: number;
  done: number;
  total: number;
}

export function useCompareRuns() {
  const clientRef = useRef<RunClient | null>(null);
  const generation = useRef(0);
  const [entries, setEntries] = useState<CompareEntry[]>([]);
  const [progress, setProgress] = useState<CompareProgress | null>(null);
  const [cancelled, setCancelled] = useState<number | null>(null);
  /** Set by Cancel: a cancel that reaches the run worker before its run started is repeated once it has. */
  const cancelRequested = useRef(false);

  const run = async (items: { key: string; scenario: Scenario }[], replications: number) => {
    clientRef.current ??= createRunClient();
    const client = clientRef.current;
    const mine = ++generation.current;
    const seed = items[0]?.scenario.simulation.seed ?? 1;
    const fresh: CompareEntry[] = items.map((i) => ({
      ...i,
      summary: null,
      perReplication: null,
      error: null,
    }));
    setEntries(fresh);
    setCancelled(null);
    cancelRequested.current = false;
    for (let i = 0; i < fresh.length; i++) {
      if (generation.current !== mine) return;
      setProgress({ option: i, options: fresh.length, done: 0, total: replications });
      const scenario = {
        ...fresh[i].scenario,
        simulation: { ...fresh[i].scenario.simulation, replications, seed },
      };
      const final = await client.run(
        { scenario, replications, perReplication: true, summaryIntervalMs: Number.POSITIVE_INFINITY },
        (update) => {
          if (cancelRequested.current) client.cancel();
          if (generation.current === mine && update.kind === 'progress')
            setProgress({ option: i, options: fresh.length, done: update.done, total: update.total });
        },
      );
      if (generation.current !== mine) return;
      if (final.status === 'cancelled' || cancelRequested.current) {
        setCancelled(i);
        setProgress(null);
        return;
      }
      if (final.status === 'done')
        fresh[i] = { ...fresh[i], summary: final.summary, perReplication: final.perReplication ?? null };
      else if (final.status === 'invalid')
        fresh[i] = { ...fresh[i], error: final.issues.map((x) => x.message).join('; ') };
      else if (final.status === 'failed') fresh[i] = { ...fresh[i], error: final.error };
      setEntries([...fresh]);
    }
    setProgress(null);
  };

  const cancel = () => {
    cancelRequested.current = true;
    clientRef.current?.cancel();
  };

  return { entries, progress, running: progress !== null, cancelled, run, cancel };
}
