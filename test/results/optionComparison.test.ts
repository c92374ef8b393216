import { beforeAll, describe, expect, it } from 'vitest';
import { Money } from '../../src/contract/money.ts';
import { comparisonVerdict } from '../../src/results/comparisonVerdict.ts';
import { type ComparisonSheet, compareOptions, type OptionRun } from '../../src/results/optionComparison.ts';
import { wilsonInterval } from '../../src/results/proportions.ts';
import { inProcessWorkerFactory } from '../../src/runner/inProcessWorkers.ts';
import { WorkerPool } from '../../src/runner/pool.ts';
import { startScenarioRun } from '../../src/runner/scenarioRun.ts';
import { builtInScenario } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

/** Enough for 0 breaches to have an upper bound under 5 % (Wilson: 3.84 / (n + 3.84)). */
const REPLICATIONS = 80;

async function optionRun(id: string): Promise<OptionRun> {
  const base = builtInScenario(id) as Scenario;
  // Common random numbers: every option runs with the first option's seed and count.
  const scenario = { ...base, simulation: { replications: REPLICATIONS, seed: 20260101 } };
  const pool = new WorkerPool(inProcessWorkerFactory, 2);
  try {
    const { summary, aggregator } = await startScenarioRun(pool, scenario).outcome;
    return {
      id,
      name: scenario.name,
      nameZh: scenario.nameZh,
      contractPriceCny: scenario.contract.totalInclVatCny,
      summary,
      perReplication: aggregator.perReplication(),
    };
  } finally {
    pool.terminate();
  }
}

describe('the comparison sheet of renewal options', () => {
  let runs: OptionRun[] = [];
  let sheet: ComparisonSheet;
  beforeAll(async () => {
    runs = await Promise.all(
      ['renewal-2026-as-is', 'renewal-2026-right-size', 'renewal-2026-expand'].map(optionRun),
    );
    sheet = compareOptions(runs);
  }, 120_000);

  it('carries each option contract price, spend band and spend ÷ price', () => {
    expect(sheet.options.map((o) => o.contractPriceCny)).toEqual(['5767200.00', '5399406.66', '6839573.00']);
    for (const [i, o] of sheet.options.entries()) {
      expect(o.spend).toEqual(runs[i].summary.cost?.total);
      expect(o.spendToPrice?.p50).toBeCloseTo(Number(o.spend.p50) / Number(o.contractPriceCny), 12);
    }
  });

  it('gives each quota a Wilson interval around the run breach probability', () => {
    for (const [i, o] of sheet.options.entries()) {
      for (const q of o.quotas) {
        const risk = runs[i].summary.quotas.find((r) => r.quota === q.quota)!;
        expect(q.breach.estimate).toBeCloseTo(risk.breachProbabilityByMonth.at(-1)!, 12);
        expect(q.breach).toEqual(wilsonInterval(q.breach.successes, REPLICATIONS));
        expect(q.limit).toBe(risk.limit);
      }
    }
    // Storage is over every option's quota in every run: an interval, not a bare 100 %.
    const storage = sheet.options[0].quotas.find((q) => q.quota === 'storageTb')!;
    expect(storage.breach.estimate).toBe(1);
    expect(storage.breach.low).toBeLessThan(1);
    expect(storage.mostLikelyFirstBreachLabel).toBe('2026-01');
  });

  it('takes the spend difference replication by replication', () => {
    const d = sheet.differences[0];
    const a = runs[0].perReplication.totals as string[];
    const b = runs[1].perReplication.totals as string[];
    let sum = new Money(0);
    for (let r = 0; r < a.length; r++) sum = sum.plus(new Money(b[r]).minus(a[r]));
    expect(d.spend?.meanCny).toBe(sum.dividedBy(a.length).toFixed(2));
    expect(Number(d.spend?.lowCny)).toBeLessThan(Number(d.spend?.meanCny));
    expect(d.contractPriceCny).toBe('-367793.34');
    // The same seed makes the options' SMS volumes identical; right-size's larger SMS quota removes
    // the breach in every run, and the paired interval says so.
    expect(d.quotas.smsPerYear?.difference).toBe(-1);
    expect(d.quotas.smsPerYear?.high).toBeLessThan(-0.8);
  });

  it('refuses options that were not run on the same replications', () => {
    const shorter = { ...runs[1], perReplication: { ...runs[1].perReplication, replications: [0, 1] } };
    expect(() => compareOptions([runs[0], shorter])).toThrow(/same replications/);
    const reseeded = { ...runs[1], summary: { ...runs[1].summary, seed: 7 } };
    expect(() => compareOptions([runs[0], reseeded])).toThrow(/seed/);
  });

  it('answers first: no renewal option holds storage and the DB node, expand is at risk on fewest', () => {
    const v = comparisonVerdict(sheet);
    expect(v.reason).toBe('fewest-at-risk');
    expect(v.choice).toBe('renewal-2026-expand');
    expect(v.cheapest).toBe('renewal-2026-right-size');
    expect(v.risks.find((r) => r.id === 'renewal-2026-expand')?.atRisk).toContain('storageTb');
  });
});

describe('the verdict', () => {
  const estimate = (successes: number) => wilsonInterval(successes, 200);
  const option = (id: string, price: string, breaches: number[], refusals = 0) => ({
    id,
    name: id,
    nameZh: id,
    contractPriceCny: price,
    spend: { p5: '1.00', p50: '1.00', p95: '1.00', mean: '1.00' },
    spendToPrice: null,
    exceedsPrice: estimate(0),
    quotas: breaches.map((b, i) => ({
      quota: (['vcpu', 'ramGb', 'storageTb'] as const)[i],
      limit: 1,
      unit: '',
      breach: estimate(b),
      mostLikelyFirstBreachMonth: null,
      mostLikelyFirstBreachLabel: null,
      peakP50: 0,
      peakP95: 0,
    })),
    placementRefusal: estimate(refusals),
    dbAvailability: null,
    expectedFaultDiscountCny: null,
  });
  const sheetOf = (options: ReturnType<typeof option>[]): ComparisonSheet => ({
    replications: 200,
    seed: 1,
    monthLabels: [],
    confidence: 0.95,
    options,
    differences: [],
    differenceMethod: '',
  });

  it('takes the cheapest option whose every upper bound is within the tolerance', () => {
    const v = comparisonVerdict(
      sheetOf([
        option('a', '300.00', [0, 0, 0]),
        option('b', '200.00', [1, 0, 0]),
        option('c', '100.00', [30, 0, 0]),
      ]),
    );
    // b: 1 of 200 has an upper bound of 2.8 % ≤ 5 %; c's 15 % is out.
    expect(v).toMatchObject({ choice: 'b', reason: 'cheapest-that-holds', cheapest: 'c' });
  });

  it('does not call an option safe on a point estimate under the tolerance whose bound is above it', () => {
    // 8 of 200 = 4 %, but the upper 95 % bound is 7.7 %.
    const v = comparisonVerdict(
      sheetOf([option('a', '100.00', [8, 0, 0]), option('b', '200.00', [0, 0, 0])]),
    );
    expect(v.choice).toBe('b');
    expect(v.risks[0].atRisk).toEqual(['vcpu']);
  });

  it('counts placement refusals as a risk', () => {
    const v = comparisonVerdict(
      sheetOf([option('a', '100.00', [0, 0, 0], 50), option('b', '200.00', [0, 0, 0])]),
    );
    expect(v.choice).toBe('b');
    expect(v.risks[0].refusalAtRisk).toBe(true);
  });
});
