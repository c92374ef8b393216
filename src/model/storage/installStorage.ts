/**
 * Installs the storage model on a replication: no events of its own; at each month end it runs the
 * month's days and records `storagePrimaryTb`, `storageBackupTb`, `storageLogsTb` and
 * `storageUsedTb` (TB, the day of the month with the most used; used is compared with the 54 TB
 * quota). VM disks are the compute model's (`diskTbDemand`), not repeated here.
 * Randomness (stream 'storage'): one growth-rate factor per system per replication, then one
 * change-rate factor per incremental backup day, always in that order.
 * Lifecycle: a system that moves out leaves on its leave date (its backups age out under the
 * retention policy); data added by 'grow-system' joins on its date; the exit month runs only its
 * days in force, and nothing runs after it.
 */
import type { TermCalendar } from '../../engine/calendar.ts';
import type { ModelContext } from '../context.ts';
import { monthDays } from '../network/termDays.ts';
import type { SystemStorage } from './growth.ts';
import { StorageModel } from './storageModel.ts';

export const DEFAULT_GROWTH_RATE_CV = 0.25;
export const DEFAULT_CHANGE_RATE_CV = 0.3;

export function installStorage(ctx: ModelContext): StorageModel {
  const { sim, scenario, recorder } = ctx;
  const storage = scenario.storage;
  const stream = sim.stream('storage');
  const growthCv = storage.growthRateCv ?? DEFAULT_GROWTH_RATE_CV;
  const changeCv = storage.backup.changeRateCv ?? DEFAULT_CHANGE_RATE_CV;
  const calendar = sim.calendar;
  const life = ctx.lifecycle;
  const computeSystems = new Map(scenario.compute.systems.map((s) => [s.id, s]));
  const leaveMonth = (systemId: string, decommissionMonth = Number.POSITIVE_INFINITY) => {
    const minute = life.systemLeaveMinute.get(systemId);
    return minute === undefined ? decommissionMonth : Math.min(decommissionMonth, monthAt(calendar, minute));
  };
  const systems: SystemStorage[] = storage.systems.map((s) => {
    const def = computeSystems.get(s.systemId);
    return {
      primaryTb: s.primaryTb,
      growth: s.growth,
      onboardMonth: def?.onboardMonth ?? 0,
      decommissionMonth: leaveMonth(s.systemId, def?.decommissionMonth),
      rateFactor: growthCv > 0 ? stream.lognormalFromMeanCv(1, growthCv) : 1,
    };
  });
  // Data added by 'grow-system' events grows like its system's and leaves with it; it draws nothing
  // (the system's own growth factor), so adding one never shifts the stream.
  for (const e of scenario.timeline) {
    if (e.kind !== 'grow-system' || !e.primaryTb) continue;
    const index = storage.systems.findIndex((s) => s.systemId === e.systemId);
    const parent = index >= 0 ? systems[index] : undefined;
    const def = computeSystems.get(e.systemId);
    const from = monthAt(calendar, Math.max(0, calendar.dateToMinute(e.date)));
    systems.push({
      primaryTb: e.primaryTb,
      growth: parent?.growth ?? { kind: 'compound', ratePerYear: 0 },
      onboardMonth: Math.max(from, def?.onboardMonth ?? 0),
      decommissionMonth: parent?.decommissionMonth ?? leaveMonth(e.systemId, def?.decommissionMonth),
      rateFactor: parent?.rateFactor ?? 1,
    });
  }
  const termDays = Math.round(calendar.monthStartMinute(ctx.months) / 1440);
  const model = new StorageModel(storage, systems, termDays);
  const changeFactor = changeCv > 0 ? () => stream.lognormalFromMeanCv(1, changeCv) : () => 1;
  ctx.onMonthEnd((m) => {
    const month = model.runMonth(monthDays(calendar, m), m, changeFactor, life.daysInForce[m]);
    recorder.set('storagePrimaryTb', m, month.primaryTb);
    recorder.set('storageBackupTb', m, month.backupTb);
    recorder.set('storageLogsTb', m, month.logsTb);
    recorder.set('storageUsedTb', m, month.usedTb);
  });
  return model;
}

/** A horizon minute as a fractional month (m + the share of month m before it). */
function monthAt(calendar: TermCalendar, minute: number): number {
  const m = calendar.monthOfMinute(minute);
  if (m >= calendar.months) return calendar.months;
  const start = calendar.monthStartMinute(m);
  return m + (minute - start) / (calendar.monthStartMinute(m + 1) - start);
}
