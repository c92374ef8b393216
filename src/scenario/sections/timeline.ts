/**
 * Dated events over the scenario's life: what happens to the estate (systems onboard, grow, leave,
 * move out or in; hosts are added or retired) and to the contract (a quota or price changes, the term
 * is renewed, the buyer gives notice and exits). src/scenario/lifecycle.ts turns them into "the
 * contract in force over time"; every event is additive and optional in the document, so a file or
 * link made before an event kind existed still opens.
 *
 * Dates are 'YYYY-MM-DD' (CST). Changes to the estate take effect at 00:00 of their date (the
 * simulation is minute-precise); quota and price changes apply from the first day of the term month
 * their date falls in (settlement is monthly); an exit ends the contract at 00:00 of its exit date,
 * so the exit month is in force for the days before it.
 *
 * Onboarding and decommissioning must agree with the system's onboardMonth/decommissionMonth
 * (crossChecks.ts); a price change multiplies unit prices from its month on (not compounded).
 */
import { z } from 'zod';
import {
  decimalString,
  fraction,
  freeText,
  idString,
  intIn,
  isoDate,
  moneyString,
  numberIn,
} from './common.ts';
import { hostSchema, MAX_HOSTS, vmShapeSchema } from './compute.ts';
import { quotasSchema } from './contract.ts';
import { priceCatalogSchema } from './priceCatalog.ts';

const base = { date: isoDate, note: freeText.optional() };

export const onboardSystemEvent = z.strictObject({
  kind: z.literal('onboard-system'),
  ...base,
  systemId: idString,
});
export const decommissionSystemEvent = z.strictObject({
  kind: z.literal('decommission-system'),
  ...base,
  systemId: idString,
});

/**
 * How a copy shares its line with live traffic:
 * - 'yield' (default): the copy only takes what live traffic leaves spare, up to its rate (a
 *   low-priority transfer); live traffic is untouched, the copy slows down in busy hours;
 * - 'hold': the copy keeps its rate while it runs (a plain throttled transfer); live traffic gets the
 *   rest of the line, and whatever of it does not fit is not served.
 */
export const COPY_POLICIES = ['yield', 'hold'] as const;
export const copyPolicySchema = z.enum(COPY_POLICIES);
export type CopyPolicy = z.infer<typeof copyPolicySchema>;

/**
 * Shares of the estate's demand that leave with the systems of a partial move: fractions of the
 * scenario's baseline egress and server-to-server traffic and SMS volume (the network and SMS sections
 * describe the whole estate, not each system). Absent = 0; the shares of all moves add up to at most 1.
 */
export const demandSharesSchema = z.strictObject({
  egress: fraction.optional(),
  serverToServer: fraction.optional(),
  sms: fraction.optional(),
});
export type DemandShares = z.infer<typeof demandSharesSchema>;

/**
 * Data copied out over the egress line from `date`. The systems (empty = the whole estate) stop
 * running here on `leaveDate`; absent, on the exit date when the scenario exits, else on `date`
 * (as before leaveDate existed). The copy is judged against leaveDate (or the exit).
 */
export const migrateOutEvent = z.strictObject({
  kind: z.literal('migrate-out'),
  ...base,
  /** Systems that leave; empty = the whole estate. */
  systemIds: z.array(idString).max(300),
  dataTb: numberIn(0, 100_000),
  /** Rate the copy may use on the egress line, Mbps. */
  linkMbps: numberIn(1, 1_000_000),
  leaveDate: isoDate.optional(),
  /** Partial moves: the traffic and SMS that leave with the systems. */
  demandShares: demandSharesSchema.optional(),
  copyPolicy: copyPolicySchema.optional(),
});

/** Data copied in over the egress line from `date`, to be there before the system starts. */
export const migrateInEvent = z.strictObject({
  kind: z.literal('migrate-in'),
  ...base,
  systemId: idString,
  dataTb: numberIn(0, 100_000),
  linkMbps: numberIn(1, 1_000_000),
  copyPolicy: copyPolicySchema.optional(),
});

export const priceChangeEvent = z.strictObject({
  kind: z.literal('price-change'),
  ...base,
  /** Unit prices × factor from this date's month on, e.g. "0.9". */
  factor: decimalString,
  /** Only these catalog items (absent = every item); each item keeps its latest factor. */
  itemIds: z.array(idString).min(1).max(100).optional(),
});

/** An amendment: from this date's month, these quotas are in force (an expansion purchase, a cut). */
export const quotaChangeEvent = z.strictObject({
  kind: z.literal('quota-change'),
  ...base,
  quotas: quotasSchema.partial(),
});

/** Hosts join the compute pool on the date (new hardware bought for the pool). */
export const addHostsEvent = z.strictObject({
  kind: z.literal('add-hosts'),
  ...base,
  hosts: z.array(hostSchema).min(1).max(MAX_HOSTS),
});

/** Hosts leave the pool on the date; their VMs restart elsewhere or wait for capacity. */
export const retireHostsEvent = z.strictObject({
  kind: z.literal('retire-hosts'),
  ...base,
  hostIds: z.array(idString).min(1).max(MAX_HOSTS),
});

/** A system grows on the date: more VMs (they leave with the system) and, optionally, more data. */
export const growSystemEvent = z.strictObject({
  kind: z.literal('grow-system'),
  ...base,
  systemId: idString,
  vms: z.array(vmShapeSchema).min(1).max(50),
  /** Primary data added on the date, TB; it grows at the system's storage growth rate. */
  primaryTb: numberIn(0, 100_000).optional(),
});

/**
 * A renewal: a new contract term that starts on `date`, the day after the previous term ends, with its
 * own quotas, total, installments and (optionally) catalog; the estate carries on across the boundary.
 * Without a catalog the previous term's prices carry over (contracted quantities follow the quotas).
 */
export const renewTermEvent = z.strictObject({
  kind: z.literal('renew-term'),
  ...base,
  months: intIn(1, 120),
  /** The renewal term's total, VAT included. */
  totalInclVatCny: moneyString,
  quotas: quotasSchema,
  /** Installment due dates of the renewal term, non-decreasing. */
  installmentDueDates: z.array(isoDate).min(1).max(120),
  priceCatalog: priceCatalogSchema.optional(),
});

/** Written notice to migrate out; `exitDate` must be at least exitNoticeDays later. */
export const exitNoticeEvent = z.strictObject({ kind: z.literal('exit-notice'), ...base, exitDate: isoDate });

export const timelineEventSchema = z.discriminatedUnion('kind', [
  onboardSystemEvent,
  decommissionSystemEvent,
  migrateOutEvent,
  migrateInEvent,
  priceChangeEvent,
  exitNoticeEvent,
  quotaChangeEvent,
  addHostsEvent,
  retireHostsEvent,
  growSystemEvent,
  renewTermEvent,
]);
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type TimelineEventKind = TimelineEvent['kind'];

export const timelineSchema = z.array(timelineEventSchema).max(500);
export type Timeline = z.infer<typeof timelineSchema>;

export const TIMELINE_DEFAULTS: Timeline = [];
