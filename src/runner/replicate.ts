import { createHistoryCarrier } from '../actuals/carryHistory.ts';
import { createPaidCarrier, createPaidSettlementCarrier } from '../actuals/paidHistory.ts';
import { usageSeriesFor, usageUnitScale } from '../contract/billedUsage.ts';
import { createCostSettlement, createSettlement, type SettleReplication } from '../contract/settlement.ts';
import type { SettlementResult, SettlementTerms } from '../contract/settlementTypes.ts';
import { type ReplicationRun, runReplication } from '../model/runReplication.ts';
import type { ReplicationCost, ReplicationResult } from '../results/types.ts';
import type { Scenario } from '../scenario/schema.ts';

/** The settlement's fixed terms from a scenario: everything but the usage of one replication. */
export function settlementTermsOf(scenario: Scenario): SettlementTerms {
  const c = scenario.contract;
  const priceChanges = scenario.timeline
    .filter((e) => e.kind === 'price-change')
    .map((e) => ({ fromMonth: monthIndexOf(scenario.term.startDate, e.date), factor: e.factor }))
    .filter((p) => p.fromMonth >= 0 && p.fromMonth < scenario.term.months);
  return {
    months: scenario.term.months,
    termStartDate: scenario.term.startDate,
    vatRate: c.vatRate,
    catalog: c.priceCatalog,
    faultDiscountTable: c.faultDiscountTable,
    installmentDueDates: c.installmentDueDates,
    contractTotalInclVatCny: c.totalInclVatCny,
    quotas: c.quotas,
    latePayment: c.latePayment,
    priceChanges,
  };
}

function monthIndexOf(termStart: string, date: string): number {
  const [ys, ms] = termStart.split('-').map(Number);
  const [y, m] = date.split('-').map(Number);
  return (y - ys) * 12 + (m - ms);
}

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
  const settleCost = createCostSettlement(settlementTermsOf(scenario));
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
  const settleOne: SettleReplication = createSettlement(settlementTermsOf(scenario));
  const carryHistory = createHistoryCarrier(scenario);
  const carryPaid = createPaidSettlementCarrier(scenario);
  return (replication) => {
    const run = runReplication(scenario, replication);
    carryHistory?.(run.series, run.seed);
    const priced = settleOne(
      { usageByItem: usageOf(scenario, run.series), availabilityByMonth: run.series.serviceAvailability },
      { includeLines: true },
    );
    const settled = carryPaid ? carryPaid(priced) : priced;
    const cost: ReplicationCost = {
      monthlyGrossBeforeDiscountCny: settled.months.map((m) => m.grossBeforeDiscountCny),
      monthlyGrossAfterDiscountCny: settled.months.map((m) => m.grossAfterDiscountCny),
      cumulativeCny: settled.cumulativeByMonth,
      installments: settled.installments.map((i) => ({
        grossCny: i.grossCny,
        vatCny: i.vatCny,
        discountCny: i.discountCny,
      })),
      totalInclVatCny: settled.totalInclVatCny,
      totalDiscountCny: settled.totalDiscountCny,
      monthContractTotalExceeded: settled.monthContractTotalExceeded,
    };
    return { ...resultOf(replication, run, cost), settlement: settled };
  };
}
