import { describe, expect, it } from 'vitest';
import { buildRunReport, reportJson } from '../../src/cli/report.ts';
import { Money } from '../../src/contract/money.ts';
import { ReplicationAggregator } from '../../src/results/aggregate.ts';
import { fingerprint } from '../../src/runner/fingerprint.ts';
import { createReplicator } from '../../src/runner/replicate.ts';
import { monthLabels } from '../../src/runner/scenarioRun.ts';
import { BASELINE_ID, BUILT_IN_SCENARIOS, builtInScenario } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

/**
 * The money series before and after the fault discount (issue 15): per replication the months' bills
 * after discount add up to its total, and in the run's JSON the months' mean bills add up to the mean
 * total, to the fen, for every built-in scenario.
 */
const REPLICATIONS = 10;

const sum = (amounts: readonly string[]) => amounts.reduce((s, a) => s.plus(a), new Money(0)).toFixed(2);

function runReport(scenario: Scenario) {
  const replicate = createReplicator(scenario);
  const agg = new ReplicationAggregator({
    scenarioId: scenario.id,
    inputsHash: fingerprint(scenario),
    seed: scenario.simulation.seed,
    replications: REPLICATIONS,
    monthLabels: monthLabels(scenario),
    quotaLimits: scenario.contract.quotas,
  });
  let discounted = 0;
  for (let i = 0; i < REPLICATIONS; i++) {
    const r = replicate(i);
    const cost = r.cost!;
    expect(sum(cost.monthlyGrossAfterDiscountCny), `${scenario.id} #${i}`).toBe(cost.totalInclVatCny);
    expect(sum(cost.monthlyGrossBeforeDiscountCny)).toBe(
      new Money(cost.totalInclVatCny).plus(cost.totalDiscountCny).toFixed(2),
    );
    if (cost.totalDiscountCny !== '0.00') discounted++;
    agg.add(r);
  }
  const json = JSON.parse(reportJson(buildRunReport(scenario, agg.summarize())));
  return { cost: json.cost, discounted };
}

describe('monthly bills before and after the fault discount', () => {
  for (const [id, scenario] of BUILT_IN_SCENARIOS) {
    it(`${id}: the JSON's monthly mean bills after discount add up to the mean total`, () => {
      const { cost } = runReport(scenario);
      expect(sum(cost.monthlyGrossAfterDiscount.mean)).toBe(cost.total.mean);
      expect(cost.monthlyGross).toBeUndefined();
      for (let m = 0; m < cost.monthlyGrossAfterDiscount.mean.length; m++) {
        // before − discount = after for every replication, so for the medians' order too: after ≤ before.
        expect(Number(cost.monthlyGrossAfterDiscount.p50[m])).toBeLessThanOrEqual(
          Number(cost.monthlyGrossBeforeDiscount.p50[m]),
        );
      }
    }, 60_000);
  }

  it('holds when every installment is discounted (a table no month can escape)', () => {
    const base = builtInScenario(BASELINE_ID)!;
    const harsh: Scenario = {
      ...base,
      contract: {
        ...base.contract,
        faultDiscountTable: [
          { minAvailability: 1, discountRate: '0' },
          { minAvailability: 0, discountRate: '0.037' },
        ],
      },
      // DB node failures every few days (each a failover) make every month's availability < 1.
      database: { ...base.database, nodeFailure: { kind: 'exponential', meanHours: 100 } },
    };
    const { cost, discounted } = runReport(harsh);
    expect(discounted).toBe(REPLICATIONS);
    expect(sum(cost.monthlyGrossAfterDiscount.mean)).toBe(cost.total.mean);
    expect(Number(sum(cost.monthlyFaultDiscount.mean))).toBeGreaterThan(0);
    expect(Number(sum(cost.monthlyGrossAfterDiscount.mean))).toBeLessThan(
      Number(sum(cost.monthlyGrossBeforeDiscount.mean)),
    );
  }, 60_000);
});
