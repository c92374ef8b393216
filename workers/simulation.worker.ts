// Thin adapter: runs batches of replications in a browser Web Worker. The logic lives in
// src/runner/simulationApi.ts, which Node tests import directly. Partials go back as transferables;
// heartbeats and the liveness lock's name go as plain messages (src/runner/liveness.ts). It loads no
// validator (its scenarios come validated), so no zod and no zodJitless: a test keeps it so.
import * as Comlink from 'comlink';
import type { Reading } from '../src/runner/explainCosts.ts';
import { holdLivenessLock } from '../src/runner/liveness.ts';
import { createSimulationApi, partialBuffers, throttledBeat } from '../src/runner/simulationApi.ts';
import type { Scenario } from '../src/scenario/schema.ts';

const { prepare, runBatch, explain } = createSimulationApi();

const beat = throttledBeat(
  (runId, done) => self.postMessage({ luoheBeat: { runId, done } }),
  () => performance.now(),
);
holdLivenessLock((message) => self.postMessage(message));

Comlink.expose({
  prepare(runId: number, scenario: Scenario) {
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
