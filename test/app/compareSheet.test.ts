import { describe, expect, it } from 'vitest';
import { DEFAULT_BOX } from '../../src/app/charts/scales.ts';
import { comparisonCsv } from '../../src/app/views/compare/comparisonCsv.ts';
import { frontierGeometry } from '../../src/app/views/compare/frontierGeometry.ts';
import {
  mediansCoincide,
  OPTION_DASHES,
  OPTION_MARKERS,
  optionBandsGeometry,
} from '../../src/app/views/compare/optionBandsGeometry.ts';
import type { FrontierPoint } from '../../src/planner/recommendationTypes.ts';
import { compareOptions, type OptionRun } from '../../src/results/optionComparison.ts';
import type { RunSummary } from '../../src/results/types.ts';

function run(id: string, price: string, totals: string[], vcpuPeaks: number[], limit: number): OptionRun {
  const n = totals.length;
  const breached = vcpuPeaks.map((p) => p > limit);
  const summary = {
    scenarioId: id,
    inputsHash: 'h',
    seed: 7,
    replications: n,
    months: 2,
    monthLabels: ['2026-01', '2026-02'],
    metrics: {},
    quotas: [
      {
        quota: 'vcpu',
        metric: 'vcpuDemand',
        limit,
        unit: 'vCPU',
        peakP50: 0,
        peakP95: 0,
        breachProbabilityByMonth: [0, breached.filter(Boolean).length / n],
        firstBreachHistogram: [0, 0, 0],
        mostLikelyFirstBreachMonth: breached.some(Boolean) ? 1 : null,
        excessP50: 0,
        excessP95: 0,
      },
    ],
    cost: {
      monthlyGross: { p5: [], p50: [], p95: [], mean: [] },
      cumulative: { p5: [], p50: [], p95: [], mean: [] },
      installments: {
        gross: { p5: [], p50: [], p95: [], mean: [] },
        vat: { p5: [], p50: [], p95: [], mean: [] },
        discount: { p5: [], p50: [], p95: [], mean: [] },
      },
      total: { p5: totals[0], p50: totals[1], p95: totals[2], mean: totals[1] },
      exceedProbability: 0,
    },
  } as unknown as RunSummary;
  return {
    id,
    name: id,
    nameZh: `${id}（中）`,
    contractPriceCny: price,
    summary,
    perReplication: {
      replications: totals.map((_, i) => i),
      totals,
      discounts: totals.map(() => '0.00'),
      breached: { vcpu: breached },
      peaks: { vcpu: vcpuPeaks },
      refused: totals.map(() => false),
      dbAvailability: totals.map(() => 0.9995),
    },
  };
}

describe('the comparison CSV', () => {
  const sheet = compareOptions([
    run('as-is', '5767200.00', ['100.00', '200.00', '300.00'], [400, 500, 600], 494),
    run('expand', '6839573.00', ['110.00', '210.00', '310.00'], [400, 500, 600], 640),
  ]);

  it('has a row per measure and, for the second option, its paired difference with the interval', () => {
    const csv = comparisonCsv(sheet, ['As-is', 'Expand'], 'en');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toContain('Expand Δ (paired)');
    const price = lines.find((l) => l.startsWith('Contract price'))!;
    expect(price).toContain('5767200.00');
    expect(price).toContain('1072373.00');
    const spend = lines.find((l) => l.startsWith('Projected spend P50'))!;
    // Every run costs 10.00 more: a zero-width paired interval.
    expect(spend.split(',').slice(-3)).toEqual(['10.00', '10.00', '10.00']);
    const breach = lines.find((l) => l.startsWith('vCPU: breach probability'))!;
    expect(breach).toContain('0.666667');
    expect(breach.split(',').slice(-3)[0]).toBe('-0.666667');
    expect(lines.at(-1)).toContain('3 replications, seed 7');
  });

  it('speaks Chinese when the page does', () => {
    const csv = comparisonCsv(sheet, ['维持现状', '扩容'], 'zh-CN');
    expect(csv).toContain('合同价（含税）');
    expect(csv).toContain('扩容 Δ（配对差）');
  });
});

describe('telling options apart without colour', () => {
  it('gives each option its own median dash and quota marker, and each its own quota line', () => {
    expect(new Set(OPTION_DASHES).size).toBe(4);
    expect(new Set(OPTION_MARKERS).size).toBe(4);
    const band = { p5: [1, 2], p50: [2, 3], p95: [3, 4] };
    const g = optionBandsGeometry(
      [
        { name: 'a', band, quota: 5 },
        { name: 'b', band, quota: 5 },
      ],
      ['2026-01', '2026-02'],
      DEFAULT_BOX,
    );
    expect(g.options[0].quotaY).toBe(g.options[1].quotaY);
    // Same demand: the chart says the medians lie on one another; a different median is not hidden.
    expect(
      mediansCoincide([
        { name: 'a', band, quota: 5 },
        { name: 'b', band, quota: 6 },
      ]),
    ).toBe(true);
    const other = { ...band, p50: [2, 3.1] };
    expect(
      mediansCoincide([
        { name: 'a', band, quota: 5 },
        { name: 'b', band: other, quota: 5 },
      ]),
    ).toBe(false);
    // Equal quotas: the markers are staggered, so both stay visible.
    expect(g.options[0].markerX.some((x) => g.options[1].markerX.includes(x))).toBe(false);
  });
});

describe('the frontier chart', () => {
  it('puts cheaper sets left and riskier sets higher, and draws the tolerance', () => {
    const p = (kind: FrontierPoint['kind'], price: string, worst: number): FrontierPoint => ({
      kind,
      priceCny: price,
      worstBreach: worst,
      worstUpper: worst,
      worstQuota: 'vcpu',
      quotas: {} as FrontierPoint['quotas'],
    });
    const g = frontierGeometry(
      [p('tolerance', '100.00', 0.5), p('tolerance', '200.00', 0.05), p('current', '300.00', 1)],
      0.05,
      DEFAULT_BOX,
    );
    expect(g.marks[0].cx).toBeLessThan(g.marks[1].cx);
    expect(g.marks[0].cy).toBeLessThan(g.marks[1].cy);
    expect(g.toleranceY).toBeCloseTo(g.y(0.05), 9);
    expect(g.frontierPath.startsWith('M')).toBe(true);
  });
});
