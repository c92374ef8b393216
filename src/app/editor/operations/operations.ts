/**
 * The scenario as a dated list of operations a planner recognises: the timeline's events (a system
 * goes live, grows, is switched off, moves out or in; hosts are added or retired; a quota or price
 * changes; the city exits; the term is renewed). Pure functions on the document — no React — so each
 * edit is one new document (one undo step) and tests call them directly.
 *
 * Some operations live in two places and are kept in step here: a system going live is a system in
 * compute.systems (its onboardMonth) plus its timeline event, and a system switched off sets the
 * system's decommissionMonth. Everything else is the timeline event alone.
 */
import { TermCalendar } from '../../../engine/calendar.ts';
import { horizonMonthsOf } from '../../../scenario/lifecycle.ts';
import type { Scenario, SystemDef, VmShape } from '../../../scenario/schema.ts';
import { monthOffset } from '../../../scenario/sections/common.ts';
import type { TimelineEvent } from '../../../scenario/sections/timeline.ts';

export type OperationKind = TimelineEvent['kind'];

/** The kinds a planner adds, in the order the "add" menu lists them. */
export const OPERATION_KINDS: readonly OperationKind[] = [
  'onboard-system',
  'grow-system',
  'decommission-system',
  'migrate-out',
  'migrate-in',
  'add-hosts',
  'retire-hosts',
  'quota-change',
  'price-change',
  'exit-notice',
  'renew-term',
];

export interface Operation {
  /** Index of the event in scenario.timeline (what an edit addresses). */
  index: number;
  event: TimelineEvent;
  /** Horizon month of the event's date (0 = the term's first month). */
  month: number;
}

/** The operations in date order (ties keep the timeline's order). */
export function operationsOf(doc: Scenario): Operation[] {
  return doc.timeline
    .map((event, index) => ({ index, event, month: monthOffset(doc.term.startDate, event.date) }))
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index));
}

function calendarOf(doc: Scenario): TermCalendar | null {
  try {
    return new TermCalendar(doc.term.startDate, Math.max(1, horizonMonthsOf(doc)));
  } catch {
    return null; // an invalid term while editing: dates then fall back to the start date
  }
}

/** The first day of horizon month `month` ('YYYY-MM-DD'), clamped to the horizon. */
export function dateOfMonth(doc: Scenario, month: number): string {
  const calendar = calendarOf(doc);
  if (!calendar) return doc.term.startDate;
  const m = Math.max(0, Math.min(month, calendar.months - 1));
  return calendar.minuteToDate(calendar.monthStartMinute(m));
}

/** The day after the horizon ends: where a renewal starts. */
export function horizonEndDate(doc: Scenario): string {
  const calendar = calendarOf(doc);
  return calendar ? calendar.minuteToDate(calendar.endMinute) : doc.term.startDate;
}

/** `date` plus `days` ('YYYY-MM-DD'), through the calendar of the term. */
export function addDays(doc: Scenario, date: string, days: number): string {
  const calendar = calendarOf(doc);
  if (!calendar) return date;
  try {
    return calendar.minuteToDate(calendar.dateToMinute(date) + days * 1440);
  } catch {
    return date;
  }
}

