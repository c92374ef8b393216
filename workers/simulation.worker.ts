// Thin adapter: runs batches of replications in a browser Web Worker. The logic lives in
// src/runner/simulationApi.ts, which Node tests import directly. Partials go back as transferables;
// heartbeats and the liveness lock's name go as plain messages (src/runner/liveness.ts).
import '../src/scenario/zodJitless.ts'; // first: before any zod schema is built (CSP, see the module)
import * as Comlink from 'comlink';
import type { Reading } from '../src/runner/explainCosts.ts';
import { holdLivenessLock } from '../src/runner/liveness.ts';
import { createSimulationApi, partialBuffers, throttledBeat } from '../src/runner/simulationApi.ts';

const { prepare, runBatch, explain } = createSimulationApi();

const beat = throttledBeat(
  (runId, done) => self.postMessage({ luoheBeat: { runId, done } }),
  () => performance.now(),
);
holdLivenessLock((message) => self.postMessage(message));

Comlink.expose({
  prepare(runId: number, scenario: unknown) {
    prepare(runId, scenario);
  },
  runBatch(runId: number, start: number, end: number) {
    const partial = runBatch(runId, start, end, beat(runId));
    return Comlink.transfer(partial, partialBuffers(partial));
  },
  explain(runId: number, replication: number, reading: Reading) {
    return explain(runId, replication, reading);
  },
});
