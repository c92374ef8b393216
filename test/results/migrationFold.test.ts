import { describe, expect, it } from 'vitest';
import type { MigrationNote } from '../../src/model/context.ts';
import { MigrationStore, packMigrationNotes } from '../../src/results/migrationFold.ts';
import { summarizeMigrations } from '../../src/results/migrationSummary.ts';
import { builtInScenario } from '../../src/scenario/library.ts';
import { lifecycleOf } from '../../src/scenario/lifecycle.ts';

/**
 * The migration answer through the map-reduce runner: notes packed by batch in the workers, stored at
 * their replication's row in the coordinator, summarised in replication order — the same answer as
 * summarising the notes directly, whatever the batches and the order they arrive in.
 */
const plans = lifecycleOf(builtInScenario('luohe-2025-migrate-out')!).migrations;

function note(plan: number, r: number): MigrationNote {
  const finished = r % 3 !== 0;
  return {
    plan,
    // A copy cut off at the exit has no finishing minute (NaN): it must survive the packing.
    finishedMinute: finished ? plans[plan].startMinute + 600 + 37 * r : Number.NaN,
    copyHours: 10 + r * 0.25,
    copiedTb: finished ? plans[plan].dataTb : plans[plan].dataTb * 0.4,
    remainingAtDeadlineTb: finished ? 0 : plans[plan].dataTb * 0.6,
    lineFullHours: r * 0.5,
    liveUnservedGb: r === 4 ? 12.5 : 0,
  };
}

describe('migration notes across a map-reduce run', () => {
  it('the scenario plans a copy (the test reads real plans)', () => {
    expect(plans.length).toBeGreaterThan(0);
  });

  it('summarise as the notes do directly, in any batching and arrival order', () => {
    const n = 9;
    // Replication 5 carried no data for the copy: no note, left out of the figures.
    const notes = Array.from({ length: n }, (_, r) => (r === 5 ? [] : plans.map((_, p) => note(p, r))));
    const direct = summarizeMigrations(plans, notes);
    const batches = [
      [0, 2],
      [2, 7],
      [7, 9],
    ];
    for (const order of [
      [0, 1, 2],
      [2, 0, 1],
    ]) {
      const store = new MigrationStore(plans, n);
      for (const b of order) {
        const [start, end] = batches[b];
        store.put(start, packMigrationNotes(notes.slice(start, end), plans.length), end - start);
      }
      const rows = Array.from({ length: n }, (_, r) => r);
      expect(JSON.stringify(store.summarize(rows))).toBe(JSON.stringify(direct));
    }
    expect(direct[0].replications).toBe(n - 1);
    expect(direct[0].finishProbability).toBeCloseTo(5 / 8, 12);
  });

  it('holds nothing for a scenario without copies, and refuses notes of the wrong shape', () => {
    const none = new MigrationStore([], 100_000);
    none.put(0, new Float64Array(0), 10);
    expect(none.summarize([0, 1])).toBeUndefined();
    const store = new MigrationStore(plans, 4);
    expect(() => store.put(0, new Float64Array(3), 2)).toThrow(/expected/);
  });
});
