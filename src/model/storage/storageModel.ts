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
import { grownTb, type SystemStorage, totalPrimaryTb } from './growth.ts';

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

  /**
   * Runs the days of term month `monthIndex`. `changeFactor(day)` gives the day's multiplier on the
   * change rate (mean 1; return 1 for deterministic runs).
   */
  runMonth(month: MonthDays, monthIndex: number, changeFactor: () => number): StorageMonth {
    const { backup, logs } = this.storage;
    const firstDay = Math.round(month.startMinute / 1440);
    const startTb = totalPrimaryTb(this.systems, monthIndex);
    // Systems active in this month, grown to its end (t → monthIndex + 1 from inside the month).
    let endTb = 0;
    for (const s of this.systems) {
      if (monthIndex < s.onboardMonth || monthIndex >= s.decommissionMonth) continue;
      endTb += grownTb(s.primaryTb, s.growth, monthIndex + 1 - s.onboardMonth, s.rateFactor);
    }
    const best: StorageMonth = { primaryTb: 0, backupTb: 0, logsTb: 0, usedTb: -1 };
    for (let k = 0; k < month.days; k++) {
      const day = firstDay + k;
      const primaryTb = startTb + ((endTb - startTb) * (k + 1)) / month.days;
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
    return best;
  }

  private isFull(day: number): boolean {
    return isFullDay(day, this.ledger.schedule);
  }
}
