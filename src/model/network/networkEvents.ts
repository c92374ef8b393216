/**
 * The dated loads on the links, built once per replication before the hourly runs:
 * - DDoS attacks on egress: random ones as a Poisson process (eventsPerYear, stream 'ddos'), size
 *   lognormal (mean meanSizeMbps, CV sizeCv, default 1), duration exponential (mean
 *   meanDurationMinutes, at least 1 min); plus the scenario's dated 'ddos-burst' events. The line
 *   carries what scrubbing leaves: size × (1 − scrubbedFraction).
 * - Copies: 'bulk-copy' events on their link (throttled to maxMbps), and the lifecycle's migrations
 *   ('migrate-out' / 'migrate-in') over the egress line (at linkMbps, with their policy and deadline);
 *   each starts at 00:00 CST of its date.
 */

import type { MigrationPlan } from '../../scenario/lifecycle.ts';
import type { Network } from '../../scenario/sections/network.ts';
import type { CopyJob, ExtraInterval } from './linkMonth.ts';

export interface DdosAttack extends ExtraInterval {
  /** Attack size before scrubbing, Mbit/s (`mbps` is what reaches the line). */
  rawMbps: number;
}

/** The part of RandomStream used here. */
export interface DdosRandom {
  exponential(mean: number): number;
  lognormalFromMeanCv(mean: number, cv: number): number;
}

const MINUTES_PER_YEAR = 365 * 1440;

export function buildDdosAttacks(
  network: Network,
  termMinutes: number,
  dateToMinute: (isoDate: string) => number,
  rng: DdosRandom,
): DdosAttack[] {
  const { ddos } = network;
  const keep = 1 - ddos.scrubbedFraction;
  const attacks: DdosAttack[] = [];
  if (ddos.eventsPerYear > 0 && ddos.meanSizeMbps > 0) {
    const meanGap = MINUTES_PER_YEAR / ddos.eventsPerYear;
    for (let t = rng.exponential(meanGap); t < termMinutes; t += rng.exponential(meanGap)) {
      const rawMbps = rng.lognormalFromMeanCv(ddos.meanSizeMbps, ddos.sizeCv ?? 1);
      const minutes = Math.max(1, rng.exponential(Math.max(1, ddos.meanDurationMinutes)));
      attacks.push({ startMinute: t, endMinute: t + minutes, mbps: rawMbps * keep, rawMbps });
    }
  }
  for (const e of network.events) {
    if (e.kind !== 'ddos-burst') continue;
    const start = dateToMinute(e.date) + e.hour * 60;
    if (start < 0 || start >= termMinutes) continue;
    attacks.push({
      startMinute: start,
      endMinute: start + e.durationMinutes,
      mbps: e.sizeMbps * keep,
      rawMbps: e.sizeMbps,
    });
  }
  attacks.sort((a, b) => a.startMinute - b.startMinute);
  return attacks;
}

/** A copy of `dataTb` decimal terabytes (10¹² bytes, as the storage model counts): 8·10⁶ Mbit each. */
function job(label: string, startMinute: number, capMbps: number, dataTb: number): CopyJob {
  const dataMbit = dataTb * 8e6;
  return { label, startMinute, capMbps, dataMbit, remainingMbit: dataMbit, finishedMinute: Number.NaN };
}

/**
 * Copy jobs per link; labels start with 'migrate' for migrations, 'bulk' for bulk copies.
 * `migrations[i]` is the job of `plans[i]` (null when it carries no data or starts outside the term).
 */
export function buildCopies(
  network: Network,
  plans: readonly MigrationPlan[],
  termMinutes: number,
  dateToMinute: (isoDate: string) => number,
): { egress: CopyJob[]; serverToServer: CopyJob[]; migrations: (CopyJob | null)[] } {
  const egress: CopyJob[] = [];
  const serverToServer: CopyJob[] = [];
  const inTerm = (t: number) => t >= 0 && t < termMinutes;
  for (const e of network.events) {
    if (e.kind !== 'bulk-copy' || e.dataTb <= 0) continue;
    const t = dateToMinute(e.date);
    if (!inTerm(t)) continue;
    (e.link === 'egress' ? egress : serverToServer).push(job(`bulk ${e.date}`, t, e.maxMbps, e.dataTb));
  }
  const migrations = plans.map((plan) => {
    if (plan.dataTb <= 0 || !inTerm(plan.startMinute)) return null;
    const copy: CopyJob = {
      ...job(`${plan.kind} ${plan.date}`, plan.startMinute, plan.linkMbps, plan.dataTb),
      policy: plan.policy,
      deadlineMinute: plan.deadlineMinute,
      remainingAtDeadlineMbit: Number.NaN,
      fullMinutes: 0,
      liveUnservedMbpsMinutes: 0,
    };
    egress.push(copy);
    return copy;
  });
  return { egress, serverToServer, migrations };
}

/**
 * A copy's deadline (the exit, its systems' leave date, its system's start): when the link model has
 * run up to it, the data still to copy is noted (remainingAtDeadlineMbit). A copy done by then, or not
 * started, notes nothing (the migration note reads those cases from finishedMinute and startMinute).
 */
/** Notes, for every copy whose deadline is at or before `minute`, what it still had to copy then. */
export function noteDeadlines(copies: readonly CopyJob[], minute: number): void {
  for (const c of copies) {
    const d = c.deadlineMinute;
    if (d === undefined || d > minute || c.startMinute > minute) continue;
    if (!Number.isNaN(c.remainingAtDeadlineMbit ?? Number.NaN)) continue;
    if (Number.isNaN(c.finishedMinute) || c.finishedMinute > d) c.remainingAtDeadlineMbit = c.remainingMbit;
  }
}
