import { QUOTA_KEYS } from '../scenario/sections/modelConstants.ts';
import type { OverQuota, QuotaKey, SettlementCatalogItem } from './settlementTypes.ts';

const QUOTA_ORDER: readonly QuotaKey[] = QUOTA_KEYS; // report order: the schema's order

/** `smsPerYear` is a yearly allowance; usage arrays hold messages per month. */
const MONTHS_PER_CONTRACT_YEAR = 12;

/**
 * Usage beyond a contract quota, which needs a supplementary agreement (the contract settles by
 * actual usage, but its quotas bound what was procured). For each quota key, the usage of every
 * catalog item carrying that key is summed per month (e.g. primary + backup storage against the one
 * 54 TB quota) and compared with the limit; a quota is over when usage is strictly above it.
 * `smsPerYear` compares each contract year's running total (months 0–11, 12–23, …) instead, and
 * reports the largest yearly total as its peak. Items without a usage array are not counted; a key
 * with no usage at all, or no limit, is not checked. Pure numbers: no money here.
 */
export function findOverQuota(
  items: readonly SettlementCatalogItem[],
  usageByItem: Readonly<Record<string, ArrayLike<number>>>,
  quotas: Readonly<Partial<Record<QuotaKey, number>>>,
  months: number,
  lifecycle: {
    daysInForce?: ArrayLike<number>;
    quotaLimitsByMonth?: Readonly<Partial<Record<QuotaKey, ArrayLike<number>>>>;
  } = {},
): OverQuota[] {
  const result: OverQuota[] = [];
  for (const key of QUOTA_ORDER) {
    const limit = quotas[key];
    if (limit === undefined) continue;
    const usages: ArrayLike<number>[] = [];
    for (const item of items) {
      const usage = usageByItem[item.id];
      if (item.quotaKey === key && usage !== undefined) usages.push(usage);
    }
    if (usages.length === 0) continue;
    const limits = lifecycle.quotaLimitsByMonth?.[key] ?? constantLimits(limit, months);
    const counts = (m: number) => lifecycle.daysInForce === undefined || lifecycle.daysInForce[m] > 0;
    const breach =
      key === 'smsPerYear'
        ? yearlyBreach(usages, limits, months, counts)
        : monthlyBreach(usages, limits, months, counts);
    if (breach) result.push({ quotaKey: key, limit, ...breach });
  }
  return result;
}

type Breach = { firstMonth: number; peakQuantity: number } | null;

function constantLimits(limit: number, months: number): number[] {
  return new Array<number>(months).fill(limit);
}

function monthTotal(usages: readonly ArrayLike<number>[], m: number): number {
  let total = 0;
  for (const u of usages) total += u[m] ?? 0;
  return total;
}

/** Months not in force (after an exit) are skipped; each month is judged against its own limit. */
function monthlyBreach(
  usages: readonly ArrayLike<number>[],
  limits: ArrayLike<number>,
  months: number,
  counts: (m: number) => boolean,
): Breach {
  let firstMonth = -1;
  let peak = 0;
  for (let m = 0; m < months; m++) {
    if (!counts(m)) continue;
    const total = monthTotal(usages, m);
    if (total > peak) peak = total;
    if (firstMonth < 0 && total > limits[m]) firstMonth = m;
  }
  return firstMonth < 0 ? null : { firstMonth, peakQuantity: peak };
}

function yearlyBreach(
  usages: readonly ArrayLike<number>[],
  limits: ArrayLike<number>,
  months: number,
  counts: (m: number) => boolean,
): Breach {
  let firstMonth = -1;
  let peak = 0;
  let yearToDate = 0;
  for (let m = 0; m < months; m++) {
    if (m % MONTHS_PER_CONTRACT_YEAR === 0) yearToDate = 0;
    if (!counts(m)) continue;
    yearToDate += monthTotal(usages, m);
    if (yearToDate > peak) peak = yearToDate;
    if (firstMonth < 0 && yearToDate > limits[m]) firstMonth = m;
  }
  return firstMonth < 0 ? null : { firstMonth, peakQuantity: peak };
}
