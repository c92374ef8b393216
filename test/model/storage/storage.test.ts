import { describe, expect, it } from 'vitest';
import type { MonthDays } from '../../../src/model/network/termDays.ts';
import { BackupLedger, type BackupSchedule, keptBackupCounts } from '../../../src/model/storage/backupSet.ts';
import { grownTb, type SystemStorage } from '../../../src/model/storage/growth.ts';
import { StorageModel } from '../../../src/model/storage/storageModel.ts';
import { STORAGE_DEFAULTS, type Storage } from '../../../src/scenario/sections/storage.ts';

/** 36 months of 30 days each (the model only needs day counts and start minutes). */
function month(m: number): MonthDays {
  const z = new Int8Array(30);
  return {
    startMinute: m * 30 * 1440,
    days: 30,
    hours: 720,
    weekday: z,
    monthOfYear: z,
    dayOfMonth: z,
    year: new Int16Array(30),
    dayKind: new Int8Array(30),
  };
}

const sys = (over: Partial<SystemStorage>): SystemStorage => ({
  primaryTb: 10,
  growth: { kind: 'compound', ratePerYear: 0.2 },
  onboardMonth: 0,
  decommissionMonth: Number.POSITIVE_INFINITY,
  rateFactor: 1,
  ...over,
});

describe('storage growth (deterministic) matches the closed form', () => {
  it('compound and linear growth with a step at onboarding, at every month end', () => {
    const storage: Storage = {
      ...STORAGE_DEFAULTS,
      // One full a day kept one day, no compression: backup = primary × (1 + overhead), monotone.
      backup: {
        ...STORAGE_DEFAULTS.backup,
        fullEveryDays: 1,
        retentionDays: 1,
        compressionRatio: 1,
        overheadFraction: 0,
      },
      logs: { gbPerDay: 0, retentionDays: 180 },
    };
    const systems = [
      sys({}),
      sys({ primaryTb: 4, growth: { kind: 'linear', ratePerYear: 0.5 }, onboardMonth: 7 }),
      sys({ primaryTb: 2, onboardMonth: 3, decommissionMonth: 20 }),
    ];
    const model = new StorageModel(storage, systems, 36 * 30);
    for (let m = 0; m < 36; m++) {
      const r = model.runMonth(month(m), m, () => 1);
      const t = m + 1;
      const expected =
        10 * 1.2 ** (t / 12) +
        (m >= 7 ? 4 * (1 + (0.5 * (t - 7)) / 12) : 0) +
        (m >= 3 && m < 20 ? 2 * 1.2 ** ((t - 3) / 12) : 0);
      expect(r.primaryTb).toBeCloseTo(expected, 10);
      expect(r.backupTb).toBeCloseTo(expected, 10);
      expect(r.usedTb).toBeCloseTo(2 * expected, 10);
    }
    expect(grownTb(10, { kind: 'compound', ratePerYear: 0.2 }, 36)).toBeCloseTo(17.28, 10);
  });
});

describe('backup retention arithmetic', () => {
  const schedules: BackupSchedule[] = [
    { fullEveryDays: 7, dailyIncrementals: true, retentionDays: 14 },
    { fullEveryDays: 7, dailyIncrementals: true, retentionDays: 30 },
    { fullEveryDays: 1, dailyIncrementals: false, retentionDays: 7 },
    { fullEveryDays: 10, dailyIncrementals: false, retentionDays: 25 },
  ];
  for (const s of schedules) {
    it(`the ledger equals n_full·D/r + n_incr·D·c/r for F=${s.fullEveryDays}, R=${s.retentionDays}`, () => {
      const D = 20;
      const r = 1.5;
      const c = 0.03;
      const ledger = new BackupLedger(s, 400);
      for (let day = 0; day < 400; day++) {
        ledger.record(day % s.fullEveryDays === 0 ? D / r : s.dailyIncrementals ? (D * c) / r : 0);
        const n = keptBackupCounts(day, s);
        expect(ledger.keptTb()).toBeCloseTo((n.fulls * D) / r + (n.incrementals * D * c) / r, 9);
      }
    });
  }

  it('keeps the chain back to the full before the window (weekly full, 14 days)', () => {
    const s = schedules[0];
    // Day 20: window 7..20, full on 7 → fulls 7, 14 and 13 incrementals.
    expect(keptBackupCounts(20, s)).toEqual({ fulls: 2, incrementals: 12 });
    // Day 22: window 9..22 needs the full of day 7: fulls 7, 14, 21 and 13 incrementals.
    expect(keptBackupCounts(22, s)).toEqual({ fulls: 3, incrementals: 13 });
  });

  it('the storage model applies compression and overhead, logs fill to their retention', () => {
    const storage: Storage = {
      ...STORAGE_DEFAULTS,
      backup: { ...STORAGE_DEFAULTS.backup, fullEveryDays: 7, retentionDays: 14, changeRate: 0.03 },
      logs: { gbPerDay: 15, retentionDays: 180 },
    };
    const model = new StorageModel(storage, [sys({ growth: { kind: 'linear', ratePerYear: 0 } })], 36 * 30);
    let last = model.runMonth(month(0), 0, () => 1);
    for (let m = 1; m < 8; m++) last = model.runMonth(month(m), m, () => 1);
    expect(last.logsTb).toBeCloseTo(2.7, 12);
    const b = STORAGE_DEFAULTS.backup;
    // The peak day keeps the longest chain, R + F − 1 = 20 days: 3 fulls + 17 incrementals.
    expect(last.backupTb).toBeCloseTo(((3 * 10 + 17 * 10 * b.changeRate) / b.compressionRatio) * 1.2, 10);
    expect(last.usedTb).toBeCloseTo(last.primaryTb + last.backupTb + last.logsTb, 12);
  });
});
