/**
 * What band charts draw of a scenario's actuals: per result series, the measured value of each term
 * month (null where none), and the month index of the as-of line. Read from the scenario document
 * the run used, so the points are exactly the numbers carried as history. Pure.
 */
import { ACTUALS_COLUMNS } from '../../../actuals/columns.ts';
import type { RunSummary } from '../../../results/types.ts';
import { asOfMonthIndex } from '../../../scenario/actualsChecks.ts';
import type { Scenario } from '../../../scenario/schema.ts';

/**
 * The scenario whose actuals belong on a run's charts: the open one when the run is of it (the
 * same scenario id: a calibrated scenario has an id of its own), else none — a run of the scenario
 * before calibration must not show another scenario's measured months as if they were its own.
 */
export function scenarioOfRun(scenario: Scenario, summary: Pick<RunSummary, 'scenarioId'>): Scenario | null {
  return summary.scenarioId === scenario.id ? scenario : null;
}

import type { ActualsMeasuredKey } from '../../../scenario/sections/actuals.ts';

/** The as-of month as an index into the run's months (may be −1: before the term), or null without actuals. */
export function asOfIndexOf(scenario: Scenario | null | undefined): number | null {
  const actuals = scenario?.actuals;
  if (!actuals) return null;
  return asOfMonthIndex(scenario.term.startDate, actuals.asOf);
}

/** Measured values of `metric` per month of a run with `months` months, or null when none was measured. */
export function actualPointsOf(
  scenario: Scenario | null | undefined,
  metric: string,
  months: number,
  /** Multiplies the values (the chart's own scale, e.g. 100 for a percentage). */
  factor = 1,
): (number | null)[] | null {
  const history = scenario?.actuals?.history;
  if (!history) return null;
  const column = ACTUALS_COLUMNS.find((c) => c.metrics.includes(metric));
  if (!column) return null;
  const values = history[column.key as ActualsMeasuredKey];
  if (!values || values.every((v) => v === null)) return null;
  const scale = (column.key === 'db_peak_cores' ? 1 / scenario!.database.coresPerNode : 1) * factor;
  return Array.from({ length: months }, (_, m) => {
    const v = values[m];
    return v === null || v === undefined ? null : v * scale;
  });
}

/** What was paid per month (yuan as numbers, for a chart's points), or null when nothing was. */
export function paidPointsOf(
  scenario: Scenario | null | undefined,
  months: number,
): (number | null)[] | null {
  const paid = scenario?.actuals?.paidCny;
  if (!paid || paid.every((p) => p === null)) return null;
  return Array.from({ length: months }, (_, m) =>
    paid[m] === null || paid[m] === undefined ? null : Number(paid[m]),
  );
}
