// Thin adapter: runs batches of replications in a browser Web Worker. The logic lives in
// src/runner/simulationApi.ts, which Node tests import directly. Series go back as transferables.
import * as Comlink from 'comlink';
import type { BatchRequest } from '../src/runner/pool.ts';
import { runBatch, transferablesOf } from '../src/runner/simulationApi.ts';

Comlink.expose({
  runBatch(request: BatchRequest) {
    const results = runBatch(request);
    return Comlink.transfer(results, transferablesOf(results));
  },
});
