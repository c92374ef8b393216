import { describe, expect, it } from 'vitest';
import { Money, moneyString } from '../../src/contract/money.ts';
import { ReplicationAggregator } from '../../src/results/aggregate.ts';
import { fenStats, toWholeFen } from '../../src/results/moneyStats.ts';
import { PartialBuilder } from '../../src/results/partial.ts';
import {
  errorBound,
  RELATIVE_ACCURACY,
  type Resolution,
  sketchResolution,
} from '../../src/results/quantileSketch.ts';
import { QUOTA_METRICS } from '../../src/results/quotaMetrics.ts';
import { seriesResolution } from '../../src/results/seriesResolution.ts';
import type { ReplicationResult, RunSummary } from '../../src/results/types.ts';
import { fingerprint } from '../../src/runner/fingerprint.ts';
import { createReplicator } from '../../src/runner/replicate.ts';
import { accumulatorFor, foldOptionsOf, lifecycleAggregation } from '../../src/runner/scenarioRun.ts';
import { BUILT_IN_SCENARIOS } from '../../src/scenario/library.ts';
import { percentileOfSorted } from '../results/exactPercentiles.ts';

/**
 * On every built-in scenario, the summary built from workers' partials (sketches, exact sums) against
 * the exact statistics of the same replications (sorts over every value, as the runner computed them
 * before it reduced in the workers):
 * - every percentile of every series, quota peak and excess within the sketch's stated accuracy;
 * - every money percentile within that accuracy (rounded to the fen); every money mean, and the
 *   total's percentiles and mean, identical to the fen;
 * - the same bytes whatever the batches and the order they are merged in.
 */
const REPLICATIONS = 48;
const BAND = [0.05, 0.5, 0.95];

/** |got − want| within the stated accuracy of the order statistics the type-7 value interpolates. */
function expectType7(
  got: number,
  sorted: Float64Array,
  p: number,
  what: string,
  resolution?: Resolution,
): void {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const f = h - lo;
  const hi = Math.min(lo + 1, sorted.length - 1);
  const want = percentileOfSorted(sorted, p);
  const bound = (1 - f) * errorBound(sorted[lo], resolution) + f * errorBound(sorted[hi], resolution);
  if (!(Math.abs(got - want) <= bound * (1 + 1e-12) || Object.is(got, want)))
    throw new Error(`${what} p${p * 100}: ${got} vs exact ${want} (bound ${bound})`);
}

function column(results: ReplicationResult[], pick: (r: ReplicationResult) => number): Float64Array {
  return Float64Array.from(results, (r) => pick(r) + 0).sort();
}

function summaryOfBatches(
  id: string,
  results: ReplicationResult[],
  cuts: number[],
  order: number[],
): RunSummary {
  const scenario = BUILT_IN_SCENARIOS.get(id)!;
  const accumulator = accumulatorFor(scenario, results.length);
  const builder = new PartialBuilder(foldOptionsOf(scenario));
  const bounds = [0, ...cuts, results.length];
  const partials = bounds.slice(1).map((end, i) => {
    builder.begin(bounds[i], end - bounds[i]);
    for (let r = bounds[i]; r < end; r++) builder.add(results[r]);
    return builder.finish();
  });
  for (const i of order) accumulator.merge(partials[i]);
  return accumulator.summarize();
}

