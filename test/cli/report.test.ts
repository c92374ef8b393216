import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRunReport, reportJson } from '../../src/cli/report.ts';
import { decimalsFor, roundMetric } from '../../src/cli/reportRounding.ts';
import { writeRunCsv } from '../../src/cli/writeCsv.ts';
import { ReplicationAggregator } from '../../src/results/aggregate.ts';
import { fingerprint } from '../../src/runner/fingerprint.ts';
import { createReplicator } from '../../src/runner/replicate.ts';
import { lifecycleAggregation, monthLabels } from '../../src/runner/scenarioRun.ts';
import { BUILT_IN_SCENARIOS } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

function summaryOf(scenario: Scenario, replications: number) {
  const replicate = createReplicator(scenario);
  const agg = new ReplicationAggregator({
    scenarioId: scenario.id,
    inputsHash: fingerprint(scenario),
    seed: scenario.simulation.seed,
    replications,
    monthLabels: monthLabels(scenario),
    quotaLimits: scenario.contract.quotas,
  });
  for (let i = 0; i < replications; i++) agg.add(replicate(i));
  return agg.summarize();
}

const expansion = BUILT_IN_SCENARIOS.get('luohe-2024-expansion')!;
const summary = summaryOf(expansion, 12);
const report = buildRunReport(expansion, summary);
const text = reportJson(report);

describe('run --json report', () => {
  it('carries the contract total it is judged against and the price per month, to the fen', () => {
    expect(report.contract).toEqual({
      totalInclVatCny: expansion.contract.totalInclVatCny,
      vatRate: '0.06',
      months: expansion.term.months,
      pricePerMonthInclVatCny: '160200.00',
      startDate: expansion.term.startDate,
    });
  });

  it('has no float noise: every number is written with at most its meaning’s decimals', () => {
    const numbers = text.match(/-?\d+\.\d+(e[+-]?\d+)?(?=[,\s\]}])/g) ?? [];
    expect(numbers.length).toBeGreaterThan(1000);
    const noisy = numbers.filter((n) => /\d{8,}/.test(n.split('.')[1] ?? ''));
    expect(noisy).toEqual([]);
    for (const [name, { band }] of Object.entries(report.series)) {
      const d = decimalsFor(name) ?? 6;
      for (const v of band.p50)
        expect(Math.abs(v - Number(v.toFixed(d)))).toBeLessThan(1e-9 * Math.max(1, Math.abs(v)));
    }
  });

  it('rounds to the unit: TB to the GB, Mbit/s to 0.1, availability to 10⁻⁶, 446.09999999999997 to 446.1', () => {
    expect(roundMetric('storageUsedTb', 12.345678)).toBe(12.346);
    expect(roundMetric('egressP95Mbps', 446.09999999999997)).toBe(446.1);
    expect(roundMetric('dbAvailability', 0.99999912345)).toBe(0.999999);
    expect(roundMetric('vmCount', 3.3333333)).toBe(3.33);
    expect(roundMetric('somethingNew', 1 / 3)).toBe(0.333333);
    expect(roundMetric('vcpuDemand', -0.0000001)).toBe(0);
  });

  it('explains refused placements by cause, with counts and the first month', () => {
    const r = report.refusals;
    expect(r.runsWithRefusal).toBeGreaterThan(0);
    expect(r.shareOfRuns).toBeCloseTo(r.runsWithRefusal / 12, 4);
    expect(r.firstRefusalHistogram).toHaveLength(expansion.term.months + 1);
    expect(r.firstRefusalHistogram.reduce((a, b) => a + b, 0)).toBe(12);
    expect(r.firstRefusalEarliestMonth).toMatch(/^\d{4}-\d{2}$/);
    const top = r.byCause[0];
    expect(top.runs).toBeGreaterThan(0);
    expect(top.firstMonthAnyRun).toMatch(/^\d{4}-\d{2}$/);
    expect(r.byCause.map((c) => c.cause).sort()).toEqual([
      'anti-affinity',
      'disk',
      'ha-reserve',
      'ram',
      'vcpu',
      'vm-count',
    ]);
  });

  it('gives the headroom per month at both readings, the cautious never above the likely', () => {
    const { likely, cautious } = report.headroom;
    expect(likely.vmsThatFit).toHaveLength(expansion.term.months);
    for (let m = 0; m < expansion.term.months; m++) {
      expect(cautious.vmsThatFit[m]!).toBeLessThanOrEqual(likely.vmsThatFit[m]!);
      expect(cautious.storageLeftTb[m]!).toBeLessThanOrEqual(likely.storageLeftTb[m]!);
      expect(cautious.egressHeadroomMbps[m]!).toBeLessThanOrEqual(likely.egressHeadroomMbps[m]!);
    }
    expect(report.headroom.shape).toEqual({ vcpu: 8, ramGb: 16, diskGb: 100 });
  });

  it('writes the CSV files with the same rounding (no 446.09999999999997 there either)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luohe-csv-'));
    writeRunCsv(dir, summary);
    const files = [...readdirSync(join(dir, 'series')).map((f) => join('series', f)), 'quotas.csv'];
    const noisy = files.flatMap((f) => readFileSync(join(dir, f), 'utf8').match(/\d+\.\d{8,}/g) ?? []);
    expect(noisy).toEqual([]);
  });

  it('rounds the migration answer and the lifecycle too: hours, TB, Mbit/s and shares, infinities as null', () => {
    const migrateOut = BUILT_IN_SCENARIOS.get('luohe-2025-migrate-out')!;
    const replicate = createReplicator(migrateOut);
    const agg = new ReplicationAggregator({
      scenarioId: migrateOut.id,
      inputsHash: fingerprint(migrateOut),
      seed: migrateOut.simulation.seed,
      replications: 4,
      ...lifecycleAggregation(migrateOut),
    });
    for (let i = 0; i < 4; i++) agg.add(replicate(i));
    const raw = agg.summarize();
    const out = buildRunReport(migrateOut, raw);
    const json = reportJson({ lifecycle: out.lifecycle, migrations: out.migrations });
    expect(out.migrations?.length).toBeGreaterThan(0);
    expect(JSON.stringify(raw.migrations)).toMatch(/\d\.\d{8,}/); // there was noise to remove
    expect(json.match(/\d+\.\d{7,}/g) ?? []).toEqual([]);
    const first = out.migrations![0];
    expect(first.windowHours).toBe(Number(raw.migrations![0].windowHours.toFixed(2)));
    expect(first.durationHours.p50).toBe(Number(raw.migrations![0].durationHours.p50.toFixed(2)));
    expect(first.finishProbability).toBe(Number(raw.migrations![0].finishProbability.toFixed(4)));
    expect(out.lifecycle?.shareInForce).toEqual(raw.lifecycle?.shareInForce.map((v) => Number(v.toFixed(6))));
    expect(out.lifecycle?.monthsInForce).toEqual(raw.lifecycle?.monthsInForce);
  }, 60_000);
});
