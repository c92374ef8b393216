/**
 * The migration answer across replications: for each copy of the lifecycle (a migrate-out or a
 * migrate-in over the egress line), how long it takes against its window (from its start to its
 * deadline: the exit or the systems' leave date going out, the system's start coming in), how likely
 * it is to finish in time, by how much it misses when it does not and what rate would make it, and
 * what it does to the line it shares.
 *
 * Units: data in decimal terabytes (10¹² bytes, as the storage model and the copy count them: one TB
 * is 8·10⁶ Mbit), rates in Mbit/s, durations in hours. A copy cut off by the exit is projected at the
 * mean rate it achieved (its duration then says how long it would have needed); one that copied
 * nothing has no rate and an infinite duration.
 *
 * Exact order statistics (one value per replication and copy: small), linear interpolation as the
 * bands use; a summary reads the replications in replication order, so it does not depend on how
 * many workers ran them.
 */
import type { MigrationNote } from '../model/context.ts';
import type { MigrationPlan } from '../scenario/lifecycle.ts';
import type { CopyPolicy } from '../scenario/sections/timeline.ts';

const MBIT_PER_TB = 8e6;

export interface Spread {
  p5: number;
  p50: number;
  p95: number;
  mean: number;
}

export interface MigrationSummary {
  /** The migrate-out / migrate-in event's index in the scenario's timeline. */
  timelineIndex: number;
  kind: 'migrate-out' | 'migrate-in';
  /** The day the copy starts, and its deadline with what sets it. */
  date: string;
  deadlineDate: string;
  deadlineKind: 'exit' | 'leave' | 'start';
  wholeEstate: boolean;
  systemIds: string[];
  dataTb: number;
  linkMbps: number;
  policy: CopyPolicy;
  /** Hours from the copy's start to its deadline. */
  windowHours: number;
  /** The copy alone on an idle line at its rate: dataTb · 8·10⁶ ÷ linkMbps ÷ 3600. */
  idleLineHours: number;
  /** The average rate that moves the data within the window: dataTb · 8·10⁶ ÷ (windowHours · 3600), Mbit/s. */
  requiredMbps: number;
  replications: number;
  /** Start → last bit, hours (projected for a copy cut off at the exit). */
  durationHours: Spread;
  /** Share of replications whose copy finished by the deadline. */
  finishProbability: number;
  /** Hours past the deadline (0 when in time), and TB still to copy at the deadline. */
  hoursShort: Spread;
  remainingTbAtDeadline: Spread;
  /** The copy's mean rate while it ran, Mbit/s (below linkMbps when live traffic leaves less). */
  meanRateMbps: Spread;
  /** While it ran: hours the line was full, and live traffic unserved because of the copy, GB. */
  lineFullHours: Spread;
  liveUnservedGb: Spread;
}

/** Interpolated percentile of sorted values that may hold +∞ (an infinite neighbour gives +∞). */
function at(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  if (h === lo || sorted[hi] === sorted[lo]) return sorted[lo];
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

function spread(values: readonly number[]): Spread {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of values) sum += v;
  return { p5: at(sorted, 0.05), p50: at(sorted, 0.5), p95: at(sorted, 0.95), mean: sum / values.length };
}

/** The copy's duration in one replication: as it finished, or projected at its mean rate. */
export function durationOf(note: MigrationNote, plan: MigrationPlan): number {
  if (!Number.isNaN(note.finishedMinute)) return (note.finishedMinute - plan.startMinute) / 60;
  const rateMbps = note.copyHours > 0 ? (note.copiedTb * MBIT_PER_TB) / (note.copyHours * 3600) : 0;
  if (!(rateMbps > 0)) return Number.POSITIVE_INFINITY;
  const leftTb = plan.dataTb - note.copiedTb;
  return note.copyHours + (leftTb * MBIT_PER_TB) / rateMbps / 3600;
}

/**
 * Summarises each planned copy over the replications' notes (in replication order; a replication
 * without a note for a copy — it carried no data — is left out of that copy's figures).
 */
export function summarizeMigrations(
  plans: readonly MigrationPlan[],
  notes: readonly (readonly MigrationNote[] | undefined)[],
): MigrationSummary[] {
  return plans.map((plan, index) => {
    const mine: MigrationNote[] = [];
    for (const n of notes) {
      const note = n?.find((x) => x.plan === index);
      if (note) mine.push(note);
    }
    const windowHours = Math.max(0, (plan.deadlineMinute - plan.startMinute) / 60);
    const durations = mine.map((n) => durationOf(n, plan));
    let finished = 0;
    for (const n of mine) if (n.remainingAtDeadlineTb === 0 && !Number.isNaN(n.finishedMinute)) finished++;
    return {
      timelineIndex: plan.timelineIndex,
      kind: plan.kind,
      date: plan.date,
      deadlineDate: plan.deadlineDate,
      deadlineKind: plan.deadlineKind,
      wholeEstate: plan.wholeEstate,
      systemIds: [...plan.systemIds],
      dataTb: plan.dataTb,
      linkMbps: plan.linkMbps,
      policy: plan.policy,
      windowHours,
      idleLineHours: (plan.dataTb * MBIT_PER_TB) / plan.linkMbps / 3600,
      requiredMbps:
        windowHours > 0 ? (plan.dataTb * MBIT_PER_TB) / (windowHours * 3600) : Number.POSITIVE_INFINITY,
      replications: mine.length,
      durationHours: spread(durations),
      finishProbability: mine.length > 0 ? finished / mine.length : 0,
      hoursShort: spread(durations.map((d) => Math.max(0, d - windowHours))),
      remainingTbAtDeadline: spread(mine.map((n) => n.remainingAtDeadlineTb)),
      meanRateMbps: spread(
        mine.map((n, i) => {
          const hours = Number.isNaN(n.finishedMinute) ? n.copyHours : durations[i];
          return hours > 0 ? (n.copiedTb * MBIT_PER_TB) / (hours * 3600) : 0;
        }),
      ),
      lineFullHours: spread(mine.map((n) => n.lineFullHours)),
      liveUnservedGb: spread(mine.map((n) => n.liveUnservedGb)),
    };
  });
}
