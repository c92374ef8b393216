/**
 * Storage used against the 54 TB quota, day by day, closed once a month:
 * used = primary + backup + logs (TB), where
 * - primary: Σ systems (growth.ts); exact at month ends, linear between them inside a month (the
 *   within-month curvature of 20 %/yr compounding is < 10⁻⁴ relative);
 * - backup: the kept set of daily backups (backupSet.ts) × (1 + overheadFraction); a full stores
 *   data ÷ compressionRatio, an incremental data × changeRate × (day's noise factor) ÷ compressionRatio;
 * - logs: gbPerDay ÷ 1000 × min(days elapsed, retentionDays) (security logs accumulate until the
 *   retention window is full, then old ones are deleted).
 * A month reports the day with the largest `used` (the quota is crossed on that day first), with
 * its primary, backup and logs, so used = primary + backup + logs in every month.
 */
import type { Storage } from '../../scenario/sections/storage.ts';
import type { MonthDays } from '../network/termDays.ts';
import { BackupLedger, isFullDay } from './backupSet.ts';
import { grownTb, type SystemStorage } from './growth.ts';

export interface StorageMonth {
  primaryTb: number;
  backupTb: number;
  logsTb: number;
  usedTb: number;
}

export class StorageModel {
  private readonly ledger: BackupLedger;

  constructor(
    private readonly storage: Storage,
    private readonly systems: readonly SystemStorage[],
    termDays: number,
  ) {
    this.ledger = new BackupLedger(
      {
        fullEveryDays: storage.backup.fullEveryDays,
        dailyIncrementals: storage.backup.dailyIncrementals,
        retentionDays: storage.backup.retentionDays,
      },
      termDays,
    );
  }

  /** Systems whose start or end falls inside the month being run (reused, no allocation a month). */
  private readonly partial: SystemStorage[] = [];

  /**
   * Runs the days of term month `monthIndex` that are in force (all of them, unless the contract ends
   * inside the month: then the first `daysInForce`). `changeFactor(day)` gives the day's multiplier on
   * the change rate (mean 1; return 1 for deterministic runs). A system present for the whole month is
   * grown exactly at its ends and linearly between them; one that starts or leaves inside it (a move, a
   * system grown on a date) counts on the days it is here, each at its value at the day's end.
   */
  runMonth(
    month: MonthDays,
    monthIndex: number,
    changeFactor: () => number,
    daysInForce = month.days,
  ): StorageMonth {
    const { backup, logs } = this.storage;
    const firstDay = Math.round(month.startMinute / 1440);
    const t0 = monthIndex;
    const t1 = monthIndex + 1;
    let startTb = 0;
    let endTb = 0;
    const partial = this.partial;
    partial.length = 0;
    for (const s of this.systems) {
      if (s.onboardMonth >= t1 || s.decommissionMonth <= t0) continue;
      if (s.onboardMonth > t0 || s.decommissionMonth < t1) {
        partial.push(s);
        continue;
      }
      startTb += grownTb(s.primaryTb, s.growth, t0 - s.onboardMonth, s.rateFactor);
      endTb += grownTb(s.primaryTb, s.growth, t1 - s.onboardMonth, s.rateFactor);
    }
    const best: StorageMonth = { primaryTb: 0, backupTb: 0, logsTb: 0, usedTb: -1 };
    for (let k = 0; k < daysInForce; k++) {
      const day = firstDay + k;
      let primaryTb = startTb + ((endTb - startTb) * (k + 1)) / month.days;
      for (let i = 0; i < partial.length; i++) primaryTb += partialTb(partial[i], t0, k, month.days);
      const taken = this.isFull(day)
        ? primaryTb / backup.compressionRatio
        : backup.dailyIncrementals
          ? (primaryTb * backup.changeRate * changeFactor()) / backup.compressionRatio
          : 0;
      this.ledger.record(taken);
      const backupTb = this.ledger.keptTb() * (1 + backup.overheadFraction);
      const logsTb = (logs.gbPerDay * Math.min(day + 1, logs.retentionDays)) / 1000;
      const usedTb = primaryTb + backupTb + logsTb;
      if (usedTb > best.usedTb) {
        best.primaryTb = primaryTb;
        best.backupTb = backupTb;
        best.logsTb = logsTb;
        best.usedTb = usedTb;
      }
    }
    if (best.usedTb < 0) best.usedTb = 0;
    return best;
  }

  private isFull(day: number): boolean {
    return isFullDay(day, this.ledger.schedule);
  }
}

/**
 * A system's primary TB on day k of month t0 when it starts or leaves inside the month: here from the
 * day its start falls on (fractional month t0 + j/days) to the day before it leaves, valued at the day's end.
 */
function partialTb(s: SystemStorage, t0: number, k: number, days: number): number {
  const dayStart = t0 + k / days;
  if (dayStart < s.onboardMonth - 1e-12 || dayStart >= s.decommissionMonth - 1e-12) return 0;
  return grownTb(s.primaryTb, s.growth, t0 + (k + 1) / days - s.onboardMonth, s.rateFactor);
}
