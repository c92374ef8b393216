import type { QuotaKey } from './types.ts';

/**
 * Which monthly series each contract quota is judged on. Demand series (what the estate asks for,
 * placed or not) are compared with the limit, since placement can never allocate past the pool: a
 * quota is breached when demand exceeds what the contract provides.
 *
 * Links are judged on the month's 95th-percentile demand, the measure bandwidth is planned and
 * billed by: a few minutes of burst above the line are saturation (reported as peak, hours above
 * 80%/100% and demand not served), not a breach of the contracted bandwidth.
 */
export interface QuotaMetricDef {
  quota: QuotaKey;
  metric: string;
  unit: string;
  /** The limit is read from `contract.quotas[quota]` times this factor (1 unless stated). */
  limitFromQuota: boolean;
  /** A fixed limit when the quota is not a number in the contract (DB: one node must carry it all). */
  fixedLimit?: number;
}

export const QUOTA_METRICS: readonly QuotaMetricDef[] = [
  { quota: 'vcpu', metric: 'vcpuDemand', unit: 'vCPU', limitFromQuota: true },
  { quota: 'ramGb', metric: 'ramGbDemand', unit: 'GB', limitFromQuota: true },
  { quota: 'vmCount', metric: 'vmCountDemand', unit: 'VMs', limitFromQuota: true },
  { quota: 'diskTb', metric: 'diskTbDemand', unit: 'TB', limitFromQuota: true },
  { quota: 'storageTb', metric: 'storageUsedTb', unit: 'TB', limitFromQuota: true },
  { quota: 'egressMbps', metric: 'egressP95Mbps', unit: 'Mbit/s', limitFromQuota: true },
  { quota: 'serverToServerMbps', metric: 'serverToServerP95Mbps', unit: 'Mbit/s', limitFromQuota: true },
  { quota: 'smsPerYear', metric: 'smsYearToDate', unit: 'messages', limitFromQuota: true },
  {
    quota: 'dbNodes',
    metric: 'dbPeakLoadOfOneNode',
    unit: '× one node',
    limitFromQuota: false,
    fixedLimit: 1,
  },
];
