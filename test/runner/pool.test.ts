import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunPartial } from '../../src/results/partial.ts';
import { type BatchWorker, type WorkerFactory, WorkerPool } from '../../src/runner/pool.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

/** The part of a partial the pool reads: which replications it holds. */
const partialOf = (start: number, end: number) => ({ start, count: end - start }) as RunPartial;
/** These workers never read the scenario: any stands in for a validated one. */
const SCENARIO = {} as Scenario;

interface Behaviour {
  crashOnIndex?: number;
  crashTimes?: number;
  /** Batches never answer (a hung worker that still lives). */
  hang?: boolean;
  /** Workers started after this many die silently on their first batch: no error, no exit, no answer. */
  silentDeaths?: number;
  failWith?: string;
  /** Heartbeat after each replication, every `beatMs`, taking `beatMs` per replication. */
  beatMs?: number;
}

/** In-process workers that answer on a later tick; can crash, hang, fail, or die silently. */
function fakeFactory(behaviour: Behaviour) {
  const log = { started: 0, terminated: 0, prepared: 0, batches: [] as [number, number][] };
  let crashesLeft = behaviour.crashTimes ?? 0;
  let silentLeft = behaviour.silentDeaths ?? 0;
  const factory: WorkerFactory = (onCrash, onBeat) => {
    log.started++;
    let dead = false;
    return {
      prepare: async () => {
        log.prepared++;
      },
      runBatch(runId: number, start: number, end: number) {
        log.batches.push([start, end]);
        return new Promise<RunPartial>((resolve, reject) => {
          if (behaviour.hang) return;
          if (silentLeft > 0) {
            silentLeft--;
            dead = true;
            return;
          }
          const step = (i: number) => {
            if (dead) return;
            if (i < end && behaviour.beatMs) {
              onBeat?.(runId, i - start + 1);
              setTimeout(() => step(i + 1), behaviour.beatMs);
              return;
            }
            if (behaviour.failWith) return reject(new Error(behaviour.failWith));
            if (
              behaviour.crashOnIndex !== undefined &&
              start <= behaviour.crashOnIndex &&
              behaviour.crashOnIndex < end &&
              crashesLeft > 0
            ) {
              crashesLeft--;
              onCrash(new Error('out of memory'));
              return;
            }
            resolve(partialOf(start, end));
          };
          setTimeout(() => step(start), 1);
        });
      },
      terminate() {
        dead = true;
        log.terminated++;
      },
    } satisfies BatchWorker;
  };
  return { factory, log };
}

function collect() {
  const seen: number[] = [];
  return {
    seen,
    onPartial: (p: RunPartial) => seen.push(...Array.from({ length: p.count }, (_, i) => p.start + i)),
  };
}

/**
 * Runs `outcome` to its end on a fake clock: the stall timeout, heartbeats and the fake workers'
 * pace are then exact, whatever the machine's load (a real 15 ms timer can fire 50 ms late).
 */
async function onFakeClock<T>(outcome: Promise<T>): Promise<T> {
  await vi.runAllTimersAsync();
  return outcome;
}

