/**
 * Monthly cost by resource, estimated from the catalog: each item's effective unit price that month
 * (its term's catalog, calibration and price changes: contract/monthlyPrices.ts) × its billed quantity
 * — the contracted quantity for contracted and fixed-monthly items (following the quota in force), the
 * MEDIAN simulated usage for usage-billed ones — × the share of the month in force (an exit).
 * An estimate for the picture (the median of a sum is not the sum of medians); the exact settled
 * totals are the run's money bands. The usage mapping is the settlement's (src/contract/billedUsage.ts).
 */
import { usageSeriesFor, usageUnitScale } from '../../../contract/billedUsage.ts';
import { Money, moneyString, toFen } from '../../../contract/money.ts';
import { monthlyItemPrices } from '../../../contract/monthlyPrices.ts';
import type { RunSummary } from '../../../results/types.ts';
import type { PriceCatalogItem, Scenario } from '../../../scenario/schema.ts';

export type ResourceGroup = 'compute' | 'storage' | 'network' | 'database' | 'sms' | 'security';

const GROUP_OF_QUOTA: Record<string, ResourceGroup> = {
  vcpu: 'compute',
  ramGb: 'compute',
  diskTb: 'compute',
  vmCount: 'compute',
  storageTb: 'storage',
  egressMbps: 'network',
  serverToServerMbps: 'network',
  smsPerYear: 'sms',
  dbNodes: 'database',
};

export const RESOURCE_GROUPS: readonly ResourceGroup[] = [
  'compute',
  'storage',
  'network',
  'database',
  'sms',
  'security',
];

function groupOf(item: PriceCatalogItem): ResourceGroup {
  return item.quotaKey ? (GROUP_OF_QUOTA[item.quotaKey] ?? 'security') : 'security';
}

/** Per resource group, one money string per month; null when a usage series is missing. */
export function costByResource(
  scenario: Scenario,
  summary: Pick<RunSummary, 'metrics' | 'months'>,
): { resource: ResourceGroup; values: string[] }[] | null {
  const prices = monthlyItemPrices(scenario);
  const months = summary.months;
  const sums = new Map<ResourceGroup, InstanceType<typeof Money>[]>();
  for (let m = 0; m < months; m++) {
    for (const { item, unitPrice, constantQuantity, share } of prices[m] ?? []) {
      const seriesName = usageSeriesFor(item);
      const usage = seriesName ? summary.metrics[seriesName]?.band.p50 : undefined;
      if (seriesName && !usage) return null;
      const group = groupOf(item);
      let row = sums.get(group);
      if (!row) {
        row = Array.from({ length: months }, () => new Money(0));
        sums.set(group, row);
      }
      const qty = usage ? new Money(usage[m] * usageUnitScale(item)) : new Money(constantQuantity ?? 0);
      row[m] = row[m].plus(unitPrice.times(qty).times(share));
    }
  }
  return RESOURCE_GROUPS.filter((g) => sums.has(g)).map((g) => ({
    resource: g,
    values: (sums.get(g) ?? []).map((v) => moneyString(toFen(v))),
  }));
}
