import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { watchNodeWorker } from '../../src/runner/nodeWorkers.ts';

/** A worker thread running `code`, watched as the CLI's pool watches its simulation workers. */
function watched(code: string) {
  const worker = new Worker(code, { eval: true });
  const crashes: string[] = [];
  const beats: number[] = [];
  let stop = () => {};
  const crashed = new Promise<void>((resolve) => {
    stop = watchNodeWorker(
      worker,
      (e) => {
        crashes.push(e.message);
        resolve();
      },
      (_runId, done) => beats.push(done),
    );
  });
  return { worker, crashes, beats, crashed, stop };
}

describe('Node simulation workers that end without a word', () => {
  it('count an exit with code 0 as a crash (a closed port ends a worker quietly)', async () => {
    const w = watched(`require('node:worker_threads').parentPort.close();`);
    await w.crashed;
    expect(w.crashes).toEqual(['the simulation worker exited (code 0)']);
  });

  it('count process.exit and an uncaught error as crashes, once each', async () => {
    const exit = watched('process.exit(3);');
    const thrown = watched(`throw new Error('out of memory');`);
    await Promise.all([exit.crashed, thrown.crashed]);
    expect(exit.crashes).toEqual(['the simulation worker exited (code 3)']);
    expect(thrown.crashes[0]).toBe('out of memory');
  });

  it('pass heartbeats on, and ignore the exit of a worker terminated on purpose', async () => {
    const w = watched(
      `const { parentPort } = require('node:worker_threads'); parentPort.postMessage({ luoheBeat: { runId: 1, done: 3 } }); setInterval(() => {}, 1000);`,
    );
    await expect.poll(() => w.beats).toEqual([3]);
    w.stop();
    await w.worker.terminate();
    expect(w.crashes).toEqual([]);
  });
});
