import { usageSeriesFor, usageUnitScale } from '../contract/billedUsage.ts';
import { createSettlement, type SettleReplication } from '../contract/settlement.ts';
import type { SettlementResult, SettlementTerms } from '../contract/settlementTypes.ts';
import { runReplication } from '../model/runReplication.ts';
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

/**
 * Prepares a scenario once (validated document, settlement terms priced) and returns the function
 * that runs replication i: the models over the whole term, then the settlement of its usage. The
 * settlement is returned whole for in-process callers (with every line when `includeLines`); the
 * worker API sends only `cost`, its compact summary.
 */
export function createReplicator(
  scenario: Scenario,
  options: { includeLines?: boolean } = {},
): (replication: number) => ReplicationResult & { settlement: SettlementResult } {
  const settleOne: SettleReplication = createSettlement(settlementTermsOf(scenario));
  const items = scenario.contract.priceCatalog.items;
  return (replication) => {
    const run = runReplication(scenario, replication);
    const usageByItem: Record<string, ArrayLike<number>> = {};
    for (const item of items) {
      const name = usageSeriesFor(item);
      const series = name ? run.series[name] : undefined;
      if (!series) continue;
      const scale = usageUnitScale(item);
      usageByItem[item.id] = scale === 1 ? series : series.map((v) => v * scale);
    }
    const settled = settleOne(
      { usageByItem, availabilityByMonth: run.series.dbAvailability },
      { includeLines: options.includeLines ?? false },
    );
    const cost: ReplicationCost = {
      monthlyGrossCny: settled.months.map((m) => m.grossCny),
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
    return {
      replication,
      seed: run.seed,
      series: run.series,
      cost,
      notes: run.notes,
      eventsProcessed: run.eventsProcessed,
      settlement: settled,
    };
  };
}
