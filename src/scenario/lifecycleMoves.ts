/**
 * The moves of a lifecycle: each migrate-out and migrate-in as a copy with its start and deadline
 * (a leave date, the exit, or the system's start), the minute each system leaves, and the cumulative
 * shares of demand gone with partial moves. Split from lifecycle.ts, which derives the rest.
 */
import type { TermCalendar } from '../engine/calendar.ts';
import type { DemandShareStep, ExitInForce, Lifecycle, MigrationPlan } from './lifecycle.ts';
import type { Scenario } from './schema.ts';

export function movesOf(
  scenario: Scenario,
  calendar: TermCalendar,
  exit: ExitInForce | null,
): Pick<Lifecycle, 'migrations' | 'demandShareSteps' | 'systemLeaveMinute'> {
  const { timeline, compute } = scenario;
  const allIds = compute.systems.map((s) => s.id);
  const migrations: MigrationPlan[] = [];
  const steps: { minute: number; egress: number; serverToServer: number; sms: number }[] = [];
  const systemLeaveMinute = new Map<string, number>();
  const systemStartMinute = new Map<string, number>();
  for (const s of compute.systems) {
    systemStartMinute.set(s.id, calendar.monthStartMinute(Math.min(s.onboardMonth, calendar.months)));
  }
  for (const e of timeline) {
    if (e.kind === 'onboard-system' && systemStartMinute.has(e.systemId)) {
      systemStartMinute.set(e.systemId, calendar.dateToMinute(e.date));
    }
  }
  timeline.forEach((e, timelineIndex) => {
    if (e.kind === 'migrate-out') {
      const wholeEstate = e.systemIds.length === 0;
      const leaveDate = e.leaveDate ?? (exit ? exit.date : e.date);
      const leaveMinute = Math.min(
        calendar.dateToMinute(leaveDate),
        exit ? exit.minute : Number.POSITIVE_INFINITY,
      );
      const systemIds = wholeEstate ? allIds : [...e.systemIds];
      for (const id of systemIds) {
        const before = systemLeaveMinute.get(id);
        if (before === undefined || leaveMinute < before) systemLeaveMinute.set(id, leaveMinute);
      }
      const shares = e.demandShares;
      if (!wholeEstate && shares) {
        steps.push({
          minute: leaveMinute,
          egress: shares.egress ?? 0,
          serverToServer: shares.serverToServer ?? 0,
          sms: shares.sms ?? 0,
        });
      }
      migrations.push({
        timelineIndex,
        kind: 'migrate-out',
        date: e.date,
        startMinute: calendar.dateToMinute(e.date),
        deadlineDate: calendar.minuteToDate(leaveMinute),
        deadlineMinute: leaveMinute,
        deadlineKind: exit !== null && leaveMinute === exit.minute ? 'exit' : 'leave',
        dataTb: e.dataTb,
        linkMbps: e.linkMbps,
        policy: e.copyPolicy ?? 'yield',
        systemIds,
        wholeEstate,
      });
    } else if (e.kind === 'migrate-in') {
      const deadline = systemStartMinute.get(e.systemId) ?? calendar.dateToMinute(e.date);
      migrations.push({
        timelineIndex,
        kind: 'migrate-in',
        date: e.date,
        startMinute: calendar.dateToMinute(e.date),
        deadlineDate: calendar.minuteToDate(deadline),
        deadlineMinute: deadline,
        deadlineKind: 'start',
        dataTb: e.dataTb,
        linkMbps: e.linkMbps,
        policy: e.copyPolicy ?? 'yield',
        systemIds: [e.systemId],
        wholeEstate: false,
      });
    }
  });
  // Cumulative shares over time (each capped at 1).
  steps.sort((a, b) => a.minute - b.minute);
  const demandShareSteps: DemandShareStep[] = [];
  let egress = 0;
  let serverToServer = 0;
  let sms = 0;
  for (const s of steps) {
    egress = Math.min(1, egress + s.egress);
    serverToServer = Math.min(1, serverToServer + s.serverToServer);
    sms = Math.min(1, sms + s.sms);
    demandShareSteps.push({ minute: s.minute, egress, serverToServer, sms });
  }
  return { migrations, demandShareSteps, systemLeaveMinute };
}

/** The share of the baseline demand still here at `minute` (1 − the shares gone by then). */
export function demandRemaining(
  steps: readonly DemandShareStep[],
  key: 'egress' | 'serverToServer' | 'sms',
  minute: number,
): number {
  let gone = 0;
  for (const s of steps) {
    if (s.minute > minute) break;
    gone = s[key];
  }
  return 1 - gone;
}
