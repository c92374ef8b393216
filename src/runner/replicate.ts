import { createHistoryCarrier } from '../actuals/carryHistory.ts';
import { createPaidCarrier, createPaidSettlementCarrier } from '../actuals/paidHistory.ts';
import { usageSeriesFor, usageUnitScale } from '../contract/billedUsage.ts';
import { createScenarioCostSettlement, createScenarioSettlement } from '../contract/lifecycleSettlement.ts';
import type { SettlementResult } from '../contract/settlementTypes.ts';
import { type ReplicationRun, runReplication } from '../model/runReplication.ts';
import type { ReplicationCost, ReplicationResult } from '../results/types.ts';
import type { Scenario } from '../scenario/schema.ts';

/** The billed usage of one run, per catalog item, in the catalog's units. */
function usageOf(
  scenario: Scenario,
  series: Record<string, Float64Array>,
): Record<string, ArrayLike<number>> {
  const usageByItem: Record<string, ArrayLike<number>> = {};
  for (const item of scenario.contract.priceCatalog.items) {
    const name = usageSeriesFor(item);
    const values = name ? series[name] : undefined;
    if (!values) continue;
    const scale = usageUnitScale(item);
    usageByItem[item.id] = scale === 1 ? values : values.map((v) => v * scale);
  }
  return usageByItem;
}

function resultOf(replication: number, run: ReplicationRun, cost: ReplicationCost): ReplicationResult {
  return {
    replication,
    seed: run.seed,
    series: run.series,
    cost,
    notes: run.notes,
    eventsProcessed: run.eventsProcessed,
  };
}

/**
 * Prepares a scenario once (validated document, settlement terms priced) and returns the function
 * that runs replication i: the models over the whole term, then the money of its usage — the cost a
 * run keeps (months, cumulative spend, installments, totals: createCostSettlement). What workers run.
 * A scenario "as of" a month (its `actuals` section) carries the measured months and the fitted
 * forecasts into the series before settling, and what was paid into the money after (src/actuals/).
 */
export function createReplicator(scenario: Scenario): (replication: number) => ReplicationResult {
  const settleCost = createScenarioCostSettlement(scenario);
  const carryHistory = createHistoryCarrier(scenario);
  const carryPaid = createPaidCarrier(scenario);
  return (replication) => {
    const run = runReplication(scenario, replication);
    carryHistory?.(run.series, run.seed);
    const priced = settleCost({
      usageByItem: usageOf(scenario, run.series),
      availabilityByMonth: run.series.serviceAvailability,
    });
    return resultOf(replication, run, carryPaid ? carryPaid(priced) : priced);
  };
}

/**
 * As createReplicator, with the replication's full settlement, every line included: to explain a
 * figure (explainCosts re-runs the median and p95 replications by index). Its cost is the same.
 */
export function createExplainingReplicator(
  scenario: Scenario,
): (replication: number) => ReplicationResult & { settlement: SettlementResult } {
  const settleOne = createScenarioSettlement(scenario);
  const settleCost = createScenarioCostSettlement(scenario);
  const carryHistory = createHistoryCarrier(scenario);
  const carryPaid = createPaidSettlementCarrier(scenario);
  const carryPaidCost = createPaidCarrier(scenario);
  return (replication) => {
    const run = runReplication(scenario, replication);
    carryHistory?.(run.series, run.seed);
    const usage = {
      usageByItem: usageOf(scenario, run.series),
      availabilityByMonth: run.series.serviceAvailability,
    };
    const priced = settleOne(usage, { includeLines: true });
    const settled = carryPaid ? carryPaid(priced) : priced;
    // The same amounts as the cost path (one code computes both), kept as the runner keeps them.
    const cost = settleCost(usage);
    return { ...resultOf(replication, run, carryPaidCost ? carryPaidCost(cost) : cost), settlement: settled };
  };
}
