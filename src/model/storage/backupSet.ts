/**
 * Backup retention arithmetic. Backups are taken once a day, day 0 being the term's first day: a
 * full on every day d with d mod fullEveryDays = 0, an incremental on the other days when
 * `dailyIncrementals`. Retention R days means a restore point for each of the last R days
 * (days max(0, d − R + 1) … d); a restore point needs its chain back to the full at or before it,
 * so the set kept at the end of day d is every backup taken on days s′ … d, where s′ is the day of
 * the last full at or before the window's first day. Stored size = Σ kept sizes × (1 + overhead).
 */

export interface BackupSchedule {
  fullEveryDays: number;
  dailyIncrementals: boolean;
  retentionDays: number;
}

/** First day whose backup is still kept at the end of day `day`. */
export function firstKeptDay(day: number, s: BackupSchedule): number {
  const windowStart = Math.max(0, day - s.retentionDays + 1);
  return s.fullEveryDays * Math.floor(windowStart / s.fullEveryDays);
}

/** Closed form: how many fulls and incrementals are kept at the end of day `day`. */
export function keptBackupCounts(day: number, s: BackupSchedule): { fulls: number; incrementals: number } {
  const from = firstKeptDay(day, s);
  const fulls = Math.floor(day / s.fullEveryDays) - from / s.fullEveryDays + 1;
  const incrementals = s.dailyIncrementals ? day - from + 1 - fulls : 0;
  return { fulls, incrementals };
}

export function isFullDay(day: number, s: BackupSchedule): boolean {
  return day % s.fullEveryDays === 0;
}

/**
 * The simulation's ledger: the stored size of each day's backup, and the kept set as a difference
 * of prefix sums (O(1) a day). Size of a day's backup is given by the caller (data ÷ compression,
 * or data × change rate ÷ compression).
 */
export class BackupLedger {
  private readonly prefixTb: Float64Array;
  private days = 0;

  constructor(
    readonly schedule: BackupSchedule,
    termDays: number,
  ) {
    this.prefixTb = new Float64Array(termDays + 1);
  }

  /** Records day `days`' backup (stored TB); days must come in order 0, 1, 2, … */
  record(storedTb: number): void {
    this.prefixTb[this.days + 1] = this.prefixTb[this.days] + storedTb;
    this.days++;
  }

  /** Stored TB of the kept set at the end of the last recorded day (before overhead). */
  keptTb(): number {
    const day = this.days - 1;
    if (day < 0) return 0;
    return this.prefixTb[day + 1] - this.prefixTb[firstKeptDay(day, this.schedule)];
  }
}
