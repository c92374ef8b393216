/**
 * Storage against the 54 TB primary+backup quota: per-system primary data and its growth, the
 * backup policy, compression, and security logs kept ≥ 180 days (Cybersecurity Law art. 21).
 */
import { z } from 'zod';
import { growthSpec, idString, intIn, numberIn } from './common.ts';

export const storageSystemSchema = z.strictObject({
  /** A system of compute.systems. */
  systemId: idString,
  primaryTb: numberIn(0, 100_000),
  growth: growthSpec,
});

export const backupPolicySchema = z.strictObject({
  /** A full backup every N days. */
  fullEveryDays: intIn(1, 365),
  /** Incremental backups on the days between fulls. */
  dailyIncrementals: z.boolean(),
  /** Share of the data that changes per day (size of one incremental ÷ data). */
  changeRate: numberIn(0, 1),
  retentionDays: intIn(1, 3650),
  /** Data size ÷ stored size of backups, ≥ 1. */
  compressionRatio: numberIn(1, 100),
  /** Extra space over the computed backup set (catalogue, staging), as a fraction. */
  overheadFraction: numberIn(0, 5),
  /** Day-to-day CV of the change rate (lognormal factor, mean 1); absent = 0.3 (ESTIMATE), 0 = fixed. */
  changeRateCv: numberIn(0, 5).optional(),
});

export const storageSchema = z.strictObject({
  systems: z.array(storageSystemSchema).max(300),
  /**
   * Uncertainty of each system's growth rate: its ratePerYear is multiplied, once per replication,
   * by a lognormal factor of mean 1 and this CV. Absent = 0.25 (ESTIMATE: 15–40 %/yr around 20 %); 0 = fixed.
   */
  growthRateCv: numberIn(0, 5).optional(),
  backup: backupPolicySchema,
  logs: z.strictObject({
    gbPerDay: numberIn(0, 1_000_000),
    /** At least 180 days: the Cybersecurity Law art. 21 minimum. */
    retentionDays: intIn(180, 3650),
  }),
});
export type Storage = z.infer<typeof storageSchema>;

export const STORAGE_DEFAULTS: Storage = {
  systems: [],
  backup: {
    fullEveryDays: 7,
    dailyIncrementals: true,
    changeRate: 0.03,
    retentionDays: 14,
    compressionRatio: 1.5,
    overheadFraction: 0.2,
  },
  logs: { gbPerDay: 15, retentionDays: 180 },
};
