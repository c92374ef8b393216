import { describe, expect, it } from 'vitest';
import { ReplicationAggregator } from '../../src/results/aggregate.ts';
import type { ReplicationResult } from '../../src/results/types.ts';
import { percentiles } from './exactPercentiles.ts';

const labels = ['2023-01', '2023-02', '2023-03'];

function rep(replication: number, vcpu: number[]): ReplicationResult {
  return {
    replication,
    seed: replication,
    series: { vcpuDemand: Float64Array.from(vcpu) },
    eventsProcessed: 0,
  };
}

function aggregator(replications: number) {
  return new ReplicationAggregator({
    scenarioId: 't',
    inputsHash: 'h',
    seed: 1,
    replications,
    monthLabels: labels,
    quotaLimits: { vcpu: 100 },
    units: { vcpuDemand: 'vCPU' },
  });
}

describe('percentiles', () => {
  it('interpolates between order statistics like NumPy', () => {
    expect(percentiles([1, 2, 3, 4], [0, 0.5, 1, 0.25])).toEqual([1, 2.5, 4, 1.75]);
    expect(percentiles([7], [0.05, 0.95])).toEqual([7, 7]);
  });
});

describe('ReplicationAggregator', () => {
  it('computes bands per month across replications', () => {
    const agg = aggregator(5);
    for (let r = 0; r < 5; r++) agg.add(rep(r, [r, 10 * r, 100]));
    const band = agg.summarize().metrics.vcpuDemand.band;
    expect(band.p50).toEqual([2, 20, 100]);
    expect(band.mean).toEqual([2, 20, 100]);
    expect(band.p5[0]).toBeCloseTo(0.2, 12);
    expect(band.p95[1]).toBeCloseTo(38, 12);
  });

  it('gives breach probability by month, the first-breach histogram and the excess', () => {
    const agg = aggregator(4);
    agg.add(rep(0, [90, 95, 99])); // never
    agg.add(rep(1, [90, 101, 120])); // first in month 1, excess 20
    agg.add(rep(2, [90, 110, 90])); // first in month 1, excess 10
    agg.add(rep(3, [130, 90, 90])); // first in month 0, excess 30
    const q = agg.summarize().quotas.find((x) => x.quota === 'vcpu')!;
    expect(q.breachProbabilityByMonth).toEqual([0.25, 0.75, 0.75]);
    expect(q.firstBreachHistogram).toEqual([1, 2, 0, 1]);
    expect(q.mostLikelyFirstBreachMonth).toBe(1);
    expect(q.excessP50).toBe(15);
    expect(q.peakP50).toBe(115);
    expect(q.peakShareOfLimitP50).toBeUndefined(); // one limit: peakP50 ÷ limit says it
  });

  it('counts only the months that count (an exit, an as-of month) and the limit in force each month', () => {
    const agg = new ReplicationAggregator({
      scenarioId: 't',
      inputsHash: 'h',
      seed: 1,
      replications: 4,
      monthLabels: labels,
      quotaLimits: { vcpu: 100 },
      // An expansion to 120 from month 1; month 2 is after an exit.
      quotaLimitsByMonth: { vcpu: [100, 120, 120] },
      countedMonths: [1, 1, 0],
    });
    agg.add(rep(0, [90, 95, 99])); // never
    agg.add(rep(1, [90, 101, 200])); // 101 ≤ 120; 200 after the exit: never
    agg.add(rep(2, [90, 130, 90])); // month 1, excess 10
    agg.add(rep(3, [130, 90, 500])); // month 0, excess 30; 500 after the exit does not count
    const q = agg.summarize().quotas.find((x) => x.quota === 'vcpu')!;
    expect(q.breachProbabilityByMonth).toEqual([0.25, 0.5, 0.5]);
    expect(q.breachProbabilityInMonth).toEqual([0.25, 0.25, 0]);
    expect(q.firstBreachHistogram).toEqual([1, 1, 0, 2]);
    expect(q.limit).toBe(100);
    expect(q.limitByMonth).toEqual([100, 120, 120]);
    expect(q.peakP50).toBe(115.5); // peaks over counted months: 95, 101, 130, 130
    expect(q.excessP95).toBeCloseTo(27, 12); // excesses 0, 0, 10, 30 (month 0's limit is 100)
    // Each month against its own limit, the tightest counted month: 0.9, 0.9, 130/120, 130/100.
    expect(q.peakShareOfLimitP50).toBeCloseTo((0.9 + 130 / 120) / 2, 12);
    expect(q.peakShareOfLimitP95).toBeCloseTo(130 / 120 + 0.85 * (1.3 - 130 / 120), 12);
    expect(agg.perReplication().breached.vcpu).toEqual([false, false, true, true]);
  });

  it('does not depend on the order replications arrive in, and counts a replay once', () => {
    const a = aggregator(6);
    const b = aggregator(6);
    const reps = Array.from({ length: 6 }, (_, r) => rep(r, [r * 0.1 + 0.7, r * r, 3 - r]));
    for (const x of reps) a.add(x);
    for (const x of [...reps].reverse()) b.add(x);
    b.add(reps[2]);
    expect(JSON.stringify(b.summarize())).toBe(JSON.stringify(a.summarize()));
    expect(b.replicationsDone).toBe(6);
  });

  it('summarises partial results as they arrive', () => {
    const agg = aggregator(10);
    agg.add(rep(7, [1, 2, 3]));
    const s = agg.summarize();
    expect(s.replications).toBe(1);
    expect(s.metrics.vcpuDemand.band.p50).toEqual([1, 2, 3]);
  });

  it('reports no quota risk when no replication breaches', () => {
    const agg = aggregator(2);
    agg.add(rep(0, [1, 2, 3]));
    agg.add(rep(1, [1, 2, 3]));
    const q = agg.summarize().quotas[0];
    expect(q.mostLikelyFirstBreachMonth).toBeNull();
    expect(q.breachProbabilityByMonth).toEqual([0, 0, 0]);
  });
});

