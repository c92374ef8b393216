/**
 * Cross-section rules of the timeline: every date inside the horizon (the signed term and its
 * renewals), references to systems, hosts and catalog items that exist, renewals that start the day
 * after the previous term ends, at most one exit and nothing dated on or after it, notice periods
 * that hold. Each problem is reported at the path of the field to fix, in the form formatIssue uses.
 */
import type { z } from 'zod';
import { TermCalendar } from '../engine/calendar.ts';
import { type CheckName, check } from './issueRule.ts';
import { horizonMonthsOf, renewalsOf } from './lifecycle.ts';
import type { Scenario } from './schema.ts';
import { daysBetween } from './sections/common.ts';
import { MAX_TERM_MONTHS } from './sections/term.ts';

type Ctx = z.RefinementCtx;

/** Reports at `path`; `rule` names the check and its numbers, for messages in the UI's language. */
function report(
  ctx: Ctx,
  path: (string | number)[],
  message: string,
  rule: [CheckName, Record<string, string | number>?],
): void {
  ctx.addIssue({ code: 'custom', path, message, params: check(rule[0], rule[1]) });
}

/**
 * Runs after the fields were checked, but also when some were wrong (zod refines anyway): a date the
 * schema rejects makes the calendar throw, and then the timeline's rules wait for the field's fix.
 */
