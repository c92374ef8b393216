import type { RefusalNote } from '../model/context.ts';
import { CellBank, type CellSink } from './cellBank.ts';

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

/** What a batch of replications says about refusals; merges by adding (examples: the lowest indices). */
export interface RefusalPartial {
  /** Replications folded in, and how many of them carried notes at all. */
  replications: number;
  withNotes: number;
  /** First-refusal month counts; index `months` counts replications without any refusal. */
  histogram: Uint32Array;
  runsWithRefusal: number;
  fragmented: number;
  reasons: { reason: string; runs: number; onEveryHostRuns: number }[];
  examples: (RefusalNote & { replication: number })[];
}

const EXAMPLES = 5;
/** Cells of the typical request and free totals at the first refusal (medians over runs with one). */
const TYPICAL_GROUP = 'refusal:typical';
const TYPICAL = ['vcpu', 'ramGb', 'freeVcpu', 'freeRamGb'] as const;

/**
 * Refusal records across replications, folded as they come (a worker's batch) or merged from other
 * tallies (the coordinator): counts add, examples keep the lowest replication indices, and the
 * medians of the typical request come from cells of the run's CellBank, which merge exactly.
 */
export class RefusalTally {
  private replications = 0;
  private withNotes = 0;
  private readonly histogram: Uint32Array;
  private runsWithRefusal = 0;
  private fragmented = 0;
  private readonly reasons = new Map<string, { runs: number; onEveryHostRuns: number }>();
  private examples: (RefusalNote & { replication: number })[] = [];
  private readonly typical: number;

  constructor(
    private readonly months: number,
    private readonly bank: CellSink,
  ) {
    this.histogram = new Uint32Array(months + 1);
    this.typical = bank.group(TYPICAL_GROUP, TYPICAL.length);
  }

  /** Folds one replication: `hadNotes` says whether it carried notes at all. */
  add(replication: number, note: RefusalNote | undefined, hadNotes = true): void {
    this.replications++;
    if (hadNotes) this.withNotes++;
    if (!note) {
      this.histogram[this.months]++;
      return;
    }
    this.histogram[Math.min(this.months - 1, Math.max(0, note.monthIndex))]++;
    this.runsWithRefusal++;
    if (note.poolHadCapacity) this.fragmented++;
    if (this.examples.length < EXAMPLES || replication < this.examples[EXAMPLES - 1].replication) {
      this.examples.push({ ...note, replication });
      this.keepLowestExamples();
    }
    const { reasons, onEveryHost } = bindingReasons(note);
    for (const r of reasons) {
      const entry = this.reasons.get(r) ?? { runs: 0, onEveryHostRuns: 0 };
      entry.runs++;
      if (onEveryHost) entry.onEveryHostRuns++;
      this.reasons.set(r, entry);
    }
    for (let i = 0; i < TYPICAL.length; i++) this.bank.add(this.typical + i, note[TYPICAL[i]]);
  }

  private keepLowestExamples(): void {
    this.examples.sort((a, b) => a.replication - b.replication);
    if (this.examples.length > EXAMPLES) this.examples.length = EXAMPLES;
  }

  /** Adds another tally's partial (its typical cells travel in its bank, merged by the caller). */
  merge(p: RefusalPartial): void {
    this.replications += p.replications;
    this.withNotes += p.withNotes;
    for (let m = 0; m < this.histogram.length; m++) this.histogram[m] += p.histogram[m];
    this.runsWithRefusal += p.runsWithRefusal;
    this.fragmented += p.fragmented;
    for (const r of p.reasons) {
      const entry = this.reasons.get(r.reason) ?? { runs: 0, onEveryHostRuns: 0 };
      entry.runs += r.runs;
      entry.onEveryHostRuns += r.onEveryHostRuns;
      this.reasons.set(r.reason, entry);
    }
    this.examples.push(...p.examples);
    this.keepLowestExamples();
  }

  toPartial(): RefusalPartial {
    return {
      replications: this.replications,
      withNotes: this.withNotes,
      histogram: this.histogram.slice(),
      runsWithRefusal: this.runsWithRefusal,
      fragmented: this.fragmented,
      reasons: [...this.reasons.entries()].map(([reason, v]) => ({ reason, ...v })),
      examples: this.examples.map((e) => ({ ...e })),
    };
  }

  /** The summary, or undefined when no replication carried notes; `bank` holds the typical cells. */
  summarize(bank: CellBank): RefusalSummary | undefined {
    if (this.withNotes === 0) return undefined;
    const months = this.months;
    const histogram = Array.from(this.histogram);
    let mostLikelyMonth: number | null = null;
    let best = 0;
    for (let m = 0; m < months; m++) {
      if (histogram[m] > best) {
        best = histogram[m];
        mostLikelyMonth = m;
      }
    }
    const n = this.replications;
    const seen = this.runsWithRefusal;
    const median = (i: number) => bank.typeSeven(this.typical + i, [0.5])[0];
    return {
      replications: n,
      runsWithRefusal: seen,
      firstMonthHistogram: histogram,
      mostLikelyMonth,
      mostLikelyMonthShare: n === 0 ? 0 : best / n,
      reasons: [...this.reasons.entries()]
        .map(([reason, v]) => ({ reason, ...v }))
        .sort((a, b) => b.runs - a.runs || a.reason.localeCompare(b.reason)),
      fragmentedShare: seen === 0 ? 0 : this.fragmented / seen,
      typical:
        seen === 0 ? null : { vcpu: median(0), ramGb: median(1), freeVcpu: median(2), freeRamGb: median(3) },
      examples: this.examples.map((e) => ({ ...e })),
    };
  }
}

/** `notes[i]` is replication i's first refusal (undefined if it had none), in replication order. */
export function summarizeRefusals(
  notes: readonly (RefusalNote | undefined)[],
  replicationIndices: readonly number[],
  months: number,
): RefusalSummary {
  const bank = new CellBank();
  const tally = new RefusalTally(months, bank);
  notes.forEach((note, i) => {
    tally.add(replicationIndices[i], note);
  });
  return tally.summarize(bank)!;
}
