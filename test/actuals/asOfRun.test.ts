/**
 * A calibrated scenario run as of a month: every measured history month equals the actuals in
 * every replication (P5 = P50 = P95 = the measured value), the months after spread as forecast,
 * and money keeps what was paid apart from what is projected, exactly to the fen.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { calibrateScenario } from '../../src/actuals/calibrate.ts';
import { readActualsCsv } from '../../src/actuals/readActualsFile.ts';
import { Money } from '../../src/contract/money.ts';
import type { RunSummary } from '../../src/results/types.ts';
import { inProcessWorkerFactory } from '../../src/runner/inProcessWorkers.ts';
import { createExplainingReplicator, createReplicator } from '../../src/runner/replicate.ts';
import { createRunCoordinator } from '../../src/runner/runCoordinator.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

function calibrated(): Scenario {
  const read = readActualsCsv(readFileSync('scenarios/luohe-2023-actuals.csv'));
  if (!read.ok) throw new Error('sample unreadable');
  const result = calibrateScenario(builtInScenario(BASELINE_ID)!, read.table, { source: 'sample' });
  if (!result.ok) throw new Error('calibration refused');
  return result.scenario;
}

describe('a calibrated scenario run as of 2024-12', () => {
  const scenario = calibrated();
  const history = scenario.actuals!.history;
  let summary!: RunSummary;

  beforeAll(async () => {
    const coordinator = createRunCoordinator(inProcessWorkerFactory, 2, () => 0);
    const final = await coordinator.run({ scenario, replications: 40 }, () => {});
    coordinator.terminate();
    if (final.status !== 'done') throw new Error(`run ${final.status}`);
    summary = final.summary;
  });

  it('history months equal the actuals exactly, in every replication', () => {
    const checks: [keyof typeof history, string, number][] = [
      ['vcpu_allocated', 'vcpuAllocated', 1],
      ['vcpu_allocated', 'vcpuDemand', 1],
      ['vm_count', 'vmCountDemand', 1],
      ['storage_primary_tb', 'storagePrimaryTb', 1],
      ['egress_p95_mbps', 'egressP95Mbps', 1],
      ['sms_sent', 'smsSent', 1],
      ['host_failures', 'hostFailures', 1],
      ['db_peak_cores', 'dbPeakLoadOfOneNode', 1 / scenario.database.coresPerNode],
    ];
    for (const [key, metric, scale] of checks) {
      const band = summary.metrics[metric].band;
      history[key]!.forEach((value, m) => {
        if (value === null) return;
        expect([band.p5[m], band.p50[m], band.p95[m]], `${metric} ${summary.monthLabels[m]}`).toEqual([
          value * scale,
          value * scale,
          value * scale,
        ]);
      });
    }
  });

  it('a blank history month of a fitted series is its fitted trend, the same in every replication', () => {
    const band = summary.metrics.egressP95Mbps.band;
    expect(history.egress_p95_mbps![7]).toBeNull();
    expect(band.p5[7]).toBe(band.p95[7]);
    expect(band.p50[7]).toBeGreaterThan(300);
  });

  it('derived series follow the carried ones: storage used, SMS year to date', () => {
    const run = createReplicator(scenario)(7);
    const {
      storagePrimaryTb: primary,
      storageBackupTb: backup,
      storageLogsTb: logs,
      storageUsedTb: used,
    } = run.series;
    for (const m of [0, 5, 23, 24, 35]) expect(used[m]).toBeCloseTo(primary[m] + backup[m] + logs[m], 9);
    expect(primary[5]).toBe(history.storage_primary_tb![5]);
    const sent = history.sms_sent!.slice(0, 3) as number[];
    expect(summary.metrics.smsYearToDate.band.p50[2]).toBe(sent[0] + sent[1] + sent[2]);
  });

  it('quota breaches count only the months after the as-of month', () => {
    // The measured SMS of 2024 passed the 1.5 M a year quota in November: history, not a risk.
    const smsYearToDate = summary.metrics.smsYearToDate.band.p50;
    const limit = scenario.contract.quotas.smsPerYear;
    expect(smsYearToDate.slice(0, 24).some((v) => v > limit)).toBe(true);
    for (const q of summary.quotas) {
      expect(
        q.breachProbabilityByMonth.slice(0, 24).every((p) => p === 0),
        q.quota,
      ).toBe(true);
      expect(
        q.firstBreachHistogram.slice(0, 24).every((n) => n === 0),
        q.quota,
      ).toBe(true);
      if (q.mostLikelyFirstBreachMonth !== null) expect(q.mostLikelyFirstBreachMonth).toBeGreaterThan(23);
    }
  });

  it('the months after the as-of month are forecast, with a spread that grows', () => {
    const band = summary.metrics.vcpuDemand.band;
    const spread = (m: number) => band.p95[m] - band.p5[m];
    expect(spread(24)).toBeGreaterThan(0);
    expect(spread(35)).toBeGreaterThan(spread(24));
    // Near the last measured value, growing with the fitted trend.
    expect(band.p50[24]).toBeGreaterThan(430);
    expect(band.p50[35]).toBeGreaterThan(band.p50[24]);
  });

  it('money: what was paid is the same in every replication, to the fen; only the rest spreads', () => {
    const cost = summary.cost!;
    const paidTotal = '3825576.00';
    expect([cost.cumulative.p5[23], cost.cumulative.p50[23], cost.cumulative.p95[23]]).toEqual([
      paidTotal,
      paidTotal,
      paidTotal,
    ]);
    expect(cost.monthlyGrossAfterDiscount.p50[5]).toBe('961200.00');
    expect(cost.monthlyGrossBeforeDiscount.p50[5]).toBe('961200.00');
    expect(cost.monthlyGrossAfterDiscount.p95[17]).toBe('941976.00');
    expect(cost.monthlyGrossAfterDiscount.p5[1]).toBe('0.00');
    expect(cost.installments.gross.p5.slice(0, 4)).toEqual([
      '961200.00',
      '961200.00',
      '941976.00',
      '961200.00',
    ]);
    expect(cost.installments.gross.p95.slice(0, 4)).toEqual([
      '961200.00',
      '961200.00',
      '941976.00',
      '961200.00',
    ]);
    const projected = new Money(cost.total.p50).minus(paidTotal);
    expect(projected.greaterThan(1_500_000)).toBe(true);
    expect(new Money(cost.total.p95).greaterThan(cost.total.p5)).toBe(true);
  });

  it('the explained runs add up: paid months as one line each, their totals the figures shown', () => {
    const explained = summary.costExplained!.likely;
    expect(explained.settlement.totalInclVatCny).toBe(summary.cost!.total.p50);
    const june = explained.settlement.months[5];
    expect(june.lines).toEqual([
      { itemId: 'paid-actual', quantity: 1, unitPriceCny: '961200.00', amountCny: '961200.00' },
    ]);
    const fast = createReplicator(scenario)(3);
    const full = createExplainingReplicator(scenario)(3);
    expect(fast.cost).toEqual(full.cost);
  });
});
