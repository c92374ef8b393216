/**
 * The contract in force over time, derived from a validated scenario: one representation that the
 * models, settlement, results and the UI all read, so that an exit, a renewal or an amendment means
 * the same thing everywhere.
 *
 * - The horizon: the signed term (`term`) followed by each renewal ('renew-term' events, in date
 *   order, each starting the day after the previous term ends). The simulation runs over the whole
 *   horizon; month m is horizon month m (month 0 = the first term's first month).
 * - Each contract term has its own quotas, total, installments and catalog (a renewal without a
 *   catalog carries the previous term's; price changes do not carry: a renewal is a new contract).
 * - Amendments ('quota-change') set quotas from the first day of the term month of their date until
 *   the next amendment of that quota or the next renewal.
 * - An exit ('exit-notice') ends the contract at 00:00 of its exit date: the exit month is in force
 *   for the days before it, later months not at all; installments due on or after the exit are
 *   replaced by one final settlement due on the exit date (clause 2.2.1, 按实际使用).
 * - `monthsInForce` is the mask of months that count (breaches, first-breach months, charts).
 *
 * Pure and memoised per scenario object (the scenario is never mutated after validation).
 */
import { TermCalendar } from '../engine/calendar.ts';
import { movesOf } from './lifecycleMoves.ts';
import type { Scenario } from './schema.ts';
import type { Quotas } from './sections/contract.ts';
import { QUOTA_KEYS, type QuotaKey } from './sections/modelConstants.ts';
import type { PriceCatalog } from './sections/priceCatalog.ts';
import type { CopyPolicy, TimelineEvent } from './sections/timeline.ts';

export { demandRemaining } from './lifecycleMoves.ts';

export const MINUTES_PER_DAY = 1440;

export interface ContractTerm {
  /** 0 = the signed term, 1 = the first renewal, … */
  index: number;
  /** Horizon month of the term's first month, and its length in months. */
  startMonth: number;
  months: number;
  /** First day, and last day (inclusive). */
  startDate: string;
  endDate: string;
  totalInclVatCny: string;
  quotas: Quotas;
  /** Due dates as signed. */
  installmentDueDates: string[];
  /**
   * Due dates settled: as signed, or, in the term of an exit, those before the exit followed by the
   * final settlement on the exit date.
   */
  settledDueDates: string[];
  /** True when the last of settledDueDates is the final settlement on an exit. */
  finalSettlementOnExit: boolean;
  priceCatalog: PriceCatalog;
  /** The quotas of the term whose catalog this is (a renewal without a catalog carries an older one). */
  catalogQuotas: Quotas;
  /** The 'renew-term' event that opened it; null for the signed term. */
  timelineIndex: number | null;
}

export interface ExitInForce {
  /** First day out of force (00:00 CST of it ends the contract), and the day notice was given. */
  date: string;
  noticeDate: string;
  /** Horizon minute of the exit, and the horizon month it falls in (the month of its last day in force). */
  minute: number;
  month: number;
  timelineIndex: number;
}

/** A price change as settlement needs it, relative to its contract term. */
export interface TermPriceChange {
  /** Month within the term from which it applies. */
  fromMonth: number;
  factor: string;
  /** Only these items; absent = every item. */
  itemIds?: string[];
}

/** A copy over the egress line (migrate-out or migrate-in) and what it is judged against. */
export interface MigrationPlan {
  timelineIndex: number;
  kind: 'migrate-out' | 'migrate-in';
  /** The day the copy starts and its horizon minute. */
  date: string;
  startMinute: number;
  /** When it must be done: the systems' leave date or the exit (out), the system's start (in). */
  deadlineDate: string;
  deadlineMinute: number;
  /** What sets the deadline: the exit, the systems' leave date, the system's start. */
  deadlineKind: 'exit' | 'leave' | 'start';
  dataTb: number;
  linkMbps: number;
  policy: CopyPolicy;
  /** Systems moved (all of them for a whole-estate move). */
  systemIds: string[];
  wholeEstate: boolean;
}

/** Cumulative shares of the baseline demand gone from `minute` on (each 0..1). */
export interface DemandShareStep {
  minute: number;
  egress: number;
  serverToServer: number;
  sms: number;
}

