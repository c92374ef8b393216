import { createHistoryCarrier } from '../actuals/carryHistory.ts';
import { createPaidCarrier, createPaidSettlementCarrier } from '../actuals/paidHistory.ts';
import { usageSeriesFor, usageUnitScale } from '../contract/billedUsage.ts';
import { createScenarioCostSettlement, createScenarioSettlement } from '../contract/lifecycleSettlement.ts';
import { MAX_REPRESENTABLE_CNY, unrepresentableMoney } from '../contract/representable.ts';
import type { SettlementResult } from '../contract/settlementTypes.ts';
import { describeMoneyOverflow } from '../model/runaway.ts';
import { type ReplicationRun, ReplicationStoppedError, runReplication } from '../model/runReplication.ts';
import type { ReplicationCost, ReplicationResult } from '../results/types.ts';
import { lifecycleOf } from '../scenario/lifecycle.ts';
import type { Scenario } from '../scenario/schema.ts';
import { createWatchdog, replicationTimeLimitSeconds } from './replicationWatchdog.ts';
import { monthLabels } from './scenarioRun.ts';

/**
 * The billed usage of one run, per catalog item, in the catalog's units: the items of every term's
 * catalog (a renewal may bring items of its own; without their usage its settlement threw), the
 * first catalog that names an id giving its unit.
 */
function usageOf(
  scenario: Scenario,
  series: Record<string, Float64Array>,
): Record<string, ArrayLike<number>> {
  const usageByItem: Record<string, ArrayLike<number>> = {};
  const items = lifecycleOf(scenario).terms.flatMap((t) => t.priceCatalog.items);
  for (const item of items) {
    if (item.id in usageByItem) continue;
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
 * Runs the models of replication i within its budget: the engine's event budget, and a wall-clock
 * watchdog read here (the pure core never reads the clock). A runaway throws ReplicationStoppedError
 * with a message naming the model and the fields to change; the pool fails the run with it.
 */
function runWithinBudget(scenario: Scenario, replication: number): ReplicationRun {
  const watchdog = createWatchdog(replicationTimeLimitSeconds(scenario));
  return runReplication(scenario, replication, undefined, { watchdog });
}

/**
 * Refuses a replication whose bill cannot be represented to the fen (a runaway input: prices or
 * growth far beyond any contract), naming the month, the largest catalog line and its fields.
 */
function assertRepresentable(
  scenario: Scenario,
  replication: number,
  usageByItem: Record<string, ArrayLike<number>>,
  cost: ReplicationCost,
): void {
  const problem = unrepresentableMoney(cost);
  if (!problem) return;
  const m = problem.monthIndex ?? cost.cumulativeCny.length - 1;
  const catalog = scenario.contract.priceCatalog;
  let item = null;
  let largest = -1;
  catalog.items.forEach((it, index) => {
    const usage = usageByItem[it.id];
    const quantity = usage
      ? usage[m]
      : it.billingBasis === 'per-message'
        ? it.contractedQuantity / 12
        : it.billingBasis === 'contracted' || it.billingBasis === 'fixed-monthly'
          ? it.contractedQuantity
          : 0;
    const unitPriceCny = Number(it.listPriceCny) * Number(catalog.calibrationFactor);
    const amount = Math.abs(quantity * unitPriceCny);
    if (!(amount <= largest)) {
      largest = Number.isNaN(amount) ? Number.POSITIVE_INFINITY : amount;
      item = { ...it, index, quantity, unitPriceCny };
    }
  });
  const message = describeMoneyOverflow({
    replication,
    month: problem.monthIndex === null ? null : monthLabels(scenario)[problem.monthIndex],
    amount: problem.amount,
    limit: MAX_REPRESENTABLE_CNY,
    item,
  });
  throw new ReplicationStoppedError(message, replication, 'money', 'settlement');
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
    const run = runWithinBudget(scenario, replication);
    carryHistory?.(run.series, run.seed);
    const usageByItem = usageOf(scenario, run.series);
    const priced = settleCost({ usageByItem, availabilityByMonth: run.series.serviceAvailability });
    const cost = carryPaid ? carryPaid(priced) : priced;
    assertRepresentable(scenario, replication, usageByItem, cost);
    return resultOf(replication, run, cost);
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
    const run = runWithinBudget(scenario, replication);
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
