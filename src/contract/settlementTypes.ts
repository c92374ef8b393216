import type { QuotaKey } from '../scenario/sections/priceCatalog.ts';
import type { MoneyString } from './money.ts';

/**
 * The plain-data shapes of a settlement: what the simulation hands in (numbers per month, money as
 * strings) and what comes out (money as strings with two decimals). Nothing here holds a Decimal, so
 * both sides cross a worker boundary as they are.
 *
 * Month indices are 0-based offsets into the term (month 0 is the term's first calendar month), the
 * same indices as the usage arrays; `label` carries the calendar month for display.
 */

/** How a catalog item turns a month's usage into a billed quantity. */
export type BillingBasis = 'contracted' | 'allocated' | 'used' | 'per-message' | 'fixed-monthly';

/** The quotas of the contract that usage is measured against (one list, in the scenario schema). */
export type { QuotaKey } from '../scenario/sections/priceCatalog.ts';

/**
 * What settlement needs of a price-catalog item. Structural: the scenario's catalog item (defined in
 * priceCatalog.ts) carries more fields and is assignable to this.
 */
export interface SettlementCatalogItem {
  id: string;
  billingBasis: BillingBasis;
  quotaKey?: QuotaKey;
  /**
   * Quantity billed each month for 'contracted' and 'fixed-monthly' items (units × a flat fee), in
   * the item's unit. Metered items ('allocated', 'used', 'per-message') bill their usage instead; for
   * 'per-message' this figure is per year and unused here.
   */
  contractedQuantity: number;
  /** Yuan per unit per month (per message for `per-message`), VAT included, before calibration. */
  listPriceCny: MoneyString;
}

export interface SettlementCatalog {
  items: readonly SettlementCatalogItem[];
  /** Multiplies every list price (e.g. "0.873..."): the effective unit price is never rounded. */
  calibrationFactor: string;
}

/** One row of the fault-discount table (clause 2.2.4). */
export interface FaultDiscountRow {
  /** The row applies when the period's worst monthly availability is ≥ this (0..1). */
  minAvailability: number;
  /** Fraction of the installment withheld, e.g. "0.05". */
  discountRate: string;
}

/**
 * A price change: from `fromMonth` on, unit prices are the catalog's × `factor` (not compounded) —
 * every item's, or only `itemIds`' (each item keeps the latest factor that names it or all items).
 */
export interface PriceChange {
  fromMonth: number;
  factor: string;
  itemIds?: readonly string[];
}

export interface SettlementInput {
  months: number;
  /** ISO date of the term's first day, e.g. "2023-01-01". */
  termStartDate: string;
  /** e.g. "0.06"; prices and totals include it. */
  vatRate: string;
  catalog: SettlementCatalog;
  /** Per item id, one quantity per month (length ≥ months) in the item's unit; see billing bases. */
  usageByItem: Readonly<Record<string, ArrayLike<number>>>;
  /** Per month, the worst service availability that month (0..1). Absent: no fault discount. */
  availabilityByMonth?: ArrayLike<number>;
  faultDiscountTable: readonly FaultDiscountRow[];
  /** ISO dates, non-decreasing; installment k settles the months up to its due month. */
  installmentDueDates: readonly string[];
  contractTotalInclVatCny: MoneyString;
  /** Limits per quota key; `smsPerYear` is per contract year, every other limit per month. */
  quotas: Readonly<Partial<Record<QuotaKey, number>>>;
  priceChanges?: readonly PriceChange[];
  /** Per installment, days paid after the due date (default 0). */
  paymentDelaysDays?: readonly number[];
  /**
   * Per month, whole days the contract is in force and days in the month (both or neither; default:
   * every day). A month with fewer days in force bills every item except per-message ones × days ÷
   * days in month (the exit month); a month with none bills nothing and its availability is not judged.
   */
  daysInForce?: readonly number[];
  daysInMonth?: readonly number[];
  /** Per 'contracted'/'fixed-monthly' item id, the quantity billed each month (default contractedQuantity). */
  constantQuantityByMonth?: Readonly<Record<string, readonly number[]>>;
  /** Per quota key, the limit in force each month, where it is not `quotas`' (amendments). */
  quotaLimitsByMonth?: Readonly<Partial<Record<QuotaKey, readonly number[]>>>;
  /** Clause 7.4's rates (default LATE_PAYMENT_DEFAULTS: 1‰ a day, terminate above 6%). */
  latePayment?: LatePaymentTerms;
}

export interface LatePaymentTerms {
  /** Share of the unpaid amount charged per day late, e.g. "0.001". */
  dailyRate: string;
  /** The provider may terminate when the penalty exceeds this share of the amount owed, e.g. "0.06". */
  terminationShare: string;
}

/** What stays fixed across the replications of one scenario: priced once by `createSettlement`. */
export type SettlementTerms = Omit<SettlementInput, 'usageByItem' | 'availabilityByMonth'>;

