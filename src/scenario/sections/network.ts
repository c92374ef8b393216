/**
 * Bandwidth demand on the internet egress line and the server-to-server network. Demand at a
 * moment (Mbps) = max(baseMbps, peakMbps × diurnal[hour] × weekly[weekday] × annual[month]) ×
 * noise, where noise is lognormal with mean 1 and coefficient of variation `noiseCv`, the profiles
 * peak at 1 and weekday 0 is Monday. Backup windows, dated bulk copies and DDoS bursts add to it.
 */
import { z } from 'zod';
import { fraction, intIn, isoDate, numberIn, profile } from './common.ts';

export const demandProfileSchema = z.strictObject({
  baseMbps: numberIn(0, 1_000_000),
  peakMbps: numberIn(0, 1_000_000),
  /** 24 hourly factors, hour 0 = 00:00–01:00 CST. */
  diurnal: profile(24),
  /** 7 daily factors, Monday first. */
  weekly: profile(7),
  /** 12 monthly factors, January first. */
  annual: profile(12),
  noiseCv: numberIn(0, 5),
  /** Day-to-day CV of the whole day's level (lognormal factor, mean 1); absent = 0.1 (ESTIMATE). */
  dailyNoiseCv: numberIn(0, 5).optional(),
});
export type DemandProfile = z.infer<typeof demandProfileSchema>;

export const bulkCopyEventSchema = z.strictObject({
  kind: z.literal('bulk-copy'),
  date: isoDate,
  link: z.enum(['egress', 'serverToServer']),
  dataTb: numberIn(0, 100_000),
  /** Rate the copy is throttled to, Mbps. */
  maxMbps: numberIn(1, 1_000_000),
});

export const ddosBurstEventSchema = z.strictObject({
  kind: z.literal('ddos-burst'),
  date: isoDate,
  /** Start hour of the day, CST. */
  hour: intIn(0, 23),
  sizeMbps: numberIn(0, 10_000_000),
  durationMinutes: numberIn(1, 10_080),
});

export const networkEventSchema = z.discriminatedUnion('kind', [bulkCopyEventSchema, ddosBurstEventSchema]);

export const networkSchema = z.strictObject({
  egress: demandProfileSchema,
  serverToServer: demandProfileSchema,
  /** Nightly backup traffic on the server-to-server network. */
  backupWindow: z.strictObject({
    startHour: intIn(0, 23),
    hours: intIn(0, 24),
    serverToServerMbps: numberIn(0, 1_000_000),
  }),
  /** Random DDoS attacks on egress: Poisson arrivals, sizes lognormal around meanSizeMbps. */
  ddos: z.strictObject({
    /** CV of an attack's size (lognormal); absent = 1 (ESTIMATE). */
    sizeCv: numberIn(0, 10).optional(),
    eventsPerYear: numberIn(0, 365),
    meanSizeMbps: numberIn(0, 10_000_000),
    meanDurationMinutes: numberIn(0, 10_080),
    /** Share of attack traffic removed by the DDoS scrubbing service before the line. */
    scrubbedFraction: fraction,
  }),
  events: z.array(networkEventSchema).max(200),
});
export type Network = z.infer<typeof networkSchema>;

import { PORTAL_ANNUAL, PORTAL_DIURNAL, PORTAL_WEEKLY } from './modelConstants.ts';

export { PORTAL_ANNUAL, PORTAL_DIURNAL, PORTAL_WEEKLY };

export const NETWORK_DEFAULTS: Network = {
  egress: {
    baseMbps: 40,
    peakMbps: 600,
    diurnal: PORTAL_DIURNAL,
    weekly: PORTAL_WEEKLY,
    annual: PORTAL_ANNUAL,
    noiseCv: 0.15,
  },
  serverToServer: {
    baseMbps: 10,
    peakMbps: 90,
    diurnal: PORTAL_DIURNAL,
    weekly: PORTAL_WEEKLY,
    annual: PORTAL_ANNUAL,
    noiseCv: 0.2,
  },
  backupWindow: { startHour: 1, hours: 4, serverToServerMbps: 60 },
  ddos: { eventsPerYear: 2, meanSizeMbps: 3000, meanDurationMinutes: 45, scrubbedFraction: 0.95 },
  events: [],
};