describe('summaries from merged partials on every built-in scenario', () => {
  for (const id of BUILT_IN_SCENARIOS.keys()) {
    it(`${id}: within the stated accuracy of exact order statistics, money to the fen, any batching`, () => {
      const scenario = BUILT_IN_SCENARIOS.get(id)!;
      const replicate = createReplicator(scenario);
      const results = Array.from({ length: REPLICATIONS }, (_, i) => replicate(i));
      const s = summaryOfBatches(id, results, [2, 4, 17, 30], [4, 0, 2, 1, 3]);

      for (const [name, { band }] of Object.entries(s.metrics)) {
        // The series' own resolution (seriesResolution.ts): half a step below 1,024 steps.
        const resolution = sketchResolution(seriesResolution(name));
        for (let m = 0; m < s.months; m++) {
          const sorted = column(results, (r) => r.series[name][m]);
          expectType7(band.p5[m], sorted, 0.05, `${name}[${m}]`, resolution);
          expectType7(band.p50[m], sorted, 0.5, `${name}[${m}]`, resolution);
          expectType7(band.p95[m], sorted, 0.95, `${name}[${m}]`, resolution);
          const plain = results.reduce((sum, r) => sum + r.series[name][m], 0) / results.length;
          expect(Math.abs(band.mean[m] - plain)).toBeLessThanOrEqual(1e-12 * Math.abs(plain) + 1e-300);
        }
      }
      // Quotas as the lifecycle judges them: the months that count, the limit in force each month.
      const life = lifecycleAggregation(scenario);
      const counts = (m: number) => life.countedMonths === undefined || life.countedMonths[m] === 1;
      const anyCounts = Array.from({ length: s.months }, (_, m) => counts(m)).includes(true);
      for (const q of s.quotas) {
        const def = QUOTA_METRICS.find((d) => d.quota === q.quota)!;
        const limitAt = (m: number) => q.limitByMonth?.[m] ?? q.limit;
        const judged = results.map((r) => {
          const values = r.series[def.metric];
          let peak = Number.NEGATIVE_INFINITY;
          let excess = 0;
          let over = false;
          for (let m = 0; m < s.months; m++) {
            if (anyCounts && !counts(m)) continue;
            peak = Math.max(peak, values[m]);
            excess = Math.max(excess, values[m] - limitAt(m));
            if (counts(m) && values[m] > limitAt(m)) over = true;
          }
          return { peak, excess, over };
        });
        const peaks = Float64Array.from(judged, (j) => j.peak + 0).sort();
        expectType7(q.peakP50, peaks, 0.5, `${q.quota} peak`);
        expectType7(q.peakP95, peaks, 0.95, `${q.quota} peak`);
        const excess = Float64Array.from(judged, (j) => j.excess + 0).sort();
        expectType7(q.excessP95, excess, 0.95, `${q.quota} excess`);
        expect(q.breachProbabilityByMonth.at(-1)).toBe(judged.filter((j) => j.over).length / results.length);
      }

      const cost = s.cost!;
      const fen = results.map((r) => toWholeFen(r.cost!.totalInclVatCny));
      expect(cost.total).toEqual(fenStats(fen));
      const money = (
        amounts: string[],
        band: { p5: string[]; p50: string[]; p95: string[]; mean: string[] },
        i: number,
        exactMean = true,
      ) => {
        const values = Float64Array.from(amounts, toWholeFen).sort();
        BAND.forEach((p, k) => {
          const want = values[Math.max(1, Math.ceil(p * values.length)) - 1];
          const got = toWholeFen([band.p5, band.p50, band.p95][k][i]);
          expect(Math.abs(got - want)).toBeLessThanOrEqual(RELATIVE_ACCURACY * Math.abs(want) + 0.5);
        });
        const sum = amounts.reduce((t, a) => t.plus(a), new Money(0));
        const mean = new Money(moneyString(sum.dividedBy(amounts.length)));
        // Bills after discount: rounded cumulatively, each within a fen of its exact mean.
        if (exactMean) expect(band.mean[i]).toBe(mean.toFixed(2));
        else expect(new Money(band.mean[i]).minus(mean).abs().toNumber()).toBeLessThanOrEqual(0.01);
      };
      for (let m = 0; m < s.months; m++) {
        money(
          results.map((r) => r.cost!.monthlyGrossBeforeDiscountCny[m]),
          cost.monthlyGrossBeforeDiscount,
          m,
        );
        money(
          results.map((r) =>
            new Money(r.cost!.monthlyGrossBeforeDiscountCny[m])
              .minus(r.cost!.monthlyGrossAfterDiscountCny[m])
              .toFixed(2),
          ),
          cost.monthlyFaultDiscount,
          m,
        );
        money(
          results.map((r) => r.cost!.monthlyGrossAfterDiscountCny[m]),
          cost.monthlyGrossAfterDiscount,
          m,
          false,
        );
        money(
          results.map((r) => r.cost!.cumulativeCny[m]),
          cost.cumulative,
          m,
        );
      }
      results[0].cost!.installments.forEach((_, i) => {
        money(
          results.map((r) => r.cost!.installments[i].grossCny),
          cost.installments.gross,
          i,
        );
        money(
          results.map((r) => r.cost!.installments[i].discountCny),
          cost.installments.discount,
          i,
        );
      });

      const afterMeans = cost.monthlyGrossAfterDiscount.mean.reduce((t, a) => t.plus(a), new Money(0));
      expect(afterMeans.toFixed(2)).toBe(cost.total.mean);

      // Other batches, other merge orders, one replication at a time: the same bytes.
      const bytes = JSON.stringify(s);
      expect(JSON.stringify(summaryOfBatches(id, results, [], [0]))).toBe(bytes);
      expect(JSON.stringify(summaryOfBatches(id, results, [1, 9, 10, 40], [4, 3, 2, 1, 0]))).toBe(bytes);
      const one = new ReplicationAggregator({
        scenarioId: id,
        inputsHash: fingerprint(scenario),
        seed: scenario.simulation.seed,
        replications: REPLICATIONS,
        ...lifecycleAggregation(scenario),
      });
      for (const r of [...results].reverse()) one.add(r);
      expect(JSON.stringify(one.summarize())).toBe(bytes);
    }, 120_000);
  }
});