export function checkTimeline(doc: Scenario, ctx: Ctx): void {
  try {
    checkTimelineOf(doc, ctx);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
}

function checkTimelineOf(doc: Scenario, ctx: Ctx): void {
  const { term, contract, compute, timeline } = doc;
  const horizon = horizonMonthsOf(doc);
  if (horizon > MAX_TERM_MONTHS) {
    const first = timeline.findIndex((e) => e.kind === 'renew-term');
    report(
      ctx,
      first >= 0 ? ['timeline', first, 'months'] : ['term', 'months'],
      `expected the term and its renewals to cover at most ${MAX_TERM_MONTHS} months, got ${horizon}`,
      ['horizonMax', { max: MAX_TERM_MONTHS, got: horizon }],
    );
    return; // the calendar below would not hold the horizon
  }
  const calendar = new TermCalendar(term.startDate, horizon);
  const end = calendar.endMinute;
  const lastDay = calendar.minuteToDate(end - 1440);
  const inHorizon = (date: string) => {
    const minute = calendar.dateToMinute(date);
    return minute >= 0 && minute < end;
  };
  const monthOf = (date: string) => calendar.monthOfMinute(calendar.dateToMinute(date));

  const systemsById = new Map(compute.systems.map((s, i) => [s.id, { system: s, index: i }]));
  const catalogIds = new Set(contract.priceCatalog.items.map((item) => item.id));
  for (const e of timeline) {
    if (e.kind === 'renew-term' && e.priceCatalog)
      for (const item of e.priceCatalog.items) catalogIds.add(item.id);
  }

  // Renewals: consecutive, each from the day after the previous term ends.
  let expectedStart = term.months;
  for (const { event, index } of renewalsOf(timeline)) {
    const startDate = calendar.minuteToDate(calendar.monthStartMinute(expectedStart));
    if (event.date !== startDate) {
      report(
        ctx,
        ['timeline', index, 'date'],
        `expected the renewal to start on ${startDate}, the day after the previous term ends, got ${event.date}`,
        ['renewalStart', { date: startDate, got: event.date }],
      );
    }
    event.installmentDueDates.forEach((d, i) => {
      if (i > 0 && d < event.installmentDueDates[i - 1]) {
        report(
          ctx,
          ['timeline', index, 'installmentDueDates', i],
          `expected a date on or after the previous one, got ${d}`,
          ['dueDateOrder', { got: d }],
        );
      }
    });
    expectedStart += event.months;
  }

  // The exit: at most one; inside the horizon; nothing happens on or after it.
  const exits = timeline.map((e, i) => ({ e, i })).filter(({ e }) => e.kind === 'exit-notice');
  for (const { i } of exits.slice(1))
    report(ctx, ['timeline', i, 'kind'], 'expected at most one exit-notice', ['oneExit']);
  const exit = exits[0]?.e.kind === 'exit-notice' ? exits[0].e : null;
  const hostIds = new Set(compute.hosts.map((h) => h.id));

  timeline.forEach((event, i) => {
    if (!inHorizon(event.date)) {
      report(
        ctx,
        ['timeline', i, 'date'],
        `expected a date from ${term.startDate} to ${lastDay}, got ${event.date}`,
        ['dateInHorizon', { from: term.startDate, to: lastDay, got: event.date }],
      );
      return;
    }
    if (exit && event.kind !== 'exit-notice' && event.date >= exit.exitDate) {
      report(
        ctx,
        ['timeline', i, 'date'],
        `expected a date before the exit on ${exit.exitDate} (the contract ends then), got ${event.date}`,
        ['beforeExit', { exit: exit.exitDate, got: event.date }],
      );
    }
    switch (event.kind) {
      case 'onboard-system':
      case 'decommission-system': {
        const found = systemsById.get(event.systemId);
        if (!found) {
          report(ctx, ['timeline', i, 'systemId'], `unknown system '${event.systemId}'`, [
            'unknownSystem',
            { id: event.systemId },
          ]);
          return;
        }
        const field = event.kind === 'onboard-system' ? 'onboardMonth' : 'decommissionMonth';
        const systemMonth = found.system[field];
        const month = monthOf(event.date);
        if (systemMonth !== month) {
          report(
            ctx,
            ['timeline', i, 'date'],
            `${event.kind} '${event.systemId}' falls in month ${month} but compute.systems[${found.index}].${field} is ${systemMonth ?? 'not set'}`,
            [
              'timelineMonth',
              { kind: event.kind, id: event.systemId, month, systemMonth: systemMonth ?? '', field },
            ],
          );
        }
        return;
      }
      case 'migrate-out':
        event.systemIds.forEach((id, j) => {
          if (!systemsById.has(id))
            report(ctx, ['timeline', i, 'systemIds', j], `unknown system '${id}'`, ['unknownSystem', { id }]);
        });
        if (event.leaveDate !== undefined) {
          if (event.leaveDate < event.date) {
            report(
              ctx,
              ['timeline', i, 'leaveDate'],
              `expected a date on or after the copy starts (${event.date}), got ${event.leaveDate}`,
              ['leaveAfterCopy', { date: event.date, got: event.leaveDate }],
            );
          } else if (exit && event.leaveDate > exit.exitDate) {
            report(
              ctx,
              ['timeline', i, 'leaveDate'],
              `expected a date on or before the exit (${exit.exitDate}), got ${event.leaveDate}`,
              ['leaveBeforeExit', { exit: exit.exitDate, got: event.leaveDate }],
            );
          } else if (!inHorizon(event.leaveDate)) {
            report(
              ctx,
              ['timeline', i, 'leaveDate'],
              `expected a date from ${term.startDate} to ${lastDay}, got ${event.leaveDate}`,
              ['dateInHorizon', { from: term.startDate, to: lastDay, got: event.leaveDate }],
            );
          }
        }
        if (event.demandShares && event.systemIds.length === 0) {
          report(
            ctx,
            ['timeline', i, 'demandShares'],
            'expected systemIds: shares leave with a partial move (the whole estate takes everything)',
            ['sharesNeedSystems'],
          );
        }
        return;
      case 'migrate-in':
      case 'grow-system':
        if (!systemsById.has(event.systemId))
          report(ctx, ['timeline', i, 'systemId'], `unknown system '${event.systemId}'`, [
            'unknownSystem',
            { id: event.systemId },
          ]);
        return;
      case 'price-change':
        event.itemIds?.forEach((id, j) => {
          if (!catalogIds.has(id))
            report(ctx, ['timeline', i, 'itemIds', j], `unknown price-catalog item '${id}'`, [
              'unknownItem',
              { id },
            ]);
        });
        return;
      case 'quota-change':
        if (Object.keys(event.quotas).length === 0) {
          report(ctx, ['timeline', i, 'quotas'], 'expected at least one quota to change', [
            'quotaChangeEmpty',
          ]);
        }
        return;
      case 'exit-notice': {
        const days = daysBetween(event.date, event.exitDate);
        if (days < contract.exitNoticeDays) {
          report(
            ctx,
            ['timeline', i, 'exitDate'],
            `expected at least ${contract.exitNoticeDays} days' notice (contract.exitNoticeDays), got ${days}`,
            ['exitNotice', { days: contract.exitNoticeDays, got: days }],
          );
        } else if (!inHorizon(event.exitDate)) {
          report(
            ctx,
            ['timeline', i, 'exitDate'],
            `expected a date from ${term.startDate} to ${lastDay}, got ${event.exitDate}`,
            ['dateInHorizon', { from: term.startDate, to: lastDay, got: event.exitDate }],
          );
        }
        return;
      }
      default:
        return;
    }
  });
  checkHostEvents(doc, ctx, hostIds);
}

/** add-hosts: new ids; retire-hosts: ids of hosts present by then (initial or added earlier). */
function checkHostEvents(doc: Scenario, ctx: Ctx, initial: Set<string>): void {
  const added = new Map<string, string>();
  doc.timeline.forEach((event, i) => {
    if (event.kind !== 'add-hosts') return;
    event.hosts.forEach((h, j) => {
      if (initial.has(h.id) || added.has(h.id)) {
        report(ctx, ['timeline', i, 'hosts', j, 'id'], `duplicate host id '${h.id}'`, [
          'duplicateId',
          { id: h.id },
        ]);
      }
      added.set(h.id, event.date);
    });
  });
  doc.timeline.forEach((event, i) => {
    if (event.kind !== 'retire-hosts') return;
    event.hostIds.forEach((id, j) => {
      const addedOn = added.get(id);
      if (!initial.has(id) && addedOn === undefined) {
        report(ctx, ['timeline', i, 'hostIds', j], `unknown host '${id}'`, ['unknownHost', { id }]);
      } else if (addedOn !== undefined && addedOn > event.date) {
        report(ctx, ['timeline', i, 'hostIds', j], `host '${id}' is only added on ${addedOn}`, [
          'hostNotYet',
          { id, date: addedOn },
        ]);
      }
    });
  });
}
