/**
 * Rules of the actuals section that need the term: history arrays cover exactly the months from the
 * term's start up to the as-of month, one fit per column, and the as-of month leaves at least one
 * month of the horizon (the term and its renewals, lifecycle.ts) to forecast.
 */
import type { z } from 'zod';
import { horizonMonthsOf } from './lifecycle.ts';
import type { Scenario } from './schema.ts';

/** Term month index of the as-of month (may be < 0 when it is before the term, ≥ months after it). */
export function asOfMonthIndex(termStartDate: string, asOf: string): number {
  const [y0, m0] = termStartDate.split('-').map(Number);
  const [y1, m1] = asOf.split('-').map(Number);
  return (y1 - y0) * 12 + (m1 - m0);
}

/** Months carried as history: from the term's start to the as-of month; 0 when it is before the term. */
export function historyMonths(scenario: Pick<Scenario, 'term' | 'timeline'>, asOf: string): number {
  const months = horizonMonthsOf(scenario);
  return Math.max(0, Math.min(months, asOfMonthIndex(scenario.term.startDate, asOf) + 1));
}

export function crossCheckActuals(doc: Scenario, ctx: z.RefinementCtx): void {
  const actuals = doc.actuals;
  if (!actuals) return;
  const report = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path: ['actuals', ...path], message });
  const asOfIndex = asOfMonthIndex(doc.term.startDate, actuals.asOf);
  if (asOfIndex >= horizonMonthsOf(doc) - 1) {
    report(
      ['asOf'],
      `expected a month before the term's last month, so that some months are forecast; got ${actuals.asOf}`,
    );
  }
  const expected = historyMonths(doc, actuals.asOf);
  for (const [key, values] of Object.entries(actuals.history)) {
    if (values && values.length !== expected) {
      report(
        ['history', key],
        `expected ${expected} months (term start to ${actuals.asOf}), got ${values.length}`,
      );
    }
  }
  if (actuals.paidCny && actuals.paidCny.length !== expected) {
    report(
      ['paidCny'],
      `expected ${expected} months (term start to ${actuals.asOf}), got ${actuals.paidCny.length}`,
    );
  }
  const seen = new Set<string>();
  actuals.fits.forEach((fit, i) => {
    if (seen.has(fit.column)) report(['fits', i, 'column'], `a second fit for '${fit.column}'`);
    seen.add(fit.column);
    for (const m of [fit, ...(fit.alternative ? [fit.alternative] : [])]) {
      if (m.dof !== fit.n - 2) report(['fits', i, 'dof'], `expected n − 2 = ${fit.n - 2}, got ${m.dof}`);
    }
  });
}