const all = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('WorkerPool', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs every replication exactly once across the workers, preparing each worker once per run', async () => {
    const { factory, log } = fakeFactory({});
    const pool = new WorkerPool(factory, 3);
    const { seen, onPartial } = collect();
    const handle = pool.run({ scenario: SCENARIO, replications: 25, batchSize: 4, onPartial });
    expect(await handle.outcome).toEqual({ status: 'done', replications: 25 });
    expect(seen.sort((a, b) => a - b)).toEqual(all(25));
    expect(log.prepared).toBe(3);
    // Each worker's first batch is small (early bands), the rest the given size.
    expect(log.batches.slice(0, 3).map(([s, e]) => e - s)).toEqual([2, 2, 2]);
    expect(log.batches.slice(3, -1).every(([s, e]) => e - s === 4)).toBe(true);
  });

  it('hands a worker its next batch before merging the one it sent: the worker never waits on the merge', async () => {
    const { factory, log } = fakeFactory({});
    const pool = new WorkerPool(factory, 2);
    const batchesWhenMerged: number[] = [];
    const seen: number[] = [];
    const handle = pool.run({
      scenario: SCENARIO,
      replications: 30,
      batchSize: 4,
      onPartial: (p) => {
        batchesWhenMerged.push(log.batches.length);
        seen.push(...Array.from({ length: p.count }, (_, i) => p.start + i));
      },
    });
    expect(await handle.outcome).toEqual({ status: 'done', replications: 30 });
    expect(seen.sort((a, b) => a - b)).toEqual(all(30));
    // When the k-th partial (0-based) is merged, the 2 first batches and k + 1 more were handed out,
    // until none was left to hand out.
    const total = log.batches.length;
    batchesWhenMerged.forEach((handed, k) => {
      expect(handed).toBe(Math.min(total, k + 3));
    });
  });

  it('adapts batch sizes: few messages for a long run, shrinking towards the end', async () => {
    const { factory, log } = fakeFactory({});
    const pool = new WorkerPool(factory, 2);
    const { seen, onPartial } = collect();
    expect(await pool.run({ scenario: SCENARIO, replications: 20_000, onPartial }).outcome).toMatchObject({
      status: 'done',
    });
    expect(seen.length).toBe(20_000);
    expect(log.batches.length).toBeLessThan(260);
    const sizes = log.batches.map(([s, e]) => e - s);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(100);
    expect(sizes.at(-1)).toBeLessThan(Math.max(...sizes));
  });

  it('replaces a crashed worker, reports it and reruns its batch', async () => {
    const { factory, log } = fakeFactory({ crashOnIndex: 5, crashTimes: 1 });
    const pool = new WorkerPool(factory, 2);
    const crashes: string[] = [];
    const { seen, onPartial } = collect();
    const handle = pool.run({
      scenario: SCENARIO,
      replications: 12,
      batchSize: 3,
      onPartial,
      onWorkerCrash: (e) => crashes.push(e.message),
    });
    expect(await handle.outcome).toEqual({ status: 'done', replications: 12 });
    expect(crashes).toEqual(['out of memory']);
    expect(seen.sort((a, b) => a - b)).toEqual(all(12));
    expect(log.started).toBe(3);
    // The replacement was prepared before it ran the retried batch.
    expect(log.prepared).toBe(3);
  });

  it('fails the run when a batch keeps crashing its worker', async () => {
    const { factory } = fakeFactory({ crashOnIndex: 0, crashTimes: 99 });
    const pool = new WorkerPool(factory, 1);
    const outcome = await pool.run({ scenario: SCENARIO, replications: 3, onPartial: () => {} }).outcome;
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    // One line per language, naming what crashed, on which replications, and how often it was tried.
    expect(outcome.error.split('\n')).toEqual([
      'a worker crashed: out of memory (replications 0–1, tried 3 times)',
      '模拟工作线程崩溃：out of memory（第 0–1 次重复，已尝试 3 次）',
    ]);
  });

  it('fails with the simulation error when a batch rejects, without retrying', async () => {
    const { factory, log } = fakeFactory({ failWith: 'event budget exceeded' });
    const pool = new WorkerPool(factory, 2);
    const outcome = await pool.run({ scenario: SCENARIO, replications: 4, batchSize: 2, onPartial: () => {} })
      .outcome;
    expect(outcome).toMatchObject({ status: 'failed', error: 'event budget exceeded' });
    expect(log.batches.length).toBe(2);
  });

  it('takes a worker that dies silently for dead after the stall timeout, replaces it and retries its batch', async () => {
    vi.useFakeTimers();
    const { factory, log } = fakeFactory({ silentDeaths: 2 });
    const pool = new WorkerPool(factory, 2, { stallTimeoutMs: 40, now: () => Date.now() });
    const crashes: string[] = [];
    const { seen, onPartial } = collect();
    const outcome = await onFakeClock(
      pool.run({
        scenario: SCENARIO,
        replications: 10,
        batchSize: 3,
        onPartial,
        onWorkerCrash: (e) => crashes.push(e.message),
      }).outcome,
    );
    expect(outcome).toEqual({ status: 'done', replications: 10 });
    expect(seen.sort((a, b) => a - b)).toEqual(all(10));
    expect(crashes).toHaveLength(2);
    expect(crashes[0]).toMatch(/gave no word/);
    expect(log.started).toBe(4);
    expect(log.terminated).toBeGreaterThanOrEqual(2);
  });

  it('fails with a message when every replacement dies silently too', async () => {
    vi.useFakeTimers();
    const { factory } = fakeFactory({ silentDeaths: 99 });
    const pool = new WorkerPool(factory, 1, { stallTimeoutMs: 20, now: () => Date.now() });
    const outcome = await onFakeClock(
      pool.run({ scenario: SCENARIO, replications: 5, onPartial: () => {} }).outcome,
    );
    expect(outcome.status).toBe('failed');
    if (outcome.status === 'failed')
      expect(outcome.error).toMatch(/a worker crashed: the worker gave no word/);
  });

  it('keeps a slow worker that beats after each replication, and counts its replications in progress', async () => {
    vi.useFakeTimers();
    const { factory, log } = fakeFactory({ beatMs: 15 });
    // Each batch of 4 takes ~60 ms, longer than the 40 ms stall timeout, but it beats every 15 ms.
    const pool = new WorkerPool(factory, 1, { stallTimeoutMs: 40, now: () => Date.now() });
    const progress: number[] = [];
    const outcome = await onFakeClock(
      pool.run({
        scenario: SCENARIO,
        replications: 8,
        batchSize: 4,
        onPartial: () => {},
        onProgress: (d) => progress.push(d),
      }).outcome,
    );
    expect(outcome).toEqual({ status: 'done', replications: 8 });
    expect(log.started).toBe(1);
    // Progress moved inside batches (not only at 2, 6, 8) and never backwards.
    expect(progress.some((d) => d !== 2 && d !== 6 && d !== 8)).toBe(true);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(8);
  });

  it('cancel stops at once by terminating the busy workers, and the next run starts fresh ones', async () => {
    const hanging = fakeFactory({ hang: true });
    const pool = new WorkerPool(hanging.factory, 2);
    const handle = pool.run({ scenario: SCENARIO, replications: 100, onPartial: () => {} });
    handle.cancel();
    expect(await handle.outcome).toEqual({ status: 'cancelled', replications: 0 });
    expect(hanging.log.terminated).toBe(2);
  });
});

