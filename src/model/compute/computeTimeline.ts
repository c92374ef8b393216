/**
 * What the timeline and the lifecycle ask of the compute pool, as minutes (computed once per
 * replication, before the run): which hosts the pool ever has and when each joins and leaves, when
 * each system starts and ends, the VMs systems grow by, and the VM limit in force.
 *
 * - Hosts: the scenario's own from minute 0; 'add-hosts' hosts join at 00:00 of their date (appended
 *   in timeline order, so the scenario's hosts keep their indices); 'retire-hosts' hosts leave on theirs.
 * - Systems: from onboardMonth (refined to the day by an 'onboard-system' event) until their
 *   decommission (month, or the 'decommission-system' date) or the day they leave with a move
 *   (lifecycle.systemLeaveMinute: a leave date, or the exit for the whole estate).
 * - Growth: a 'grow-system' event adds its VMs to the system at max(its date, the system's start).
 * - VM limit: contract.quotas.vmCount, then the limit in force each month (renewals, amendments),
 *   changing at the start of a month where it differs from the month before.
 */
import type { TermCalendar } from '../../engine/calendar.ts';
import type { Compute, Host, Timeline, VmShape } from '../../scenario/schema.ts';

/**
 * What the compute model reads from a scenario (a subset, so tests can build small inputs): the
 * section, the timeline, the VM admission limit (contract.quotas.vmCount) and what the lifecycle adds.
 */
export interface ComputePlanInputs {
  compute: Compute;
  timeline: Timeline;
  vmLimit: number;
  /** Per system id, the minute it leaves with a move (src/scenario/lifecycle.ts). */
  systemLeaveMinute?: ReadonlyMap<string, number>;
  /** The VM limit in force each month; absent = vmLimit throughout. */
  vmLimitByMonth?: readonly number[];
}

export interface ComputePlan {
  hosts: Host[];
  /** Per host: the minute it joins the pool and the minute it leaves (+∞: never). */
  hostJoin: Float64Array;
  hostLeave: Float64Array;
  /** Per system: the minute it starts and the minute it ends (+∞: runs on). */
  systemStart: Float64Array;
  systemEnd: Float64Array;
  growths: { minute: number; system: number; shapes: readonly VmShape[] }[];
  vmLimits: { minute: number; limit: number }[];
}

export function computePlan(inputs: ComputePlanInputs, calendar: TermCalendar): ComputePlan {
  const { compute, timeline } = inputs;
  const termEnd = calendar.monthStartMinute(calendar.months);
  const hosts: Host[] = [...compute.hosts];
  const hostJoin: number[] = compute.hosts.map(() => 0);
  for (const e of timeline) {
    if (e.kind !== 'add-hosts') continue;
    for (const h of e.hosts) {
      hosts.push(h);
      hostJoin.push(Math.max(0, calendar.dateToMinute(e.date)));
    }
  }
  const hostIndex = new Map(hosts.map((h, i) => [h.id, i]));
  const hostLeave = new Float64Array(hosts.length).fill(Number.POSITIVE_INFINITY);
  for (const e of timeline) {
    if (e.kind !== 'retire-hosts') continue;
    const minute = calendar.dateToMinute(e.date);
    for (const id of e.hostIds) {
      const h = hostIndex.get(id);
      if (h !== undefined && minute < hostLeave[h]) hostLeave[h] = minute;
    }
  }

  const systems = compute.systems;
  const systemStart = Float64Array.from(systems, (s) =>
    calendar.monthStartMinute(Math.min(s.onboardMonth, calendar.months)),
  );
  const systemEnd = new Float64Array(systems.length).fill(Number.POSITIVE_INFINITY);
  systems.forEach((s, i) => {
    if (s.decommissionMonth !== undefined && s.decommissionMonth < calendar.months) {
      systemEnd[i] = calendar.monthStartMinute(s.decommissionMonth);
    }
  });
  const index = new Map(systems.map((s, i) => [s.id, i]));
  const growths: ComputePlan['growths'] = [];
  for (const e of timeline) {
    if (e.kind === 'onboard-system' || e.kind === 'decommission-system') {
      const i = index.get(e.systemId);
      if (i === undefined) continue;
      // The event's date refines the system's month to the day.
      if (e.kind === 'onboard-system') systemStart[i] = calendar.dateToMinute(e.date);
      else systemEnd[i] = calendar.dateToMinute(e.date);
    }
  }
  for (const [id, minute] of inputs.systemLeaveMinute ?? []) {
    const i = index.get(id);
    if (i !== undefined && minute < systemEnd[i]) systemEnd[i] = minute;
  }
  for (const e of timeline) {
    if (e.kind !== 'grow-system') continue;
    const i = index.get(e.systemId);
    if (i === undefined) continue;
    const minute = Math.max(calendar.dateToMinute(e.date), systemStart[i]);
    if (minute < termEnd && minute < systemEnd[i]) growths.push({ minute, system: i, shapes: e.vms });
  }
  growths.sort((a, b) => a.minute - b.minute);

  const vmLimits: ComputePlan['vmLimits'] = [];
  const byMonth = inputs.vmLimitByMonth;
  if (byMonth) {
    for (let m = 1; m < Math.min(byMonth.length, calendar.months); m++) {
      if (byMonth[m] !== byMonth[m - 1])
        vmLimits.push({ minute: calendar.monthStartMinute(m), limit: byMonth[m] });
    }
  }
  return {
    hosts,
    hostJoin: Float64Array.from(hostJoin),
    hostLeave,
    systemStart,
    systemEnd,
    growths,
    vmLimits,
  };
}
