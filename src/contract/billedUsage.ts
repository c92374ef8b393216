import type { PriceCatalogItem } from '../scenario/sections/priceCatalog.ts';

/**
 * Which monthly simulation series measures a catalog item's billed quantity, per billing basis and
 * quota. Items billed `contracted` or `fixed-monthly` read no usage. The series are in the quota's
 * unit (TB, GB, vCPU, messages); bandwidth bills the month's 95th percentile, the usual burstable
 * measure. One table for the settlement of each replication and for the app's cost pictures.
 */
const USAGE_SERIES: Record<string, Partial<Record<string, string>>> = {
  allocated: {
    vcpu: 'vcpuAllocated',
    ramGb: 'ramGbAllocated',
    diskTb: 'diskTbAllocated',
    vmCount: 'vmCount',
  },
  used: {
    vcpu: 'vcpuUsed',
    ramGb: 'ramGbUsed',
    diskTb: 'diskTbAllocated',
    storageTb: 'storageUsedTb',
    egressMbps: 'egressP95Mbps',
    serverToServerMbps: 'serverToServerP95Mbps',
  },
  'per-message': { smsPerYear: 'smsSent' },
};

export function usageSeriesFor(item: PriceCatalogItem): string | undefined {
  if (!item.quotaKey) return undefined;
  return USAGE_SERIES[item.billingBasis]?.[item.quotaKey];
}

/** Series unit → item unit: an item priced per GB of a TB series is scaled by 1024 (cloud billing GB). */
export function usageUnitScale(item: PriceCatalogItem): number {
  const tbSeries = item.quotaKey === 'diskTb' || item.quotaKey === 'storageTb';
  return tbSeries && /^GB/i.test(item.unit) ? 1024 : 1;
}