export interface Lifecycle {
  startDate: string;
  horizonMonths: number;
  /** 'YYYY-MM' of each horizon month. */
  monthLabels: string[];
  terms: ContractTerm[];
  /** Per month, the index of its contract term. */
  termOfMonth: number[];
  exit: ExitInForce | null;
  /** First minute out of force: the exit, or the end of the horizon. */
  endMinute: number;
  /** Per month: days in force (whole days: an exit is at 00:00) and days in the month. */
  daysInForce: number[];
  daysInMonth: number[];
  /** Per month: 1 when some day of it is in force, else 0 — the months that count. */
  monthsInForce: number[];
  /** Per quota, the limit in force each month (renewals and amendments). */
  quotasByMonth: Record<QuotaKey, number[]>;
  /** Per term, its price changes (months relative to the term). */
  priceChangesByTerm: TermPriceChange[][];
  /** Per month: true when a contract year starts there (every 12 months from each term's start). */
  contractYearStarts: boolean[];
  migrations: MigrationPlan[];
  /** Partial moves' demand leaving, in time order (empty when none). */
  demandShareSteps: DemandShareStep[];
  /** Per system id, the minute its systems leave with a move (the earliest move), when they do. */
  systemLeaveMinute: Map<string, number>;
}

const MEMO = new WeakMap<Scenario, Lifecycle>();

/** The lifecycle of a validated scenario (memoised: call it freely). */
export function lifecycleOf(scenario: Scenario): Lifecycle {
  let lifecycle = MEMO.get(scenario);
  if (!lifecycle) {
    lifecycle = deriveLifecycle(scenario);
    MEMO.set(scenario, lifecycle);
  }
  return lifecycle;
}

type Renewal = Extract<TimelineEvent, { kind: 'renew-term' }>;

/** The renewals in date order with their timeline indices. */
export function renewalsOf(timeline: readonly TimelineEvent[]): { event: Renewal; index: number }[] {
  const out: { event: Renewal; index: number }[] = [];
  timeline.forEach((event, index) => {
    if (event.kind === 'renew-term') out.push({ event, index });
  });
  return out.sort((a, b) =>
    a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index,
  );
}

/** Months of the whole horizon: the signed term plus every renewal. */
export function horizonMonthsOf(scenario: Pick<Scenario, 'term' | 'timeline'>): number {
  let months = scenario.term.months;
  for (const e of scenario.timeline) if (e.kind === 'renew-term') months += e.months;
  return months;
}

/** The first exit notice (crossChecks allows one) with its index, or null. */
export function exitOf(
  timeline: readonly TimelineEvent[],
): { event: Extract<TimelineEvent, { kind: 'exit-notice' }>; index: number } | null {
  for (let i = 0; i < timeline.length; i++) {
    const event = timeline[i];
    if (event.kind === 'exit-notice') return { event, index: i };
  }
  return null;
}

