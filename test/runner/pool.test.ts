import { describe, expect, it } from 'vitest';
import type { ReplicationResult } from '../../src/results/types.ts';
import { type BatchRequest, type BatchWorker, WorkerPool } from '../../src/runner/pool.ts';

/** An in-process worker: resolves each batch on a later tick; can be told to crash or hang. */
function fakeFactory(behaviour: {
  crashOnIndex?: number;
  crashTimes?: number;
  hang?: boolean;
  failWith?: string;
}) {
  const log = { started: 0, terminated: 0, batches: [] as number[][] };
  let crashesLeft = behaviour.crashTimes ?? 0;
  const factory = (onCrash: (e: Error) => void): BatchWorker => {
    log.started++;
    return {
      runBatch(request: BatchRequest) {
        log.batches.push(request.indices);
        return new Promise<ReplicationResult[]>((resolve, reject) => {
          if (behaviour.hang) return;
          setTimeout(() => {
            if (behaviour.failWith) return reject(new Error(behaviour.failWith));
            if (request.indices.includes(behaviour.crashOnIndex ?? -1) && crashesLeft > 0) {
              crashesLeft--;
              onCrash(new Error('out of memory'));
              return;
            }
            resolve(
              request.indices.map((i) => ({
                replication: i,
                seed: i,
                series: { x: Float64Array.of(i) },
                eventsProcessed: 1,
              })),
            );
          }, 1);
        });
      },
      terminate() {
        log.terminated++;
      },
    };
  };
  return { factory, log };
}

describe('WorkerPool', () => {
  it('runs every replication exactly once across the workers', async () => {
    const { factory } = fakeFactory({});
    const pool = new WorkerPool(factory, 3);
    const seen: number[] = [];
    const handle = pool.run({
      scenario: {},
      replications: 25,
      batchSize: 4,
      onResults: (r) => seen.push(...r.map((x) => x.replication)),
    });
    expect(await handle.outcome).toEqual({ status: 'done', replications: 25 });
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });

  it('replaces a crashed worker, reports it and reruns its batch', async () => {
    const { factory, log } = fakeFactory({ crashOnIndex: 5, crashTimes: 1 });
    const pool = new WorkerPool(factory, 2);
    const crashes: string[] = [];
    const seen = new Set<number>();
    const handle = pool.run({
      scenario: {},
      replications: 12,
      batchSize: 3,
      onResults: (r) => {
        for (const x of r) seen.add(x.replication);
      },
      onWorkerCrash: (e) => crashes.push(e.message),
    });
    expect(await handle.outcome).toEqual({ status: 'done', replications: 12 });
    expect(crashes).toEqual(['out of memory']);
    expect(seen.size).toBe(12);
    expect(log.started).toBe(3);
  });

  it('fails the run when a batch keeps crashing its worker', async () => {
    const { factory } = fakeFactory({ crashOnIndex: 0, crashTimes: 99 });
    const pool = new WorkerPool(factory, 1);
    const outcome = await pool.run({ scenario: {}, replications: 3, onResults: () => {} }).outcome;
    expect(outcome.status).toBe('failed');
  });

  it('fails with the simulation error when a batch rejects, without retrying', async () => {
    const { factory, log } = fakeFactory({ failWith: 'event budget exceeded' });
    const pool = new WorkerPool(factory, 2);
    const outcome = await pool.run({ scenario: {}, replications: 4, batchSize: 2, onResults: () => {} })
      .outcome;
    expect(outcome).toMatchObject({ status: 'failed', error: 'event budget exceeded' });
    expect(log.batches.length).toBe(2);
  });

  it('cancel stops at once by terminating the busy workers, and the next run starts fresh ones', async () => {
    const hanging = fakeFactory({ hang: true });
    const pool = new WorkerPool(hanging.factory, 2);
    const handle = pool.run({ scenario: {}, replications: 100, onResults: () => {} });
    handle.cancel();
    expect(await handle.outcome).toEqual({ status: 'cancelled', replications: 0 });
    expect(hanging.log.terminated).toBe(2);
  });
});
