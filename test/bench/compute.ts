/**
 * `compute.*`: the compute and database models (issue 5) on one 36-month baseline replication.
 * - replicationMs: median wall time of runReplication(baseline, i, [compute, database]) after warm-up;
 * - floorEventsEquivalent: that time ÷ the floor's time per event (test/bench/floorMM1.ts, measured
 *   here in the same process): how many floor events one replication costs;
 * - eventsPerReplication: kernel events of one replication (month ends included), mean;
 * - placement quality on instances with a known optimum (test/model/compute/packingInstances.ts).
 */
import { installCompute } from '../../src/model/compute/installCompute.ts';
import { installDatabase } from '../../src/model/database/databaseModel.ts';
import { runReplication } from '../../src/model/runReplication.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';
import { placementQuality } from '../model/compute/packingInstances.ts';
import { runFloorMM1 } from './floorMM1.ts';
import { type BenchSection, median, timed } from './timing.ts';

const MODELS = [installCompute, installDatabase];
const REPETITIONS = 200;
const FLOOR_EVENTS = 1_000_000;

export function benchSection(): BenchSection {
  process.stderr.write('compute: compute + database models on the baseline…\n');
  const scenario = builtInScenario(BASELINE_ID);
  if (!scenario) throw new Error(`built-in scenario '${BASELINE_ID}' is missing`);
  for (let i = 0; i < 50; i++) runReplication(scenario, i, MODELS);
  const times: number[] = [];
  let events = 0;
  for (let i = 0; i < REPETITIONS; i++) {
    const run = timed(() => runReplication(scenario, 1000 + i, MODELS));
    times.push(run.ms);
    events += run.result.eventsProcessed;
  }
  const replicationMs = median(times);
  runFloorMM1(FLOOR_EVENTS);
  const floorMsPerEvent = median(
    [0, 1, 2].map(() => timed(() => runFloorMM1(FLOOR_EVENTS)).ms / FLOOR_EVENTS),
  );
  const quality = Object.fromEntries(placementQuality(100, 10).map((q) => [q.policy, q]));
  return {
    compute: {
      replicationMs: Number(replicationMs.toFixed(3)),
      floorEventsEquivalent: Math.round(replicationMs / floorMsPerEvent),
      eventsPerReplication: Number((events / REPETITIONS).toFixed(1)),
      firstFitHostsOverOptimum: Number(quality['first-fit'].hostsUsedRatio.toFixed(3)),
      bestFitHostsOverOptimum: Number(quality['best-fit'].hostsUsedRatio.toFixed(3)),
      spreadHostsOverOptimum: Number(quality.spread.hostsUsedRatio.toFixed(3)),
      firstFitUnplacedAtOptimum: Number(quality['first-fit'].unplacedShareAtOptimum.toFixed(3)),
      bestFitUnplacedAtOptimum: Number(quality['best-fit'].unplacedShareAtOptimum.toFixed(3)),
      spreadUnplacedAtOptimum: Number(quality.spread.unplacedShareAtOptimum.toFixed(3)),
    },
  };
}
