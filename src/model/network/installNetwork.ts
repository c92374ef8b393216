/**
 * Installs the bandwidth model: no events of its own; at each month end both links run the month's
 * hours (linkMonth.ts) and record, with L = egress or serverToServer:
 * - `${L}PeakMbps` (largest minute of demand incl. copies and DDoS residue; compared with the link),
 *   `${L}P95Mbps` (95th percentile of minute demand), `${L}HoursAbove80` / `${L}HoursAbove100`
 *   (time with demand above 80 % / 100 % of the link, hours), `${L}UnservedGb` (demand beyond the link);
 * - `egressDemandGb` (background and backup demand offered to the line, GB) and `egressAvailability`
 *   (1 − egressUnservedGb ÷ egressDemandGb, at least 0; 1 with no demand): the egress part of service
 *   availability (clause 2.2.4). Unserved traffic includes what a DDoS residue pushed off the line;
 * - `migrationCopyHours` / `bulkCopyHours`: summed durations of the copies that finished in the month;
 * - `ddosPeakBeforeScrubbingMbps` / `ddosPeakAfterScrubbingMbps`: largest attack starting in the month.
 * Randomness: stream 'ddos' draws the attacks at install; stream 'traffic' draws per month the day
 * factors (egress then server-to-server) and then the links' peak draws.
 * Lifecycle (src/scenario/lifecycle.ts): each link's capacity is its quota in force that month; the
 * exit month runs only its hours in force (a copy still running then is cut); a partial move takes its
 * share of each link's background demand from its leave date; each migration's outcome (when it
 * finished, what was left at its deadline, the line it shared) goes into the notes.
 */
import { type DemandShareStep, demandRemaining } from '../../scenario/lifecycle.ts';
import type { DemandProfile } from '../../scenario/sections/network.ts';
import type { MigrationNote, ModelContext } from '../context.ts';
import { fillBackupWindow, HourlyDemand } from './hourlyDemand.ts';
import { type CopyJob, LinkMonthModel } from './linkMonth.ts';
import { buildCopies, buildDdosAttacks } from './networkEvents.ts';
import { monthDays } from './termDays.ts';

export const DEFAULT_DAILY_NOISE_CV = 0.1;
const MAX_MONTH_HOURS = 31 * 24;

