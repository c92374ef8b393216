// Thin adapter: runs batches of replications in a browser Web Worker. The logic lives in
// src/runner/simulationApi.ts, which Node tests import directly. Partials go back as transferables;
// heartbeats and the liveness lock's name go as plain messages (src/runner/liveness.ts). It loads no
// validator (its scenarios come validated), so no zod and no zodJitless: a test keeps it so.
import * as Comlink from 'comlink';
import type { Reading } from '../src/runner/explainCosts.ts';
import { holdLivenessLock } from '../src/runner/liveness.ts';
import {
  createSimulationApi,
  messagePause,
  partialBuffers,
  throttledBeat,
} from '../src/runner/simulationApi.ts';
import type { Scenario } from '../src/scenario/schema.ts';

const { prepare, runBatchYielding, cancel, explain } = createSimulationApi();
const pause = messagePause();

const beat = throttledBeat(
  (runId, done) => self.postMessage({ luoheBeat: { runId, done } }),
  () => performance.now(),
);
holdLivenessLock((message) => self.postMessage(message));

Comlink.expose({
  prepare(runId: number, scenario: Scenario) {
    prepare(runId, scenario);
  },
  // Pauses between replications read a cancel (or the next run) that came meanwhile: the run stops
  // and this worker, its models compiled, stays for the next one.
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
});
