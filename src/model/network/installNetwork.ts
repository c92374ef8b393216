/**
 * Installs the bandwidth model: no events of its own; at each month end both links run the month's
 * hours (linkMonth.ts) and record, with L = egress or serverToServer:
 * - `${L}PeakMbps` (largest minute of demand incl. copies and DDoS residue; compared with the link),
 *   `${L}P95Mbps` (95th percentile of minute demand), `${L}HoursAbove80` / `${L}HoursAbove100`
 *   (time with demand above 80 % / 100 % of the link, hours), `${L}UnservedGb` (demand beyond the link);
 * - `migrationCopyHours` / `bulkCopyHours`: summed durations of the copies that finished in the month;
 * - `ddosPeakBeforeScrubbingMbps` / `ddosPeakAfterScrubbingMbps`: largest attack starting in the month.
 * Randomness: stream 'ddos' draws the attacks at install; stream 'traffic' draws per month the day
 * factors (egress then server-to-server) and then the links' peak draws.
 */
import type { DemandProfile } from '../../scenario/sections/network.ts';
import type { ModelContext } from '../context.ts';
import { fillBackupWindow, fillHourlyDemand } from './hourlyDemand.ts';
import { type CopyJob, LinkMonthModel, type LinkMonthStats } from './linkMonth.ts';
import { buildCopies, buildDdosAttacks } from './networkEvents.ts';
import { monthDays } from './termDays.ts';

export const DEFAULT_DAILY_NOISE_CV = 0.1;
const MAX_MONTH_HOURS = 31 * 24;

export function installNetwork(ctx: ModelContext): void {
  const { sim, scenario, recorder } = ctx;
  const { network, contract } = scenario;
  const calendar = sim.calendar;
  const termMinutes = calendar.monthStartMinute(ctx.months);
  const toMinute = (d: string) => calendar.dateToMinute(d);
  const traffic = sim.stream('traffic');
  const attacks = buildDdosAttacks(network, termMinutes, toMinute, sim.stream('ddos'));
  const copies = buildCopies(network, scenario.timeline, termMinutes, toMinute);
  const links = [
    {
      prefix: 'egress',
      profile: network.egress,
      model: new LinkMonthModel({
        capacityMbps: contract.quotas.egressMbps,
        noiseCv: network.egress.noiseCv,
      }),
      intervals: attacks,
      copies: copies.egress,
      backupMbps: 0,
    },
    {
      prefix: 'serverToServer',
      profile: network.serverToServer,
      model: new LinkMonthModel({
        capacityMbps: contract.quotas.serverToServerMbps,
        noiseCv: network.serverToServer.noiseCv,
      }),
      intervals: [],
      copies: copies.serverToServer,
      backupMbps: network.backupWindow.serverToServerMbps,
    },
  ];
  const scale = new Float64Array(MAX_MONTH_HOURS);
  const extra = new Float64Array(MAX_MONTH_HOURS);
  const dayFactors = new Float64Array(31);

  ctx.onMonthEnd((m) => {
    const month = monthDays(calendar, m);
    const results: LinkMonthStats[] = [];
    for (const link of links) {
      drawDayFactors(link.profile, month.days, dayFactors, traffic);
      fillHourlyDemand(link.profile, month, dayFactors, scale);
      fillBackupWindow(
        network.backupWindow.startHour,
        network.backupWindow.hours,
        link.backupMbps,
        month,
        extra,
      );
      const stats = link.model.runMonth(
        {
          monthStartMinute: month.startMinute,
          hours: month.hours,
          scaleMbps: scale,
          hourExtraMbps: extra,
          intervals: link.intervals,
          copies: link.copies,
        },
        traffic,
      );
      results.push(stats);
      recorder.set(`${link.prefix}PeakMbps`, m, stats.peakMbps);
      recorder.set(`${link.prefix}P95Mbps`, m, stats.p95Mbps);
      recorder.set(`${link.prefix}HoursAbove80`, m, stats.hoursAbove80);
      recorder.set(`${link.prefix}HoursAbove100`, m, stats.hoursAbove100);
      recorder.set(`${link.prefix}UnservedGb`, m, stats.unservedGb);
    }
    recordCopies(
      results.flatMap((r) => r.finished),
      m,
      ctx,
    );
    let before = 0;
    let after = 0;
    const end = month.startMinute + month.hours * 60;
    for (const a of attacks) {
      if (a.startMinute < month.startMinute || a.startMinute >= end) continue;
      before = Math.max(before, a.rawMbps);
      after = Math.max(after, a.mbps);
    }
    recorder.set('ddosPeakBeforeScrubbingMbps', m, before);
    recorder.set('ddosPeakAfterScrubbingMbps', m, after);
  });
}

function drawDayFactors(
  profile: DemandProfile,
  days: number,
  out: Float64Array,
  rng: { lognormalFromMeanCv(mean: number, cv: number): number },
): void {
  const cv = profile.dailyNoiseCv ?? DEFAULT_DAILY_NOISE_CV;
  for (let d = 0; d < days; d++) out[d] = cv > 0 ? rng.lognormalFromMeanCv(1, cv) : 1;
}

function recordCopies(finished: readonly CopyJob[], m: number, ctx: ModelContext): void {
  let migrationHours = 0;
  let bulkHours = 0;
  for (const c of finished) {
    const hours = (c.finishedMinute - c.startMinute) / 60;
    if (c.label.startsWith('migrate')) migrationHours += hours;
    else bulkHours += hours;
  }
  ctx.recorder.set('migrationCopyHours', m, migrationHours);
  ctx.recorder.set('bulkCopyHours', m, bulkHours);
}
