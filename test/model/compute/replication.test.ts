import { describe, expect, it } from 'vitest';
import { installCompute } from '../../../src/model/compute/installCompute.ts';
import { installDatabase } from '../../../src/model/database/databaseModel.ts';
import { runReplication } from '../../../src/model/runReplication.ts';
import { BASELINE_ID, builtInScenario } from '../../../src/scenario/library.ts';
import { lifecycleOf } from '../../../src/scenario/lifecycle.ts';
import { baselineInputs, runCompute } from './fixtures.ts';

const COMPUTE_SERIES = [
  'vcpuDemand',
  'vcpuAllocated',
  'vmCount',
  'hostFailures',
  'haHeadroomOk',
  'strandedVcpu',
];

describe('compute and database on the baseline', () => {
  const baseline = builtInScenario(BASELINE_ID)!;

  it('produces the quota series, replays to the bit, and differs across replications', () => {
    const a = runReplication(baseline, 3, [installCompute, installDatabase]);
    const b = runReplication(baseline, 3, [installCompute, installDatabase]);
    expect(a.series).toEqual(b.series);
    for (const name of [
      'vcpuDemand',
      'ramGbDemand',
      'diskTbDemand',
      'vmCountDemand',
      'dbPeakLoadOfOneNode',
    ]) {
      expect(a.series[name]).toHaveLength(baseline.term.months);
    }
    expect(a.series.vcpuDemand[0]).toBeGreaterThan(0);
    const growth = [0, 1, 2, 3, 4, 5].map(
      (r) => runReplication(baseline, r, [installCompute]).series.vcpuDemand[35],
    );
    expect(new Set(growth).size).toBeGreaterThan(1);
  });

  it('common random numbers: database inputs do not change the compute series', () => {
    const other = {
      ...baseline,
      database: {
        ...baseline.database,
        failoverSeconds: 120,
        nodeFailure: { kind: 'exponential' as const, meanHours: 300 },
      },
    };
    const a = runReplication(baseline, 5, [installCompute, installDatabase]);
    const b = runReplication(other, 5, [installCompute, installDatabase]);
    for (const name of COMPUTE_SERIES) expect(b.series[name]).toEqual(a.series[name]);
    expect(b.series.dbFailovers).not.toEqual(a.series.dbFailovers);
  });

  it('a migrate-out of the whole estate releases every VM on its leave date', () => {
    const inputs = baselineInputs();
    // Without an exit and a leave date, the systems leave on the copy's date (the lifecycle says so).
    const scenario = {
      ...baseline,
      compute: inputs.compute,
      timeline: [
        { kind: 'migrate-out' as const, date: '2023-07-15', systemIds: [], dataTb: 1, linkMbps: 100 },
      ],
    };
    inputs.systemLeaveMinute = lifecycleOf(scenario).systemLeaveMinute;
    const run = runCompute(inputs, 2, 12);
    expect(run.series.vmCount[5]).toBeGreaterThan(0);
    expect(run.series.vmCount[6]).toBe(0);
    expect(run.series.vcpuDemand[6]).toBeGreaterThan(0); // the peak of July is before the 15th
    expect(run.series.vcpuDemand[7]).toBe(0);
    expect(run.series.pendingRequests[11]).toBe(0);
  });
});