describe('money across replications', () => {
  it('picks nearest-rank percentiles and the exact mean to the fen', async () => {
    const { moneyStats } = await import('../../src/results/moneyStats.ts');
    const amounts = ['10.00', '0.01', '5.55', '7.00', '3.33'];
    expect(moneyStats(amounts)).toEqual({ p5: '0.01', p50: '5.55', p95: '10.00', mean: '5.18' });
    expect(moneyStats(['1.00', '2.00'])).toEqual({ p5: '1.00', p50: '1.00', p95: '2.00', mean: '1.50' });
  });

  it('summarises replication costs into bands and the chance of exceeding the contract total', () => {
    const agg = aggregator(3);
    const cost = (m: string, exceeded: number | null) => ({
      monthlyGrossBeforeDiscountCny: [m, m, m],
      monthlyGrossAfterDiscountCny: [m, m, m],
      cumulativeCny: [m, m, m],
      installments: [{ grossCny: m, vatCny: '0.00', discountCny: '0.00' }],
      totalInclVatCny: m,
      totalDiscountCny: '0.00',
      monthContractTotalExceeded: exceeded,
    });
    agg.add({ ...rep(0, [1, 1, 1]), cost: cost('100.00', null) });
    agg.add({ ...rep(1, [1, 1, 1]), cost: cost('300.00', 2) });
    agg.add({ ...rep(2, [1, 1, 1]), cost: cost('200.01', null) });
    const c = agg.summarize().cost!;
    expect(c.total).toEqual({ p5: '100.00', p50: '200.01', p95: '300.00', mean: '200.00' });
    expect(c.monthlyGrossBeforeDiscount.p50).toEqual(['200.01', '200.01', '200.01']);
    expect(c.exceedProbability).toBeCloseTo(1 / 3, 12);
  });
});
