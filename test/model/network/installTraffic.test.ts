import { describe, expect, it } from 'vitest';
import { installNetwork } from '../../../src/model/network/installNetwork.ts';
import { runReplication } from '../../../src/model/runReplication.ts';
import { installSms } from '../../../src/model/sms/installSms.ts';
import { installStorage } from '../../../src/model/storage/installStorage.ts';
import { BUILT_IN_SCENARIOS } from '../../../src/scenario/library.ts';
import { lifecycleOf } from '../../../src/scenario/lifecycle.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';

const MODELS = [installStorage, installNetwork, installSms];
const baseline = BUILT_IN_SCENARIOS.get('luohe-2023-baseline') as Scenario;

describe('storage, network and SMS on a replication of the built-in scenarios', () => {
  it('produce every series the quota table reads, finite and in range, for each scenario', () => {
    for (const [id, scenario] of BUILT_IN_SCENARIOS) {
      const run = runReplication(scenario, 0, MODELS);
      // The whole horizon: the signed term and its renewals (months after an exit hold zeros).
      const months = lifecycleOf(scenario).horizonMonths;
      for (const name of [
        'storageUsedTb',
        'storagePrimaryTb',
        'storageBackupTb',
        'storageLogsTb',
        'egressPeakMbps',
        'egressP95Mbps',
        'egressHoursAbove80',
        'egressHoursAbove100',
        'egressUnservedGb',
        'serverToServerPeakMbps',
        'serverToServerP95Mbps',
        'migrationCopyHours',
        'smsSent',
        'smsYearToDate',
        'smsPeakHourMessages',
        'smsDelayP50Seconds',
        'smsDelayP95Seconds',
        'smsDelayMaxSeconds',
        'smsDelayedMessages',
      ]) {
        const s = run.series[name];
        expect(s, `${id}: ${name}`).toBeDefined();
        expect(s.length).toBe(months);
        for (const v of s) expect(Number.isFinite(v) && v >= 0, `${id}: ${name} = ${v}`).toBe(true);
      }
      for (let m = 0; m < months; m++) {
        const used = run.series.storageUsedTb[m];
        const parts =
          run.series.storagePrimaryTb[m] + run.series.storageBackupTb[m] + run.series.storageLogsTb[m];
        expect(used).toBeCloseTo(parts, 9);
        expect(run.series.egressP95Mbps[m]).toBeLessThanOrEqual(run.series.egressPeakMbps[m] + 5);
        expect(run.series.smsDelayP95Seconds[m]).toBeLessThanOrEqual(run.series.smsDelayMaxSeconds[m] + 1e-9);
      }
    }
  });

  it('SMS: the contract-year total restarts every 12 months and sums the months', () => {
    const run = runReplication(baseline, 3, MODELS);
    const { smsSent, smsYearToDate } = run.series;
    let total = 0;
    for (let m = 0; m < baseline.term.months; m++) {
      total = m % 12 === 0 ? smsSent[m] : total + smsSent[m];
      expect(smsYearToDate[m]).toBe(total);
    }
    const yearly = baseline.sms.categories.reduce((s, c) => s + c.messagesPerYear, 0);
    expect(Math.abs(smsYearToDate[11] - yearly) / yearly).toBeLessThan(0.02);
  });

  it('is deterministic per seed and independent per stream', () => {
    const a = runReplication(baseline, 1, MODELS);
    const b = runReplication(baseline, 1, MODELS);
    const c = runReplication(baseline, 2, MODELS);
    expect(Array.from(a.series.egressPeakMbps)).toEqual(Array.from(b.series.egressPeakMbps));
    expect(Array.from(a.series.smsSent)).not.toEqual(Array.from(c.series.smsSent));
    // Without the SMS model the storage and traffic numbers are unchanged (own named streams).
    const noSms = runReplication(baseline, 1, [installStorage, installNetwork]);
    expect(Array.from(noSms.series.egressPeakMbps)).toEqual(Array.from(a.series.egressPeakMbps));
    expect(Array.from(noSms.series.storageUsedTb)).toEqual(Array.from(a.series.storageUsedTb));
  });
});
