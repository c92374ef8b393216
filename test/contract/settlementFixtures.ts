import { Money } from '../../src/contract/money.ts';
import type { SettlementCatalogItem, SettlementInput } from '../../src/contract/settlementTypes.ts';

/**
 * A catalog shaped like the signed contract (DESIGN.md §2): list prices are illustrative, and the
 * calibration factor is chosen so the contracted quantities cost exactly ¥160,200 a month
 * (¥5,767,200 over 36 months), as the shipped catalog is calibrated.
 */
export const BASELINE_ITEMS: SettlementCatalogItem[] = [
  { id: 'vcpu', billingBasis: 'allocated', quotaKey: 'vcpu', contractedQuantity: 494, listPriceCny: '60' },
  { id: 'ram', billingBasis: 'allocated', quotaKey: 'ramGb', contractedQuantity: 1048, listPriceCny: '20' },
  { id: 'disk', billingBasis: 'contracted', quotaKey: 'diskTb', contractedQuantity: 64, listPriceCny: '800' },
  { id: 'storage', billingBasis: 'used', quotaKey: 'storageTb', contractedQuantity: 54, listPriceCny: '600' },
  {
    id: 'egress',
    billingBasis: 'used',
    quotaKey: 'egressMbps',
    contractedQuantity: 1000,
    listPriceCny: '30',
  },
  {
    id: 's2s',
    billingBasis: 'contracted',
    quotaKey: 'serverToServerMbps',
    contractedQuantity: 200,
    listPriceCny: '10',
  },
  { id: 'db', billingBasis: 'contracted', quotaKey: 'dbNodes', contractedQuantity: 2, listPriceCny: '5000' },
  { id: 'firewall', billingBasis: 'fixed-monthly', contractedQuantity: 1, listPriceCny: '3000' },
  { id: 'waf', billingBasis: 'fixed-monthly', contractedQuantity: 1, listPriceCny: '2500' },
  { id: 'ips', billingBasis: 'fixed-monthly', contractedQuantity: 1, listPriceCny: '2000' },
  { id: 'ddos', billingBasis: 'fixed-monthly', contractedQuantity: 1, listPriceCny: '4000' },
  { id: 'bastion', billingBasis: 'fixed-monthly', contractedQuantity: 1, listPriceCny: '1200' },
  { id: 'logAudit', billingBasis: 'fixed-monthly', contractedQuantity: 1, listPriceCny: '1500' },
  {
    id: 'sms',
    billingBasis: 'per-message',
    quotaKey: 'smsPerYear',
    contractedQuantity: 125000,
    listPriceCny: '0.045',
  },
];

export const BASELINE_MONTHLY_CNY = '160200';

/** A month's billed quantity at the contract: per-message items contract a year, the rest a month. */
export function contractedMonthlyQuantity(item: SettlementCatalogItem): number {
  return item.billingBasis === 'per-message' ? item.contractedQuantity / 12 : item.contractedQuantity;
}

/** listPrice × monthly contracted quantity, summed over the items. */
export function contractedMonthlyListCost(items: readonly SettlementCatalogItem[]): Money {
  let sum = new Money(0);
  for (const item of items)
    sum = sum.plus(new Money(item.listPriceCny).times(contractedMonthlyQuantity(item)));
  return sum;
}

export const BASELINE_QUOTAS = {
  vcpu: 494,
  ramGb: 1048,
  diskTb: 64,
  vmCount: 200,
  storageTb: 54,
  egressMbps: 1000,
  serverToServerMbps: 200,
  smsPerYear: 1500000,
  dbNodes: 2,
};

export const BASELINE_DUE_DATES = [
  '2023-06-30',
  '2023-12-31',
  '2024-06-30',
  '2024-12-31',
  '2025-06-30',
  '2025-12-31',
];

/** Every item at its contracted quantity every month, no faults, paid on time. */
export function baselineInput(months = 36): SettlementInput {
  const factor = new Money(BASELINE_MONTHLY_CNY).dividedBy(contractedMonthlyListCost(BASELINE_ITEMS));
  const usageByItem: Record<string, Float64Array> = {};
  for (const item of BASELINE_ITEMS) {
    usageByItem[item.id] = new Float64Array(months).fill(contractedMonthlyQuantity(item));
  }
  return {
    months,
    termStartDate: '2023-01-01',
    vatRate: '0.06',
    catalog: { items: BASELINE_ITEMS, calibrationFactor: factor.toString() },
    usageByItem,
    faultDiscountTable: [],
    installmentDueDates: BASELINE_DUE_DATES,
    contractTotalInclVatCny: '5767200.00',
    quotas: BASELINE_QUOTAS,
  };
}
