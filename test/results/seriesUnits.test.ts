/**
 * Every series a run's summary carries has its unit (JSON and CSV consumers read it), and the unit
 * agrees with what the results views show for that series.
 */
import { describe, expect, it } from 'vitest';
import { UNITS, type UnitId } from '../../src/app/format/units.ts';
import { METRIC_CATALOG } from '../../src/app/views/results/metricCatalog.ts';
import { runReplication } from '../../src/model/runReplication.ts';
import { QUOTA_METRICS } from '../../src/results/quotaMetrics.ts';
import { FRACTION, seriesUnit } from '../../src/results/seriesUnits.ts';
import { accumulatorFor } from '../../src/runner/scenarioRun.ts';
import { createSimulationApi } from '../../src/runner/simulationApi.ts';
import { BASELINE_ID, BUILT_IN_SCENARIOS, builtInScenario } from '../../src/scenario/library.ts';

describe('series units', () => {
  it('names the unit of every series any built-in scenario records, per-host series included', () => {
    const missing = new Set<string>();
    for (const [id, scenario] of BUILT_IN_SCENARIOS) {
      for (const name of Object.keys(runReplication(scenario, 0).series)) {
        if (!seriesUnit(name)) missing.add(`${name} (${id})`);
      }
    }
    expect([...missing]).toEqual([]);
    expect(seriesUnit('hostVcpuShare:host-07')).toBe(FRACTION);
    expect(seriesUnit('noSuchSeries')).toBeUndefined();
    expect(seriesUnit('noSuchPrefix:x')).toBeUndefined();
  });

  it('a run summary carries them (what --json and the CSV print)', () => {
    const scenario = builtInScenario(BASELINE_ID)!;
    const { prepare, runBatch } = createSimulationApi();
    prepare(1, scenario);
    const acc = accumulatorFor(scenario, 2);
    acc.merge(runBatch(1, 0, 2));
    const metrics = acc.summarize().metrics;
    expect(Object.keys(metrics).length).toBeGreaterThan(50);
    for (const [name, m] of Object.entries(metrics)) expect(m.unit, name).not.toBe('');
    expect(metrics.vcpuDemand.unit).toBe('vCPU');
    expect(metrics.smsDelayP95Seconds.unit).toBe('s');
    expect(metrics.serviceAvailability.unit).toBe(FRACTION);
  });

  it('agrees with the quota table and with the unit the results views show', () => {
    for (const q of QUOTA_METRICS) expect(seriesUnit(q.metric), q.metric).toBe(q.unit);
    // What a view's unit means in the summary's symbols; a percentage is a fraction in the data.
    const inData: Record<UnitId, string> = {
      vcpu: 'vCPU',
      cores: 'cores',
      ramGb: 'GB',
      dataGb: 'GB',
      tb: 'TB',
      tbFine: 'TB',
      mbps: 'Mbit/s',
      vms: 'VMs',
      vmsFine: 'VMs',
      messages: 'messages',
      requests: 'requests',
      events: 'events',
      percent: FRACTION,
      percentFine: FRACTION,
      points: FRACTION,
      pointsFine: FRACTION,
      hours: 'h',
      minutes: 'min',
      seconds: 's',
      runs: 'runs',
    };
    expect(Object.keys(inData).sort()).toEqual(Object.keys(UNITS).sort());
    for (const d of METRIC_CATALOG) {
      // The one series the views show as a percentage of a node, the data as multiples of it.
      const expected = d.metric === 'dbPeakLoadOfOneNode' ? '× one node' : inData[d.unit];
      expect(seriesUnit(d.metric), d.metric).toBe(expected);
    }
  });
});
