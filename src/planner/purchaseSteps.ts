/**
 * What can be bought, and in what steps: the quotas the recommender sizes and the catalog's
 * purchase units (issue 16: vCPU by 8, RAM by 16 GB, disk and storage by 1 TB, bandwidth by
 * 50 Mbit/s, SMS by 100,000 a year). The VM count is a limit, not a priced item: it is sized in
 * steps of 10 (our choice; it costs nothing in the catalog). The DB node load is not a quota one can
 * buy more of in steps (the limit is one node carrying everything): the recommender reports its
 * breach probability and leaves the DB nodes as they are.
 */
import type { QuotaKey } from '../scenario/sections/priceCatalog.ts';

export const ADJUSTABLE_QUOTAS = [
  'vcpu',
  'ramGb',
  'vmCount',
  'diskTb',
  'storageTb',
  'egressMbps',
  'serverToServerMbps',
  'smsPerYear',
] as const satisfies readonly QuotaKey[];
export type AdjustableQuota = (typeof ADJUSTABLE_QUOTAS)[number];

export const PURCHASE_STEPS: Readonly<Record<AdjustableQuota, number>> = {
  vcpu: 8,
  ramGb: 16,
  vmCount: 10,
  diskTb: 1,
  storageTb: 1,
  egressMbps: 50,
  serverToServerMbps: 50,
  smsPerYear: 100_000,
};

/** Quotas the recommender reports but cannot size by purchase steps. */
export const FIXED_QUOTAS = ['dbNodes'] as const satisfies readonly QuotaKey[];

export function isAdjustable(quota: string): quota is AdjustableQuota {
  return (ADJUSTABLE_QUOTAS as readonly string[]).includes(quota);
}
