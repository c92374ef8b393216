/**
 * Installs the storage model on a replication: no events of its own; at each month end it runs the
 * month's days and records `storagePrimaryTb`, `storageBackupTb`, `storageLogsTb` and
 * `storageUsedTb` (TB, the day of the month with the most used; used is compared with the 54 TB
 * quota). VM disks are the compute model's (`diskTbDemand`), not repeated here.
 * Randomness (stream 'storage'): one growth-rate factor per system per replication, then one
 * change-rate factor per incremental backup day, always in that order.
 */
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
  const computeSystems = new Map(scenario.compute.systems.map((s) => [s.id, s]));
  const systems: SystemStorage[] = storage.systems.map((s) => {
    const def = computeSystems.get(s.systemId);
    return {
      primaryTb: s.primaryTb,
      growth: s.growth,
      onboardMonth: def?.onboardMonth ?? 0,
      decommissionMonth: def?.decommissionMonth ?? Number.POSITIVE_INFINITY,
      rateFactor: growthCv > 0 ? stream.lognormalFromMeanCv(1, growthCv) : 1,
    };
  });
  const calendar = sim.calendar;
  const termDays = Math.round(calendar.monthStartMinute(ctx.months) / 1440);
  const model = new StorageModel(storage, systems, termDays);
  const changeFactor = changeCv > 0 ? () => stream.lognormalFromMeanCv(1, changeCv) : () => 1;
  ctx.onMonthEnd((m) => {
    const month = model.runMonth(monthDays(calendar, m), m, changeFactor);
    recorder.set('storagePrimaryTb', m, month.primaryTb);
    recorder.set('storageBackupTb', m, month.backupTb);
    recorder.set('storageLogsTb', m, month.logsTb);
    recorder.set('storageUsedTb', m, month.usedTb);
  });
  return model;
}
