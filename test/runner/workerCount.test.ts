import { describe, expect, it } from 'vitest';
import { inProcessWorkerFactory } from '../../src/runner/inProcessWorkers.ts';
import type { WorkerFactory } from '../../src/runner/pool.ts';
import { createRunCoordinator, type RunFinal } from '../../src/runner/runCoordinator.ts';
import { builtInScenario } from '../../src/scenario/library.ts';

/**
 * Same scenario and seed ⇒ the same bytes, whatever the number of workers, the batch sizes and the
 * order the batches come back in: the whole summary (bands, sketches' percentiles, money to the fen,
 * quota risk, refusals, explanations) and the per-replication totals and breach flags that paired
 * comparisons read under common random numbers. The CLI's end-to-end check over real threads is in
 * determinism.test.ts; this one goes through the run worker's coordinator and shuffles arrival order
 * on purpose, which real threads only do by chance.
 */

/** In-process workers whose batches come back after a pseudo-random delay (seeded: the test repeats). */
function shuffledFactory(seed: number, arrivals: number[]): WorkerFactory {
  let state = seed >>> 0;
  const nextDelay = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return (state % 12) * 25;
  };
  return (onCrash, onBeat) => {
    const inner = inProcessWorkerFactory(onCrash, onBeat);
    return {
      ...inner,
      runBatch: async (runId, start, end) => {
        const partial = await inner.runBatch(runId, start, end);
        await new Promise((r) => setTimeout(r, nextDelay()));
        arrivals.push(start);
        return partial;
      },
    };
  };
}

interface Layout {
  workers: number;
  batchSize?: number;
  shuffle?: number;
}

const LAYOUTS: Layout[] = [
  { workers: 1, batchSize: 16 },
  { workers: 2 },
  { workers: 3, batchSize: 1, shuffle: 7 },
  { workers: 5, batchSize: 4, shuffle: 11 },
];

async function runWith(id: string, layout: Layout, replications: number) {
  const arrivals: number[] = [];
  const factory =
    layout.shuffle === undefined ? inProcessWorkerFactory : shuffledFactory(layout.shuffle, arrivals);
  const coordinator = createRunCoordinator(factory, layout.workers, () => 0);
  const final: RunFinal = await coordinator.run(
    {
      scenario: builtInScenario(id),
      replications,
      batchSize: layout.batchSize,
      perReplication: true,
      summaryIntervalMs: 0,
    },
    () => {},
  );
  coordinator.terminate();
  if (final.status !== 'done') throw new Error(`${id} on ${layout.workers} workers: ${final.status}`);
  return {
    summary: JSON.stringify(final.summary),
    perReplication: JSON.stringify(final.perReplication),
    arrivals,
    final,
  };
}

describe('the same numbers whatever the number of workers, batch sizes and arrival order', () => {
  for (const id of ['luohe-2023-baseline', 'luohe-2025-migrate-out', 'stress-db-failure']) {
    it(`${id}: 1, 2, 3 and 5 workers, one batch, adaptive, 1 and 4, shuffled`, async () => {
      const replications = 16;
      const runs = [];
      for (const layout of LAYOUTS) runs.push(await runWith(id, layout, replications));
      const [one, ...rest] = runs;
      // The shuffled layouts did bring batches back out of replication order.
      for (const run of runs.filter((_, i) => LAYOUTS[i].shuffle !== undefined))
        expect(run.arrivals).not.toEqual([...run.arrivals].sort((a, b) => a - b));
      for (const run of rest) {
        expect(run.summary).toBe(one.summary);
        expect(run.perReplication).toBe(one.perReplication);
      }
      // What was compared is the real thing: every replication, money to the fen, per-replication flags.
      const final = one.final;
      if (final.status !== 'done') return;
      expect(final.summary.replications).toBe(replications);
      expect(final.summary.cost?.total.p50).toMatch(/^\d+\.\d{2}$/);
      expect(final.perReplication?.replications).toEqual(Array.from({ length: replications }, (_, i) => i));
      expect(final.perReplication?.totals.every((t) => typeof t === 'string')).toBe(true);
      expect(Object.keys(final.perReplication?.breached ?? {}).length).toBeGreaterThan(0);
    }, 240_000);
  }

  it('a different seed gives different per-replication totals (the comparison above can fail)', async () => {
    const a = await runWith('luohe-2023-baseline', { workers: 2 }, 6);
    const scenario = structuredClone(builtInScenario('luohe-2023-baseline'))!;
    scenario.simulation.seed = 7;
    const coordinator = createRunCoordinator(inProcessWorkerFactory, 2, () => 0);
    const b = await coordinator.run({ scenario, replications: 6, perReplication: true }, () => {});
    coordinator.terminate();
    expect(b.status).toBe('done');
    if (b.status === 'done') expect(JSON.stringify(b.perReplication)).not.toBe(a.perReplication);
  }, 120_000);
});