describe('WorkerPool, cancel keeps the workers', () => {
  /**
   * Workers that take 2 ms a replication and stop a batch at the next replication when cancelled
   * (rejecting, as runBatchYielding does); the first `stubborn` workers started ignore cancel and
   * never answer (a replication running away).
   */
  function cancellableFactory(stubborn = 0) {
    const events: string[] = [];
    let started = 0;
    let terminated = 0;
    const factory: WorkerFactory = () => {
      const id = started++;
      const ignores = id < stubborn;
      let cancelledRun = -1;
      return {
        prepare: async (runId) => {
          events.push(`w${id} prepare ${runId}`);
        },
        runBatch: (runId, start, end) =>
          new Promise<RunPartial>((resolve, reject) => {
            events.push(`w${id} batch ${runId} ${start}`);
            if (ignores) return;
            const step = (i: number) => {
              if (cancelledRun === runId) {
                events.push(`w${id} stopped ${runId}`);
                return reject(new Error('batch cancelled'));
              }
              if (i < end) setTimeout(() => step(i + 1), 2);
              else resolve(partialOf(start, end));
            };
            step(start);
          }),
        cancel: (runId) => {
          cancelledRun = runId;
        },
        terminate: () => {
          terminated++;
          events.push(`w${id} terminated`);
        },
      } satisfies BatchWorker;
    };
    return { factory, events, counts: () => ({ started, terminated }) };
  }

  it('asks the busy workers to stop and keeps them: the next run starts on each once its batch has stopped', async () => {
    const { factory, events, counts } = cancellableFactory();
    const pool = new WorkerPool(factory, 2);
    const first = pool.run({ scenario: SCENARIO, replications: 400, batchSize: 50, onPartial: () => {} });
    await new Promise((r) => setTimeout(r, 30));
    first.cancel();
    expect((await first.outcome).status).toBe('cancelled');
    const { seen, onPartial } = collect();
    const second = pool.run({ scenario: SCENARIO, replications: 120, batchSize: 50, onPartial });
    expect(await second.outcome).toEqual({ status: 'done', replications: 120 });
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 120 }, (_, i) => i));
    expect(counts()).toEqual({ started: 2, terminated: 0 });
    for (const w of ['w0', 'w1']) {
      const mine = events.filter((e) => e.startsWith(`${w} `));
      const stopped = mine.indexOf(`${w} stopped 1`);
      const next = mine.findIndex((e) => e.startsWith(`${w} batch 2`));
      expect(stopped, w).toBeGreaterThanOrEqual(0);
      expect(next, w).toBeGreaterThan(stopped);
    }
    pool.terminate();
  });

  it('replaces a worker that has not stopped within the grace time; the next run goes on without it', async () => {
    const { factory, events, counts } = cancellableFactory(1);
    const pool = new WorkerPool(factory, 2, { cancelGraceMs: 40 });
    const first = pool.run({ scenario: SCENARIO, replications: 400, batchSize: 50, onPartial: () => {} });
    await new Promise((r) => setTimeout(r, 10));
    first.cancel();
    expect((await first.outcome).status).toBe('cancelled');
    const second = pool.run({ scenario: SCENARIO, replications: 100, batchSize: 50, onPartial: () => {} });
    expect(await second.outcome).toEqual({ status: 'done', replications: 100 });
    expect(counts()).toEqual({ started: 3, terminated: 1 });
    expect(events).toContain('w0 terminated');
    expect(events.some((e) => e.startsWith('w2 batch 2'))).toBe(true);
    pool.terminate();
  });

  it('a run cancelled while a cancelled batch still drains waits for it too, and terminate clears every grace timer', async () => {
    vi.useFakeTimers();
    try {
      const { factory, counts } = cancellableFactory(2);
      const pool = new WorkerPool(factory, 2, { cancelGraceMs: 1_000 });
      const first = pool.run({ scenario: SCENARIO, replications: 100, batchSize: 50, onPartial: () => {} });
      await vi.advanceTimersByTimeAsync(5);
      first.cancel();
      const second = pool.run({ scenario: SCENARIO, replications: 100, batchSize: 50, onPartial: () => {} });
      second.cancel();
      expect((await second.outcome).status).toBe('cancelled');
      pool.terminate();
      expect(vi.getTimerCount()).toBe(0);
      expect(counts().terminated).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('WorkerPool, first batch alone (staggerMs)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Workers whose batches take `ms` each; every dispatch notes how many batches had answered by then. */
  function timedFactory(ms: (start: number) => number) {
    const dispatches: { worker: number; start: number; answeredBefore: number }[] = [];
    let answered = 0;
    let workers = 0;
    const factory: WorkerFactory = () => {
      const worker = workers++;
      return {
        prepare: async () => {},
        runBatch: (_runId, start, end) => {
          dispatches.push({ worker, start, answeredBefore: answered });
          return new Promise<RunPartial>((resolve) =>
            setTimeout(() => {
              answered++;
              resolve(partialOf(start, end));
            }, ms(start)),
          );
        },
        terminate: () => {},
      };
    };
    return { factory, dispatches };
  }

  it('gives the first batch to one worker and starts the others when its partial comes in', async () => {
    const { factory, dispatches } = timedFactory(() => 2);
    const pool = new WorkerPool(factory, 3, { staggerMs: 60_000 });
    const { seen, onPartial } = collect();
    const outcome = await pool.run({ scenario: SCENARIO, replications: 30, batchSize: 4, onPartial }).outcome;
    expect(outcome).toEqual({ status: 'done', replications: 30 });
    expect(seen.sort((a, b) => a - b)).toEqual(all(30));
    expect(dispatches[0]).toMatchObject({ worker: 0, start: 0, answeredBefore: 0 });
    // Nothing else went out before that first partial; then every worker took part.
    expect(dispatches.slice(1).every((d) => d.answeredBefore >= 1)).toBe(true);
    expect(new Set(dispatches.map((d) => d.worker))).toEqual(new Set([0, 1, 2]));
  });

  it('starts the others after staggerMs when the first batch is slow', async () => {
    vi.useFakeTimers();
    const { factory, dispatches } = timedFactory((start) => (start === 0 ? 1000 : 10));
    const pool = new WorkerPool(factory, 2, { staggerMs: 250 });
    const outcome = pool.run({
      scenario: SCENARIO,
      replications: 20,
      batchSize: 4,
      onPartial: () => {},
    }).outcome;
    await vi.advanceTimersByTimeAsync(249);
    expect(dispatches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(dispatches).toHaveLength(2);
    expect(dispatches[1]).toMatchObject({ worker: 1, answeredBefore: 0 });
    expect(await onFakeClock(outcome)).toEqual({ status: 'done', replications: 20 });
  });

  it('leaves no timer behind when the run is over before the others started', async () => {
    vi.useFakeTimers();
    const { factory, dispatches } = timedFactory(() => 5);
    const pool = new WorkerPool(factory, 4, { staggerMs: 250 });
    const outcome = pool.run({ scenario: SCENARIO, replications: 2, onPartial: () => {} }).outcome;
    await vi.advanceTimersByTimeAsync(5);
    expect(await outcome).toEqual({ status: 'done', replications: 2 });
    expect(dispatches).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('without it, every worker starts at once', async () => {
    const { factory, dispatches } = timedFactory(() => 2);
    const pool = new WorkerPool(factory, 3);
    await pool.run({ scenario: SCENARIO, replications: 30, batchSize: 4, onPartial: () => {} }).outcome;
    expect(dispatches.slice(0, 3).map((d) => d.answeredBefore)).toEqual([0, 0, 0]);
  });
});
