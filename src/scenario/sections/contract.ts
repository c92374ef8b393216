/**
 * The contract's terms: quotas, money (always decimal strings), the price catalog, payments, the
 * fault-discount table (clause 2.2.4), late payment (7.4) and exit notice (3.1.2, 7.9).
 */
import { z } from 'zod';
import { decimalString, fraction, intIn, isoDate, moneyString, numberIn, rateString } from './common.ts';
import { SERVICE_PARTS } from './modelConstants.ts';
import { priceCatalogSchema } from './priceCatalog.ts';

/** Limits the contract sells; `smsPerYear` is per contract year, every other limit is per month. */
export const quotasSchema = z.strictObject({
  vcpu: intIn(0, 100_000),
  ramGb: intIn(0, 1_000_000),
  diskTb: numberIn(0, 100_000),
  vmCount: intIn(0, 5_000),
  storageTb: numberIn(0, 100_000),
  egressMbps: numberIn(0, 1_000_000),
  serverToServerMbps: numberIn(0, 1_000_000),
  smsPerYear: intIn(0, 1_000_000_000),
  dbNodes: intIn(0, 64),
});
export type Quotas = z.infer<typeof quotasSchema>;

/** One row: a period whose worst monthly availability is ≥ minAvailability has discountRate withheld. */
export const faultDiscountRowSchema = z.strictObject({
  minAvailability: fraction,
  discountRate: rateString,
});

export { SERVICE_PARTS, type ServicePart } from './modelConstants.ts';

/**
 * Which parts make the month's service availability (the product of theirs) that picks the
 * fault-discount row: the DB cluster, the compute hosts (VMs out while HA restarts them) and the
 * internet egress (traffic the line could not carry). Absent: all three.
 */
export const serviceAvailabilitySchema = z.strictObject({
  parts: z.array(z.enum(SERVICE_PARTS)).max(SERVICE_PARTS.length),
});

export const latePaymentSchema = z.strictObject({
  /** Share of the unpaid amount charged per day late, e.g. "0.001" (1‰). */
  dailyRate: rateString,
  /** The provider may terminate when the penalty exceeds this share of the amount owed, e.g. "0.06". */
  terminationShare: rateString,
});

export const contractSchema = z.strictObject({
  /** The contract total, VAT included, e.g. "5767200.00". */
  totalInclVatCny: moneyString,
  /** e.g. "0.06"; prices and totals include it. */
  vatRate: rateString,
  quotas: quotasSchema,
  priceCatalog: priceCatalogSchema,
  /** One per installment, non-decreasing; installment k settles the months up to its due month. */
  installmentDueDates: z.array(isoDate).min(1).max(120),
  /** Days before payment the invoice is due (7 working days in the contract; kept as calendar days). */
  invoiceLeadDays: intIn(0, 60),
  /**
   * Clause 2.2.4's rule as this planner applies it: an installment's discount is the row of this
   * table whose minimum its period's worst monthly service availability reaches.
   */
  faultDiscountTable: z.array(faultDiscountRowSchema).max(20),
  /** The parts service availability is made of (absent: database, compute and egress). */
  serviceAvailability: serviceAvailabilitySchema.optional(),
  latePayment: latePaymentSchema,
  /** Written notice the buyer gives before migrating out; the contract ends then (15 days). */
  exitNoticeDays: intIn(0, 365),
  /** Written notice before planned maintenance, hours (48). */
  maintenanceNoticeHours: intIn(0, 720),
  /** Provider's total liability ≤ fees already paid (7.8): the cap's share of fees paid, e.g. "1". */
  liabilityCapShareOfPaid: decimalString,
});
export type Contract = z.infer<typeof contractSchema>;

/** The contract's defaults that are not money or quotas (the signed contract's clauses). */
export const CONTRACT_CLAUSE_DEFAULTS = {
  invoiceLeadDays: 10,
  faultDiscountTable: [
    { minAvailability: 0.999, discountRate: '0' },
    { minAvailability: 0.995, discountRate: '0.02' },
    { minAvailability: 0.99, discountRate: '0.05' },
    { minAvailability: 0, discountRate: '0.10' },
  ],
  latePayment: { dailyRate: '0.001', terminationShare: '0.06' },
  exitNoticeDays: 15,
  maintenanceNoticeHours: 48,
  liabilityCapShareOfPaid: '1',
} satisfies Partial<Contract>;
