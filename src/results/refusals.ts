import type { RefusalNote } from '../model/context.ts';
import { percentileOfSorted } from './percentile.ts';

/**
 * Why VMs did not fit, across replications: when the first refusal comes, which filter stopped it on
 * how many hosts, and whether the pool had the room in total (fragmentation) or not. Read as a
 * sentence: "the first refusal is in 2024-06 in 62% of runs: RAM on every host, with 40 GB free in total".
 */
export interface RefusalSummary {
  replications: number;
  /** Replications with at least one refused placement. */
  runsWithRefusal: number;
  /** First-refusal month counts; index `months` counts runs without any refusal. */
  firstMonthHistogram: number[];
  /** The month the first refusal falls in most often, and the share of all runs it holds. */
  mostLikelyMonth: number | null;
  mostLikelyMonthShare: number;
  /** Reasons of the first refusals: how many runs each stopped, and in how many on every up host. */
  reasons: { reason: string; runs: number; onEveryHostRuns: number }[];
  /** Share of first refusals where the up hosts' free totals could have held the VM. */
  fragmentedShare: number;
  /** Median request and free totals at the first refusal, over the runs that had one. */
  typical: { vcpu: number; ramGb: number; freeVcpu: number; freeRamGb: number } | null;
  /** The first refusal of the earliest few runs that had one, with their replication index. */
  examples: (RefusalNote & { replication: number })[];
}

/** Reasons that applied on every up host; if none did, the ones that applied on the most hosts. */
export function bindingReasons(note: RefusalNote): { reasons: string[]; onEveryHost: boolean } {
  const entries = Object.entries(note.hostsRefused).filter(([r, n]) => n > 0 && r !== 'host-down');
  const every = entries.filter(([, n]) => n >= note.upHosts).map(([r]) => r);
  if (every.length > 0) return { reasons: every, onEveryHost: true };
  const most = Math.max(0, ...entries.map(([, n]) => n));
  return { reasons: entries.filter(([, n]) => n === most && most > 0).map(([r]) => r), onEveryHost: false };
}

function median(values: number[]): number {
  const sorted = Float64Array.from(values).sort();
  return percentileOfSorted(sorted, 0.5);
}

/** `notes[i]` is replication i's first refusal (undefined if it had none), in replication order. */
export function summarizeRefusals(
  notes: readonly (RefusalNote | undefined)[],
  replicationIndices: readonly number[],
  months: number,
): RefusalSummary {
  const histogram = new Array<number>(months + 1).fill(0);
  const reasonRuns = new Map<string, { runs: number; onEveryHostRuns: number }>();
  const seen: RefusalNote[] = [];
  const examples: (RefusalNote & { replication: number })[] = [];
  notes.forEach((note, i) => {
    if (!note) {
      histogram[months]++;
      return;
    }
    histogram[Math.min(months - 1, Math.max(0, note.monthIndex))]++;
    seen.push(note);
    if (examples.length < 5) examples.push({ ...note, replication: replicationIndices[i] });
    const { reasons, onEveryHost } = bindingReasons(note);
    for (const r of reasons) {
      const entry = reasonRuns.get(r) ?? { runs: 0, onEveryHostRuns: 0 };
      entry.runs++;
      if (onEveryHost) entry.onEveryHostRuns++;
      reasonRuns.set(r, entry);
    }
  });
  let mostLikelyMonth: number | null = null;
  let best = 0;
  for (let m = 0; m < months; m++) {
    if (histogram[m] > best) {
      best = histogram[m];
      mostLikelyMonth = m;
    }
  }
  const n = notes.length;
  return {
    replications: n,
    runsWithRefusal: seen.length,
    firstMonthHistogram: histogram,
    mostLikelyMonth,
    mostLikelyMonthShare: n === 0 ? 0 : best / n,
    reasons: [...reasonRuns.entries()]
      .map(([reason, v]) => ({ reason, ...v }))
      .sort((a, b) => b.runs - a.runs || a.reason.localeCompare(b.reason)),
    fragmentedShare: seen.length === 0 ? 0 : seen.filter((x) => x.poolHadCapacity).length / seen.length,
    typical:
      seen.length === 0
        ? null
        : {
            vcpu: median(seen.map((x) => x.vcpu)),
            ramGb: median(seen.map((x) => x.ramGb)),
            freeVcpu: median(seen.map((x) => x.freeVcpu)),
            freeRamGb: median(seen.map((x) => x.freeRamGb)),
          },
    examples,
  };
}
