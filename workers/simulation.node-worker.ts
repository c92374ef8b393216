// Thin adapter: the same simulation API as simulation.worker.ts, on Node worker_threads (the CLI).
import { parentPort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { Reading } from '../src/runner/explainCosts.ts';
import { createSimulationApi, partialBuffers, throttledBeat } from '../src/runner/simulationApi.ts';
import type { Scenario } from '../src/scenario/schema.ts';

const { prepare, runBatchYielding, cancel, explain } = createSimulationApi();
/** After the messages waiting in the port (setImmediate runs after the loop has read them). */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

if (!parentPort) throw new Error('simulation.node-worker.ts must run in a worker thread');
const port = parentPort;
const beat = throttledBeat(
  (runId, done) => port.postMessage({ luoheBeat: { runId, done } }),
  () => performance.now(),
);
Comlink.expose(
  {
    prepare(runId: number, scenario: Scenario) {
      prepare(runId, scenario);
    },
    async runBatch(runId: number, start: number, end: number) {
      const partial = await runBatchYielding(runId, start, end, pause, beat(runId));
      return Comlink.transfer(partial, partialBuffers(partial));
    },
    cancel(runId: number) {
      cancel(runId);
    },
    explain(runId: number, replication: number, reading: Reading) {
      return explain(runId, replication, reading);
    },
  },
  nodeEndpoint(port),
);
