/**
 * Rules that span sections: references to systems exist, the estate cannot grow past the runaway
 * caps, dated events fall inside the term and agree with the systems' months, notice periods hold.
 * Each problem is reported at the path of the field to fix.
 */
import type { z } from 'zod';
import type { Scenario } from './schema.ts';
import { daysBetween, monthOffset } from './sections/common.ts';
import { MAX_TOTAL_VMS, projectedVmCount } from './sections/compute.ts';
import { MAX_SMS_PER_YEAR } from './sections/sms.ts';

type Ctx = z.RefinementCtx;

function report(ctx: Ctx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

function checkUniqueIds(ctx: Ctx, items: readonly { id: string }[], path: (string | number)[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) report(ctx, [...path, i, 'id'], `duplicate id '${item.id}'`);
    seen.add(item.id);
  });
}

export function crossCheckScenario(doc: Scenario, ctx: Ctx): void {
  const { term, contract, compute, storage, sms, timeline } = doc;
  checkUniqueIds(ctx, compute.hosts, ['compute', 'hosts']);
  checkUniqueIds(ctx, compute.systems, ['compute', 'systems']);
  checkUniqueIds(ctx, sms.categories, ['sms', 'categories']);

  if (compute.haReserveHosts >= compute.hosts.length) {
    report(
      ctx,
      ['compute', 'haReserveHosts'],
      `expected fewer reserve hosts than hosts (${compute.hosts.length}), got ${compute.haReserveHosts}`,
    );
  }
  const projected = projectedVmCount(compute.systems, term.months);
  if (projected > MAX_TOTAL_VMS) {
    report(
      ctx,
      ['compute', 'systems'],
      `expected at most ${MAX_TOTAL_VMS} VMs over the term (initial + growth), got ${projected}`,
    );
  }
  const smsTotal = sms.categories.reduce((s, c) => s + c.messagesPerYear, 0);
  if (smsTotal > MAX_SMS_PER_YEAR) {
    report(
      ctx,
      ['sms', 'categories'],
      `expected at most ${MAX_SMS_PER_YEAR} messages a year, got ${smsTotal}`,
    );
  }

  const systemsById = new Map(compute.systems.map((s, i) => [s.id, { system: s, index: i }]));
  storage.systems.forEach((s, i) => {
    if (!systemsById.has(s.systemId)) {
      report(ctx, ['storage', 'systems', i, 'systemId'], `unknown system '${s.systemId}'`);
    }
  });
  compute.systems.forEach((s, i) => {
    if (s.onboardMonth >= term.months) {
      report(
        ctx,
        ['compute', 'systems', i, 'onboardMonth'],
        `expected a month before ${term.months}, got ${s.onboardMonth}`,
      );
    }
  });

  contract.installmentDueDates.forEach((d, i) => {
    if (i > 0 && d < contract.installmentDueDates[i - 1]) {
      report(
        ctx,
        ['contract', 'installmentDueDates', i],
        `expected a date on or after the previous one, got ${d}`,
      );
    }
  });

  timeline.forEach((event, i) => {
    const month = monthOffset(term.startDate, event.date);
    if (month < 0 || month >= term.months) {
      report(
        ctx,
        ['timeline', i, 'date'],
        `expected a date inside the term (months 0..${term.months - 1}), got ${event.date}`,
      );
    }
    if (event.kind === 'onboard-system' || event.kind === 'decommission-system') {
      const found = systemsById.get(event.systemId);
      if (!found) {
        report(ctx, ['timeline', i, 'systemId'], `unknown system '${event.systemId}'`);
        return;
      }
      const field = event.kind === 'onboard-system' ? 'onboardMonth' : 'decommissionMonth';
      const systemMonth = found.system[field];
      if (systemMonth !== month) {
        report(
          ctx,
          ['timeline', i, 'date'],
          `${event.kind} '${event.systemId}' falls in month ${month} but compute.systems[${found.index}].${field} is ${systemMonth ?? 'not set'}`,
        );
      }
    }
    if (event.kind === 'migrate-out') {
      event.systemIds.forEach((id, j) => {
        if (!systemsById.has(id)) report(ctx, ['timeline', i, 'systemIds', j], `unknown system '${id}'`);
      });
    }
    if (event.kind === 'exit-notice') {
      const days = daysBetween(event.date, event.exitDate);
      if (days < contract.exitNoticeDays) {
        report(
          ctx,
          ['timeline', i, 'exitDate'],
          `expected at least ${contract.exitNoticeDays} days' notice (contract.exitNoticeDays), got ${days}`,
        );
      }
    }
  });
}
