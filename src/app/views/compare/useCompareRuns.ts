/**
 * Runs 2–4 scenarios one after the other with the SAME seed and replication count (common random
 * numbers), on a run worker of its own so the main run is not disturbed.
 */
import { useRef, useState } from 'react';
import type { RunSummary } from '../../../results/types.ts';
import { createRunClient, type RunClient } from '../../../runner/runClient.ts';
import type { PerReplication } from '../../../runner/runCoordinator.ts';
import type { Scenario } from '../../../scenario/schema.ts';

export interface CompareEntry {
  key: string;
  scenario: Scenario;
  summary: RunSummary | null;
  /** Per-replication totals and breach flags, for paired differences (same seed and replications). */
  perReplication: PerReplication | null;
  error: string | null;
}

export function useCompareRuns() {
  const clientRef = useRef<RunClient | null>(null);
  const [entries, setEntries] = useState<CompareEntry[]>([]);
  const [running, setRunning] = useState<number | null>(null);

  const run = async (items: { key: string; scenario: Scenario }[], replications: number) => {
    clientRef.current ??= createRunClient();
    const client = clientRef.current;
    const seed = items[0]?.scenario.simulation.seed ?? 1;
    const fresh: CompareEntry[] = items.map((i) => ({
      ...i,
      summary: null,
      perReplication: null,
      error: null,
    }));
    setEntries(fresh);
    for (let i = 0; i < fresh.length; i++) {
      setRunning(i);
      const scenario = { ...fresh[i].scenario, simulation: { replications, seed } };
      const final = await client.run({ scenario, replications, perReplication: true }, () => undefined);
      let error: string | null = null;
      if (final.status === 'invalid') error = final.issues.map((x) => x.message).join('; ');
      else if (final.status === 'failed') error = final.error;
      else if (final.status === 'cancelled') error = final.status;
      fresh[i] =
        final.status === 'done'
          ? { ...fresh[i], summary: final.summary, perReplication: final.perReplication ?? null }
          : { ...fresh[i], error };
      setEntries([...fresh]);
    }
    setRunning(null);
  };
  return { entries, running, run };
}
