/**
 * Cancelling a run keeps the simulation workers (their models compiled): a batch pauses every slice
 * of work to read its messages and stops when its run was cancelled or replaced, with the same
 * replications as a batch run straight through. On real Node workers, the run after a cancel uses
 * the same workers and gives the same numbers as a fresh pool.
 */
import { describe, expect, it } from 'vitest';
import { nodeWorkerFactory } from '../../src/runner/nodeWorkers.ts';
import { type WorkerFactory, WorkerPool } from '../../src/runner/pool.ts';
import { startScenarioRun } from '../../src/runner/scenarioRun.ts';
import { BATCH_CANCELLED, createSimulationApi, messagePause } from '../../src/runner/simulationApi.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';

const scenario = builtInScenario(BASELINE_ID)!;

describe('a batch that pauses between slices of work', () => {
  it('folds the same partial as a batch run straight through, bit for bit', async () => {
    const straight = createSimulationApi();
    straight.prepare(1, scenario);
    const yielding = createSimulationApi();
    yielding.prepare(1, scenario);
    let pauses = 0;
    const pause = () => {
      pauses++;
      return Promise.resolve();
    };
    // A slice of 0 ms pauses after every replication.
    const a = await yielding.runBatchYielding(1, 3, 9, pause, undefined, () => performance.now(), 0);
    const b = straight.runBatch(1, 3, 9);
    expect(pauses).toBe(5);
    expect(a).toEqual(b);
  });

  it('stops at the next pause when its run is cancelled, or when the next run is prepared; the worker then runs on', async () => {
    const api = createSimulationApi();
    api.prepare(1, scenario);
    // As the Node worker pauses: the messages (here, timers) that came meanwhile run first.
    const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
    let done = 0;
    const cancelled = api.runBatchYielding(
      1,
      0,
      50,
      pause,
      (n) => {
        done = n;
        if (n === 2) setTimeout(() => api.cancel(1), 0);
      },
      () => performance.now(),
      0,
    );
    await expect(cancelled).rejects.toThrow(BATCH_CANCELLED);
    expect(done).toBeLessThan(50);

    api.prepare(2, scenario);
    const replaced = api.runBatchYielding(
      2,
      0,
      50,
      pause,
      (n) => {
        if (n === 2) setTimeout(() => api.prepare(3, scenario), 0);
      },
      () => performance.now(),
      0,
    );
    await expect(replaced).rejects.toThrow(BATCH_CANCELLED);

    const fresh = createSimulationApi();
    fresh.prepare(3, scenario);
    expect(await api.runBatchYielding(3, 0, 4, pause)).toEqual(fresh.runBatch(3, 0, 4));
  });

  it("the browser worker's pause resolves (a message to itself, no timer clamping)", async () => {
    const pause = messagePause();
    await Promise.all([pause(), pause()]);
    await pause();
  });
});

describe('a run after a cancelled one, on Node workers', () => {
  it('uses the same workers and gives the numbers a fresh pool gives', { timeout: 60_000 }, async () => {
    let started = 0;
    const counting: WorkerFactory = (onCrash, onBeat) => {
      started++;
      return nodeWorkerFactory(onCrash, onBeat);
    };
    const pool = new WorkerPool(counting, 2);
    const fresh = new WorkerPool(nodeWorkerFactory, 2);
    try {
      const cancelled = startScenarioRun(pool, scenario, { replications: 400, batchSize: 100 });
      // Cancel once both workers are busy (a few replications in).
      await new Promise((r) => setTimeout(r, 1_500));
      cancelled.cancel();
      expect((await cancelled.outcome).outcome.status).toBe('cancelled');
      const again = await startScenarioRun(pool, scenario, { replications: 24 }).outcome;
      const reference = await startScenarioRun(fresh, scenario, { replications: 24 }).outcome;
      expect(again.outcome.status).toBe('done');
      expect(started).toBe(2);
      expect(JSON.stringify(again.summary)).toBe(JSON.stringify(reference.summary));
    } finally {
      pool.terminate();
      fresh.terminate();
    }
  });
});
