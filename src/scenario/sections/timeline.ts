/**
 * Dated events over the term. Onboarding and decommissioning must agree with the system's
 * onboardMonth/decommissionMonth (checked in schema.ts); migrations carry the data to copy and the
 * link it competes for; a price change multiplies every unit price from its month on (not compounded).
 */
import { z } from 'zod';
import { decimalString, freeText, idString, isoDate, numberIn } from './common.ts';

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

/** Data copied out over the egress line; the contract ends `exitNoticeDays` after the notice. */
export const migrateOutEvent = z.strictObject({
  kind: z.literal('migrate-out'),
  ...base,
  /** Systems that leave; empty = the whole estate. */
  systemIds: z.array(idString).max(300),
  dataTb: numberIn(0, 100_000),
  /** Rate the copy may use on the egress line, Mbps. */
  linkMbps: numberIn(1, 1_000_000),
});

export const migrateInEvent = z.strictObject({
  kind: z.literal('migrate-in'),
  ...base,
  systemId: idString,
  dataTb: numberIn(0, 100_000),
  linkMbps: numberIn(1, 1_000_000),
});

export const priceChangeEvent = z.strictObject({
  kind: z.literal('price-change'),
  ...base,
  /** Unit prices × factor from this date's month on, e.g. "0.9". */
  factor: decimalString,
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
]);
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineSchema = z.array(timelineEventSchema).max(500);
export type Timeline = z.infer<typeof timelineSchema>;

export const TIMELINE_DEFAULTS: Timeline = [];
