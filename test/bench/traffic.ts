/**
 * `traffic.*`: the storage, network and SMS models (issue 6) on one baseline replication, without
 * compute or database: median wall time of a replication after warm-up, and of each model alone.
 * Budget (issue 7: 1,000 replications in ≤ 5 s on 2 workers, ≤ ~9 ms a full replication): network
 * ≤ 2.5 ms, SMS ≤ 1.5 ms, storage ≈ 0.5 ms on the baseline.
 */

import type { InstallModel } from '../../src/model/context.ts';
import { installNetwork } from '../../src/model/network/installNetwork.ts';
import { runReplication } from '../../src/model/runReplication.ts';
import { installSms } from '../../src/model/sms/installSms.ts';
import { installStorage } from '../../src/model/storage/installStorage.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';
import { type BenchSection, median, timed } from './timing.ts';

function medianMs(models: InstallModel[], repetitions: number): number {
  const scenario = builtInScenario(BASELINE_ID)!;
  for (let i = 0; i < 20; i++) runReplication(scenario, i, models);
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) times.push(timed(() => runReplication(scenario, 100 + i, models)).ms);
  return median(times);
}

export function benchSection(): BenchSection {
  process.stderr.write('traffic: storage, network and SMS models…\n');
  const all = medianMs([installStorage, installNetwork, installSms], 60);
  return {
    traffic: {
      replicationMs: Number(all.toFixed(3)),
      storageMs: Number(medianMs([installStorage], 60).toFixed(3)),
      networkMs: Number(medianMs([installNetwork], 60).toFixed(3)),
      smsMs: Number(medianMs([installSms], 60).toFixed(3)),
    },
  };
}
