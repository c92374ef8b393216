/**
 * The migrations' copies across a run (issue 14's migration answer) in the map-reduce runner: a
 * worker packs each replication's MigrationNotes into a typed array of the batch (no object crosses
 * a thread), and the coordinator keeps them at their replication's index and summarises them in
 * replication order with summarizeMigrations — exact order statistics, so the answer is the same
 * whatever the number of workers, the batch sizes or the arrival order.
 *
 * Memory: SLOTS numbers per copy and replication, only for scenarios with copies (one or two copies:
 * 56 to 112 bytes a replication, 11 MB at 100,000 replications).
 */
import type { MigrationNote } from '../model/context.ts';
import type { MigrationPlan } from '../scenario/lifecycle.ts';
import { type MigrationSummary, summarizeMigrations } from './migrationSummary.ts';

/** Per copy and replication: present (1/0), then the note's six numbers (finishedMinute may be NaN). */
const SLOTS = 7;

/** Packs the notes of `count` consecutive replications (in order) for `copies` planned copies. */
export function packMigrationNotes(
  notes: readonly (readonly MigrationNote[] | undefined)[],
  copies: number,
): Float64Array {
  const out = new Float64Array(notes.length * copies * SLOTS);
  notes.forEach((list, r) => {
    for (const n of list ?? []) {
      if (!(n.plan >= 0 && n.plan < copies)) continue;
      const at = (r * copies + n.plan) * SLOTS;
      out[at] = 1;
      out[at + 1] = n.finishedMinute;
      out[at + 2] = n.copyHours;
      out[at + 3] = n.copiedTb;
      out[at + 4] = n.remainingAtDeadlineTb;
      out[at + 5] = n.lineFullHours;
      out[at + 6] = n.liveUnservedGb;
    }
  });
  return out;
}

/** The coordinator's side: every replication's notes at its row. */
export class MigrationStore {
  private readonly copies: number;
  private readonly data: Float64Array;

  constructor(
    private readonly plans: readonly MigrationPlan[],
    replications: number,
  ) {
    this.copies = plans.length;
    this.data = new Float64Array(this.copies > 0 ? replications * this.copies * SLOTS : 0);
  }

  /** Stores a batch's packed notes (from packMigrationNotes) at rows row … row + count − 1. */
  put(row: number, packed: Float64Array | undefined, count: number): void {
    if (this.copies === 0 || !packed) return;
    if (packed.length !== count * this.copies * SLOTS)
      throw new Error(`migration notes for ${packed.length / SLOTS} copies, expected ${count * this.copies}`);
    this.data.set(packed, row * this.copies * SLOTS);
  }

  /** The migration answer over `rows` (in order), or undefined when the scenario has no copies. */
  summarize(rows: readonly number[]): MigrationSummary[] | undefined {
    if (this.copies === 0 || rows.length === 0) return undefined;
    const notes = rows.map((row) => {
      const list: MigrationNote[] = [];
      for (let plan = 0; plan < this.copies; plan++) {
        const at = (row * this.copies + plan) * SLOTS;
        if (this.data[at] !== 1) continue;
        list.push({
          plan,
          finishedMinute: this.data[at + 1],
          copyHours: this.data[at + 2],
          copiedTb: this.data[at + 3],
          remainingAtDeadlineTb: this.data[at + 4],
          lineFullHours: this.data[at + 5],
          liveUnservedGb: this.data[at + 6],
        });
      }
      return list;
    });
    return summarizeMigrations(this.plans, notes);
  }
}
