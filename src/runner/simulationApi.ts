import type { ReplicationResult } from '../results/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import { loadScenario } from '../scenario/validate.ts';
import type { BatchRequest } from './pool.ts';
import { createReplicator } from './replicate.ts';

/**
 * What a simulation worker does, as plain functions that Node tests call directly; the files in
 * workers/ only expose them. A worker keeps the last scenario it prepared, so the batches of one run
 * validate and price the scenario once.
 */
let prepared: { json: string; replicate: ReturnType<typeof createReplicator> } | null = null;

function replicatorFor(scenario: unknown): ReturnType<typeof createReplicator> {
  const json = JSON.stringify(scenario);
  if (prepared?.json === json) return prepared.replicate;
  const checked = loadScenario(scenario);
  if (!checked.ok) {
    const first = checked.issues.slice(0, 3).map((i) => i.message);
    throw new Error(`the scenario is not valid: ${first.join('; ')}`);
  }
  const replicate = createReplicator(checked.scenario as Scenario);
  prepared = { json, replicate };
  return replicate;
}

export function runBatch(request: BatchRequest): ReplicationResult[] {
  const replicate = replicatorFor(request.scenario);
  return request.indices.map(replicate);
}

/** The distinct ArrayBuffers of a batch's series, to hand over as transferables (never copied). */
export function transferablesOf(results: readonly ReplicationResult[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const r of results) {
    for (const series of Object.values(r.series)) buffers.add(series.buffer as ArrayBuffer);
  }
  return [...buffers];
}

export const simulationApi = { runBatch };
export type SimulationApi = typeof simulationApi;
