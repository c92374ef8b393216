// Thin adapter: the same simulation API as simulation.worker.ts, on Node worker_threads (the CLI).
import { parentPort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { BatchRequest } from '../src/runner/pool.ts';
import { runBatch, transferablesOf } from '../src/runner/simulationApi.ts';

if (!parentPort) throw new Error('simulation.node-worker.ts must run in a worker thread');
Comlink.expose(
  {
    runBatch(request: BatchRequest) {
      const results = runBatch(request);
      return Comlink.transfer(results, transferablesOf(results));
    },
  },
  nodeEndpoint(parentPort),
);