/** An id not yet used, from a stem: 'new-system', 'new-system-2', … */
export function freeId(stem: string, used: ReadonlySet<string>): string {
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** A typical application VM (domain-parameters.md §2.1): what a new system or growth starts with. */
export const TYPICAL_VM: VmShape = {
  count: 2,
  vcpu: 8,
  ramGb: 16,
  diskGb: 100,
  haPair: false,
  cpuUtilisation: 0.3,
};

function hostIds(doc: Scenario): Set<string> {
  const ids = new Set(doc.compute.hosts.map((h) => h.id));
  for (const e of doc.timeline) if (e.kind === 'add-hosts') for (const h of e.hosts) ids.add(h.id);
  return ids;
}

/** The event a new operation of `kind` starts from, at `date`, with values a planner then adjusts. */
function freshEvent(doc: Scenario, kind: OperationKind, date: string, newSystemId: string): TimelineEvent {
  const firstSystem = doc.compute.systems[0]?.id ?? newSystemId;
  switch (kind) {
    case 'onboard-system':
      return { kind, date, systemId: newSystemId };
    case 'grow-system':
      return { kind, date, systemId: firstSystem, vms: [{ ...TYPICAL_VM }] };
    case 'decommission-system': {
      const live = doc.compute.systems.find((s) => s.decommissionMonth === undefined);
      return { kind, date, systemId: live?.id ?? firstSystem };
    }
    case 'migrate-out':
      return { kind, date, systemIds: [firstSystem], dataTb: 2, linkMbps: 200 };
    case 'migrate-in':
      return { kind, date, systemId: firstSystem, dataTb: 2, linkMbps: 200 };
    case 'add-hosts': {
      const used = hostIds(doc);
      const first = freeId('host-new', used);
      const second = freeId('host-new', new Set([...used, first]));
      const like = doc.compute.hosts[0] ?? { vcpu: 48, ramGb: 96, diskTb: 6 };
      return {
        kind,
        date,
        hosts: [first, second].map((id) => ({ id, vcpu: like.vcpu, ramGb: like.ramGb, diskTb: like.diskTb })),
      };
    }
    case 'retire-hosts':
      return { kind, date, hostIds: [doc.compute.hosts[doc.compute.hosts.length - 1]?.id ?? 'host-01'] };
    case 'quota-change':
      return { kind, date, quotas: { storageTb: doc.contract.quotas.storageTb + 10 } };
    case 'price-change':
      return { kind, date, factor: '0.95' };
    case 'exit-notice':
      return { kind, date, exitDate: addDays(doc, date, doc.contract.exitNoticeDays) };
    case 'renew-term': {
      const start = horizonEndDate(doc);
      return {
        kind,
        date: start,
        months: 36,
        totalInclVatCny: doc.contract.totalInclVatCny,
        quotas: { ...doc.contract.quotas },
        installmentDueDates: renewalDueDates(doc, start, 36),
      };
    }
  }
}

/** Half-yearly due dates of a renewal of `months` from `start`: the last day of every sixth month. */
export function renewalDueDates(doc: Scenario, start: string, months: number): string[] {
  const out: string[] = [];
  const [y, m] = start.split('-').map(Number);
  for (let k = 6; k <= months; k += 6) {
    const total = y * 12 + (m - 1) + k; // the month after the sixth month
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    const firstOfNext = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    out.push(addDays(doc, firstOfNext, -1));
  }
  return out.length ? out : [addDays(doc, start, 27)];
}

/** Adds an operation of `kind` at `date` (a new system too, for a system going live). */
export function addOperation(
  doc: Scenario,
  kind: OperationKind,
  date: string,
  names = NEW_SYSTEM_NAMES,
): Scenario {
  const systemId = freeId('new-system', new Set(doc.compute.systems.map((s) => s.id)));
  const event = freshEvent(doc, kind, date, systemId);
  let next: Scenario = { ...doc, timeline: [...doc.timeline, event] };
  if (kind === 'onboard-system') {
    const system: SystemDef = {
      id: systemId,
      name: names.en,
      nameZh: names.zh,
      vms: [{ ...TYPICAL_VM }],
      onboardMonth: monthOffset(doc.term.startDate, date),
      growth: { vmsPerYear: 0, cpuUtilisationPerYear: 0 },
    };
    next = {
      ...next,
      compute: { ...next.compute, systems: [...next.compute.systems, system] },
      storage: {
        ...next.storage,
        systems: [
          ...next.storage.systems,
          { systemId, primaryTb: 1, growth: { kind: 'compound', ratePerYear: 0.2 } },
        ],
      },
    };
  }
  if (kind === 'decommission-system' && event.kind === 'decommission-system') {
    next = setSystemMonth(next, event.systemId, 'decommissionMonth', monthOffset(doc.term.startDate, date));
  }
  return next;
}

export const NEW_SYSTEM_NAMES = { zh: '新业务系统', en: 'New system' };

function setSystemMonth(
  doc: Scenario,
  systemId: string,
  field: 'onboardMonth' | 'decommissionMonth',
  month: number | undefined,
): Scenario {
  return {
    ...doc,
    compute: {
      ...doc.compute,
      systems: doc.compute.systems.map((s) => {
        if (s.id !== systemId) return s;
        if (month === undefined) {
          const { decommissionMonth: _, ...rest } = s;
          return field === 'decommissionMonth' ? rest : s;
        }
        return { ...s, [field]: month };
      }),
    },
  };
}

/**
 * Replaces the operation at `index` with `event`, keeping what lives elsewhere in step: the system's
 * onboardMonth or decommissionMonth follows the date (and the system, when another one is chosen).
 */
export function updateOperation(doc: Scenario, index: number, event: TimelineEvent): Scenario {
  const before = doc.timeline[index];
  const timeline = doc.timeline.map((e, i) => (i === index ? event : e));
  let next: Scenario = { ...doc, timeline };
  const month = monthOffset(doc.term.startDate, event.date);
  if (event.kind === 'onboard-system' && before?.kind === 'onboard-system') {
    next = setSystemMonth(next, event.systemId, 'onboardMonth', month);
  }
  if (event.kind === 'decommission-system' && before?.kind === 'decommission-system') {
    if (before.systemId !== event.systemId)
      next = setSystemMonth(next, before.systemId, 'decommissionMonth', undefined);
    next = setSystemMonth(next, event.systemId, 'decommissionMonth', month);
  }
  return next;
}

/**
 * Removes the operation at `index`. A system that went live with it leaves the scenario too (with its
 * storage and any later operation on it); a system it switched off runs to the end again.
 */
export function removeOperation(doc: Scenario, index: number): Scenario {
  const event = doc.timeline[index];
  if (!event) return doc;
  let next: Scenario = { ...doc, timeline: doc.timeline.filter((_, i) => i !== index) };
  if (event.kind === 'onboard-system') {
    const id = event.systemId;
    const system = doc.compute.systems.find((s) => s.id === id);
    if (system && system.onboardMonth > 0) {
      next = {
        ...next,
        timeline: next.timeline.filter((e) => !('systemId' in e) || e.systemId !== id),
        compute: { ...next.compute, systems: next.compute.systems.filter((s) => s.id !== id) },
        storage: { ...next.storage, systems: next.storage.systems.filter((s) => s.systemId !== id) },
      };
    }
  }
  if (event.kind === 'decommission-system') {
    next = setSystemMonth(next, event.systemId, 'decommissionMonth', undefined);
  }
  return next;
}

/** The system of an operation that names one, or null. */
export function systemOf(doc: Scenario, event: TimelineEvent): { system: SystemDef; index: number } | null {
  if (!('systemId' in event)) return null;
  const index = doc.compute.systems.findIndex((s) => s.id === event.systemId);
  return index < 0 ? null : { system: doc.compute.systems[index], index };
}