/** What one replication of the simulation contributes. */
export type SettlementUsage = Pick<SettlementInput, 'usageByItem' | 'availabilityByMonth'>;

export interface SettlementOptions {
  /**
   * Emit each month's settlement lines (default true). The Monte Carlo runner passes false: every
   * amount except `lines` is identical either way, only faster.
   */
  includeLines?: boolean;
}

export interface SettlementLine {
  itemId: string;
  /** The billed quantity, in the item's unit. */
  quantity: number;
  /** Effective unit price (list × calibration × price change), unrounded. */
  unitPriceCny: string;
  amountCny: MoneyString;
}

/**
 * The id of the line that carries a month's share of its installment's fault discount (clause
 * 2.2.4): negative, last among the month's lines. A colon never occurs in a catalog item's id.
 */
export const FAULT_DISCOUNT_LINE_ID = 'fault-discount:2.2.4';

/**
 * One month's bill. The fault discount is decided per installment (the worst month of its period);
 * each month carries its share of it, spread over the period's months by gross before discount
 * (cumulative rounding, to the fen), so that months add up to installments and to the total.
 */
export interface SettlementMonth {
  month: number;
  /** "YYYY-MM" */
  label: string;
  /**
   * The catalog items' lines, then (when the month has a discount share) the fault-discount line
   * (FAULT_DISCOUNT_LINE_ID, negative): they add up to `grossAfterDiscountCny`. Empty when settled
   * with `includeLines: false`.
   */
  lines: SettlementLine[];
  /** Σ of the catalog items' lines: what the month's usage costs before any fault discount. */
  grossBeforeDiscountCny: MoneyString;
  /** The month's share of its installment's fault discount (≥ 0). */
  discountCny: MoneyString;
  /** The month's bill: before discount − discount. Months add up to the term total. */
  grossAfterDiscountCny: MoneyString;
  /** Net and VAT of the bill after discount: net + VAT = grossAfterDiscountCny. */
  netCny: MoneyString;
  vatCny: MoneyString;
}

export interface SettlementInstallment {
  number: number;
  dueDate: string;
  /** Months settled, 0-based inclusive; `firstMonth > lastMonth` when the period is empty. */
  firstMonth: number;
  lastMonth: number;
  grossBeforeDiscountCny: MoneyString;
  discountRate: string;
  discountCny: MoneyString;
  /** The VAT part of the discount (splitVat of the discount): what the VAT before discount would exceed the installment's by. */
  discountVatCny: MoneyString;
  /** What is invoiced and paid: before-discount − discount. */
  grossCny: MoneyString;
  netCny: MoneyString;
  vatCny: MoneyString;
  latePenaltyCny: MoneyString;
  daysLate: number;
  /** The contract term it belongs to (0 = the signed term), when settled over a lifecycle. */
  term?: number;
  /** The final settlement on an exit date (clause 2.2.1): it settles what was used up to the exit. */
  finalSettlement?: boolean;
}

export interface OverQuota {
  quotaKey: QuotaKey;
  /** First month whose usage (for smsPerYear: the contract year's running total) is above the limit. */
  firstMonth: number;
  peakQuantity: number;
  limit: number;
}

export interface SettlementResult {
  months: SettlementMonth[];
  installments: SettlementInstallment[];
  totalInclVatCny: MoneyString;
  totalNetCny: MoneyString;
  totalVatCny: MoneyString;
  totalDiscountCny: MoneyString;
  totalLatePenaltyCny: MoneyString;
  /** Spend to the end of each month: Σ months' gross after discount. The last entry equals `totalInclVatCny`. */
  cumulativeByMonth: MoneyString[];
  /** First month whose cumulative spend is above the contract total, or null. */
  monthContractTotalExceeded: number | null;
  /** Usage beyond a quota: needs a supplementary agreement. */
  overQuota: OverQuota[];
  /** Clause 7.4: some installment's late-payment penalty exceeds 6% (terminationShare) of it. */
  providerMayTerminate: boolean;
}

/**
 * The money of one replication as the Monte Carlo runner keeps it: enough for bands of monthly cost,
 * cumulative spend and installments (createCostSettlement; results call it ReplicationCost).
 */
export interface SettlementCost {
  /** Gross incl. VAT per month, before the fault discount (Σ of the month's catalog lines). */
  monthlyGrossBeforeDiscountCny: MoneyString[];
  /** The month's bill incl. VAT, after its share of the fault discount: months add up to the total. */
  monthlyGrossAfterDiscountCny: MoneyString[];
  /** Cumulative spend at the end of each month: Σ bills after discount. */
  cumulativeCny: MoneyString[];
  installments: { grossCny: MoneyString; vatCny: MoneyString; discountCny: MoneyString }[];
  totalInclVatCny: MoneyString;
  totalDiscountCny: MoneyString;
  /** First month whose cumulative spend is above the contract total, or null. */
  monthContractTotalExceeded: number | null;
  /** Per contract term, its total (only when the scenario has more than one term). */
  termTotalsCny?: MoneyString[];
}