export function installNetwork(ctx: ModelContext): void {
  const { sim, scenario, recorder } = ctx;
  const { network } = scenario;
  const calendar = sim.calendar;
  const termMinutes = calendar.monthStartMinute(ctx.months);
  const toMinute = (d: string) => calendar.dateToMinute(d);
  const traffic = sim.stream('traffic');
  const attacks = buildDdosAttacks(network, termMinutes, toMinute, sim.stream('ddos'));
  const life = ctx.lifecycle;
  const copies = buildCopies(network, life.migrations, termMinutes, toMinute);
  const backup = network.backupWindow;
  const holidays = (scenario.term.holidayCalendar ?? 'china') === 'china';
  const link = (
    prefix: 'egress' | 'serverToServer',
    profile: DemandProfile,
    capacityByMonth: readonly number[],
    backupMbps: number,
  ) => ({
    profile,
    share: prefix,
    demand: new HourlyDemand(profile, holidays),
    capacityByMonth,
    models: new Map<number, LinkMonthModel>(),
    // Term months start at 00:00, so the nightly window is the same hour pattern every month.
    extra: fillBackupWindow(
      backup.startHour,
      backup.hours,
      backupMbps,
      MAX_MONTH_HOURS,
      new Float64Array(MAX_MONTH_HOURS),
    ),
    names: SERIES.map((s) => `${prefix}${s}`),
    /** The backup window's load over one day, Mbit/s·h. */
    windowMbpsHours: backup.hours * backupMbps,
  });
  const links = [
    {
      ...link('egress', network.egress, life.quotasByMonth.egressMbps, 0),
      intervals: attacks,
      copies: copies.egress,
    },
    {
      ...link(
        'serverToServer',
        network.serverToServer,
        life.quotasByMonth.serverToServerMbps,
        backup.serverToServerMbps,
      ),
      intervals: [],
      copies: copies.serverToServer,
    },
  ];
  const scale = new Float64Array(MAX_MONTH_HOURS);
  const lnScale = new Float64Array(MAX_MONTH_HOURS);
  const dayFactors = new Float64Array(31);
  const lnDayFactors = new Float64Array(31);
  const finished: CopyJob[] = [];

  ctx.onMonthEnd((m) => {
    const month = monthDays(calendar, m);
    finished.length = 0;
    const hours = life.daysInForce[m] * 24;
    for (const link of links) {
      drawDayFactors(link.profile, month.days, dayFactors, lnDayFactors, traffic);
      const filled = link.demand.fill(month, dayFactors, lnDayFactors, scale, lnScale);
      const changed = applyShares(
        life.demandShareSteps,
        link.share,
        month.startMinute,
        hours,
        scale,
        lnScale,
      );
      // The month's demand volume over its hours in force, after a partial move's share left.
      const demandMbpsHours = changed || hours < month.hours ? sumOf(scale, hours) : filled;
      const capacityMbps = link.capacityByMonth[m];
      let model = link.models.get(capacityMbps);
      if (!model) {
        model = new LinkMonthModel({ capacityMbps, noiseCv: link.profile.noiseCv });
        link.models.set(capacityMbps, model);
      }
      const stats = model.runMonth(
        {
          monthStartMinute: month.startMinute,
          hours,
          scaleMbps: scale,
          lnScaleMbps: lnScale,
          hourExtraMbps: link.extra,
          intervals: link.intervals,
          copies: link.copies,
        },
        traffic,
      );
      for (const c of stats.finished) finished.push(c);
      const [peak, p95, above80, above100, unserved] = link.names;
      recorder.set(peak, m, stats.peakMbps);
      recorder.set(p95, m, stats.p95Mbps);
      recorder.set(above80, m, stats.hoursAbove80);
      recorder.set(above100, m, stats.hoursAbove100);
      recorder.set(unserved, m, stats.unservedGb);
      if (link === links[0]) {
        // Background (Σ hourly means, E[η] = 1) and the link's nightly window, Mbit/s·h → GB.
        const demandGb = ((demandMbpsHours + (hours / 24) * link.windowMbpsHours) * 3600) / 8000;
        recorder.set('egressDemandGb', m, demandGb);
        recorder.set(
          'egressAvailability',
          m,
          demandGb > 0 ? Math.max(0, 1 - stats.unservedGb / demandGb) : 1,
        );
      }
    }
    recordCopies(finished, m, ctx);
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
  ctx.onFinish(() => {
    const notes: MigrationNote[] = [];
    copies.migrations.forEach((copy, plan) => {
      if (copy) notes.push(migrationNote(copy, plan, Math.min(life.endMinute, termMinutes)));
    });
    if (notes.length > 0) ctx.notes.migrations = notes;
  });
}

/**
 * A partial move's share of the link's background leaves from its leave date (hours in force only).
 * True when some hour of the month changed.
 */
function applyShares(
  steps: readonly DemandShareStep[],
  key: 'egress' | 'serverToServer',
  monthStartMinute: number,
  hours: number,
  scale: Float64Array,
  lnScale: Float64Array,
): boolean {
  if (steps.length === 0) return false;
  let changed = false;
  for (let h = 0; h < hours; h++) {
    const remaining = Math.max(1e-9, demandRemaining(steps, key, monthStartMinute + h * 60));
    if (remaining === 1) continue;
    scale[h] *= remaining;
    lnScale[h] += Math.log(remaining);
    changed = true;
  }
  return changed;
}

function sumOf(values: Float64Array, n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += values[i];
  return total;
}

/** What one migration's copy did in this replication (plain data for the notes). */
function migrationNote(copy: CopyJob, plan: number, endMinute: number): MigrationNote {
  const finished = !Number.isNaN(copy.finishedMinute);
  const deadline = copy.deadlineMinute ?? endMinute;
  const atDeadline = copy.remainingAtDeadlineMbit ?? Number.NaN;
  const remainingAtDeadlineMbit =
    copy.startMinute >= deadline
      ? copy.dataMbit
      : finished && copy.finishedMinute <= deadline
        ? 0
        : Number.isNaN(atDeadline)
          ? copy.remainingMbit
          : atDeadline;
  const stoppedMinute = finished ? copy.finishedMinute : Math.max(copy.startMinute, endMinute);
  return {
    plan,
    finishedMinute: finished ? copy.finishedMinute : Number.NaN,
    copyHours: (stoppedMinute - copy.startMinute) / 60,
    copiedTb: (copy.dataMbit - copy.remainingMbit) / 8e6,
    remainingAtDeadlineTb: remainingAtDeadlineMbit / 8e6,
    lineFullHours: (copy.fullMinutes ?? 0) / 60,
    liveUnservedGb: ((copy.liveUnservedMbpsMinutes ?? 0) * 60) / 8000,
  };
}

/** Series suffixes per link, in the order runMonth's figures are recorded. */
const SERIES = ['PeakMbps', 'P95Mbps', 'HoursAbove80', 'HoursAbove100', 'UnservedGb'];

/** Day factors (lognormal, mean 1, CV dailyNoiseCv) and their logarithms, drawn as exp(normal). */
function drawDayFactors(
  profile: DemandProfile,
  days: number,
  out: Float64Array,
  lnOut: Float64Array,
  rng: { normal(mean: number, sd: number): number },
): void {
  const cv = profile.dailyNoiseCv ?? DEFAULT_DAILY_NOISE_CV;
  // As RandomStream.lognormalFromMeanCv(1, cv): the same deviates, so the same factors.
  const sigma2 = Math.log(1 + cv * cv);
  const mu = Math.log(1) - sigma2 / 2;
  const sigma = Math.sqrt(sigma2);
  for (let d = 0; d < days; d++) {
    const z = cv > 0 ? rng.normal(mu, sigma) : 0;
    lnOut[d] = z;
    out[d] = cv > 0 ? Math.exp(z) : 1;
  }
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
