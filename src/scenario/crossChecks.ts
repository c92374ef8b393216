/**
 * Rules that span sections: references to systems exist, the estate cannot grow past the runaway
 * caps; the timeline's rules are in timelineChecks.ts.
 * Each problem is reported at the path of the field to fix.
 */
import type { z } from 'zod';
import { crossCheckActuals } from './actualsChecks.ts';
import { checkModelBounds } from './boundsChecks.ts';
import { type CheckName, check } from './issueRule.ts';
import { horizonMonthsOf } from './lifecycle.ts';
import type { Scenario } from './schema.ts';
import { MAX_TOTAL_VMS, projectedVmCount } from './sections/compute.ts';
import { MAX_SMS_PER_YEAR } from './sections/sms.ts';
import { checkTimeline } from './timelineChecks.ts';

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

function checkUniqueIds(ctx: Ctx, items: readonly { id: string }[], path: (string | number)[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      report(ctx, [...path, i, 'id'], `duplicate id '${item.id}'`, ['duplicateId', { id: item.id }]);
    seen.add(item.id);
  });
}

export function crossCheckScenario(doc: Scenario, ctx: Ctx): void {
  checkModelBounds(doc, ctx);
  const { contract, compute, storage, sms, timeline } = doc;
  const horizon = horizonMonthsOf(doc);
  crossCheckActuals(doc, ctx);
  checkUniqueIds(ctx, compute.hosts, ['compute', 'hosts']);
  checkUniqueIds(ctx, compute.systems, ['compute', 'systems']);
  checkUniqueIds(ctx, sms.categories, ['sms', 'categories']);

  if (compute.haReserveHosts >= compute.hosts.length) {
    report(
      ctx,
      ['compute', 'haReserveHosts'],
      `expected fewer reserve hosts than hosts (${compute.hosts.length}), got ${compute.haReserveHosts}`,
      ['haReserveHosts', { hosts: compute.hosts.length, got: compute.haReserveHosts }],
    );
  }
  let projected = projectedVmCount(compute.systems, horizon);
  for (const e of timeline) if (e.kind === 'grow-system') for (const vm of e.vms) projected += vm.count;
  if (projected > MAX_TOTAL_VMS) {
    report(
      ctx,
      ['compute', 'systems'],
      `expected at most ${MAX_TOTAL_VMS} VMs over the term (initial + growth), got ${projected}`,
      ['maxVms', { max: MAX_TOTAL_VMS, got: projected }],
    );
  }
  const smsTotal = sms.categories.reduce((s, c) => s + c.messagesPerYear, 0);
  if (smsTotal > MAX_SMS_PER_YEAR) {
    report(
      ctx,
      ['sms', 'categories'],
      `expected at most ${MAX_SMS_PER_YEAR} messages a year, got ${smsTotal}`,
      ['maxSms', { max: MAX_SMS_PER_YEAR, got: smsTotal }],
    );
  }

  const systemsById = new Map(compute.systems.map((s, i) => [s.id, { system: s, index: i }]));
  storage.systems.forEach((s, i) => {
    if (!systemsById.has(s.systemId)) {
      report(ctx, ['storage', 'systems', i, 'systemId'], `unknown system '${s.systemId}'`, [
        'unknownSystem',
        { id: s.systemId },
      ]);
    }
  });
  compute.systems.forEach((s, i) => {
    if (s.onboardMonth >= horizon) {
      report(
        ctx,
        ['compute', 'systems', i, 'onboardMonth'],
        `expected a month before ${horizon}, got ${s.onboardMonth}`,
        ['onboardInTerm', { months: horizon, got: s.onboardMonth }],
      );
    }
  });

  contract.installmentDueDates.forEach((d, i) => {
    if (i > 0 && d < contract.installmentDueDates[i - 1]) {
      report(
        ctx,
        ['contract', 'installmentDueDates', i],
        `expected a date on or after the previous one, got ${d}`,
        ['dueDateOrder', { got: d }],
      );
    }
  });

  checkTimeline(doc, ctx);
}