function deriveLifecycle(scenario: Scenario): Lifecycle {
  const { term, contract, timeline } = scenario;
  const horizonMonths = horizonMonthsOf(scenario);
  const calendar = new TermCalendar(term.startDate, horizonMonths);
  const horizonEnd = calendar.endMinute;
  const monthOfDate = (date: string) => calendar.monthOfMinute(Math.max(0, calendar.dateToMinute(date)));

  const found = exitOf(timeline);
  const exitMinute = found ? calendar.dateToMinute(found.event.exitDate) : Number.POSITIVE_INFINITY;
  const exit: ExitInForce | null =
    found && exitMinute > 0 && exitMinute < horizonEnd
      ? {
          date: found.event.exitDate,
          noticeDate: found.event.date,
          minute: exitMinute,
          month: calendar.monthOfMinute(exitMinute - 1),
          timelineIndex: found.index,
        }
      : null;
  const endMinute = exit ? exit.minute : horizonEnd;

  // Terms: the signed one, then each renewal; none starts at or after the exit.
  const terms: ContractTerm[] = [];
  const addTerm = (
    startMonth: number,
    months: number,
    fields: Pick<
      ContractTerm,
      'totalInclVatCny' | 'quotas' | 'installmentDueDates' | 'priceCatalog' | 'catalogQuotas'
    >,
    timelineIndex: number | null,
  ) => {
    const startMinute = calendar.monthStartMinute(startMonth);
    if (startMinute >= endMinute) return;
    const endExclusive = calendar.monthStartMinute(startMonth + months);
    const exitHere = exit !== null && exit.minute < endExclusive;
    const settledDueDates = exitHere
      ? [...fields.installmentDueDates.filter((d) => d < exit.date), exit.date]
      : [...fields.installmentDueDates];
    terms.push({
      index: terms.length,
      startMonth,
      months,
      startDate: calendar.minuteToDate(startMinute),
      endDate: calendar.minuteToDate(endExclusive - MINUTES_PER_DAY),
      ...fields,
      installmentDueDates: [...fields.installmentDueDates],
      settledDueDates,
      finalSettlementOnExit: exitHere,
      timelineIndex,
    });
  };
  addTerm(
    0,
    term.months,
    {
      totalInclVatCny: contract.totalInclVatCny,
      quotas: contract.quotas,
      installmentDueDates: contract.installmentDueDates,
      priceCatalog: contract.priceCatalog,
      catalogQuotas: contract.quotas,
    },
    null,
  );
  let nextStart = term.months;
  let catalog = contract.priceCatalog;
  let catalogQuotas = contract.quotas;
  for (const { event, index } of renewalsOf(timeline)) {
    if (event.priceCatalog) {
      catalog = event.priceCatalog;
      catalogQuotas = event.quotas;
    }
    addTerm(
      nextStart,
      event.months,
      {
        totalInclVatCny: event.totalInclVatCny,
        quotas: event.quotas,
        installmentDueDates: event.installmentDueDates,
        priceCatalog: catalog,
        catalogQuotas,
      },
      index,
    );
    nextStart += event.months;
  }

  const termOfMonth = new Array<number>(horizonMonths).fill(0);
  for (const t of terms)
    for (let m = t.startMonth; m < t.startMonth + t.months; m++) termOfMonth[m] = t.index;
  // Months after the last term (only after an exit) belong to it.
  const lastTerm = terms[terms.length - 1];
  for (let m = lastTerm.startMonth + lastTerm.months; m < horizonMonths; m++) termOfMonth[m] = lastTerm.index;

  const daysInMonth: number[] = [];
  const daysInForce: number[] = [];
  const monthsInForce: number[] = [];
  for (let m = 0; m < horizonMonths; m++) {
    const start = calendar.monthStartMinute(m);
    const end = calendar.monthStartMinute(m + 1);
    daysInMonth.push(Math.round((end - start) / MINUTES_PER_DAY));
    const inForce = Math.max(0, Math.min(end, endMinute) - start);
    daysInForce.push(Math.round(inForce / MINUTES_PER_DAY));
    monthsInForce.push(inForce > 0 ? 1 : 0);
  }

  const quotasByMonth = quotaSchedule(terms, timeline, horizonMonths, monthOfDate);
  const priceChangesByTerm = terms.map((t) =>
    timeline
      .filter((e) => e.kind === 'price-change')
      .map((e) => ({ e, month: monthOfDate(e.date) }))
      .filter(({ month }) => month >= t.startMonth && month < t.startMonth + t.months)
      .map(({ e, month }) => ({
        fromMonth: month - t.startMonth,
        factor: e.factor,
        ...(e.itemIds ? { itemIds: [...e.itemIds] } : {}),
      })),
  );
  const contractYearStarts = new Array<boolean>(horizonMonths).fill(false);
  for (const t of terms)
    for (let m = t.startMonth; m < t.startMonth + t.months; m += 12) contractYearStarts[m] = true;

  const moves = movesOf(scenario, calendar, exit);
  return {
    startDate: term.startDate,
    horizonMonths,
    monthLabels: Array.from({ length: horizonMonths }, (_, m) => calendar.monthLabel(m)),
    terms,
    termOfMonth,
    exit,
    endMinute,
    daysInForce,
    daysInMonth,
    monthsInForce,
    quotasByMonth,
    priceChangesByTerm,
    contractYearStarts,
    ...moves,
  };
}

function quotaSchedule(
  terms: readonly ContractTerm[],
  timeline: readonly TimelineEvent[],
  horizonMonths: number,
  monthOfDate: (date: string) => number,
): Record<QuotaKey, number[]> {
  const out = {} as Record<QuotaKey, number[]>;
  for (const key of QUOTA_KEYS) out[key] = new Array<number>(horizonMonths).fill(0);
  const amendments = timeline
    .map((e, i) => ({ e, i }))
    .filter(
      (x): x is { e: Extract<TimelineEvent, { kind: 'quota-change' }>; i: number } =>
        x.e.kind === 'quota-change',
    )
    .map(({ e, i }) => ({ month: monthOfDate(e.date), quotas: e.quotas, i }))
    .sort((a, b) => a.month - b.month || a.i - b.i);
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t];
    const end = t + 1 < terms.length ? terms[t + 1].startMonth : horizonMonths;
    for (const key of QUOTA_KEYS) {
      let limit = term.quotas[key];
      let next = 0;
      for (let m = term.startMonth; m < end; m++) {
        while (next < amendments.length && amendments[next].month <= m) {
          const a = amendments[next++];
          const v = a.quotas[key];
          if (v !== undefined && a.month >= term.startMonth) limit = v;
        }
        out[key][m] = limit;
      }
    }
  }
  return out;
}
