/**
 * Calibration, as a numbered recipe: from a scenario and an actuals table to a new, named scenario
 * that runs "as of" a month, and a report of what was fitted and how well it forecast.
 * 1. Choose the as-of month (given, or the table's last month with a value); ignore later rows.
 * 2. Per trend column: fit level, growth (linear or compound, by AIC) and noise on every month up to
 *    the as-of month; backtest by holding out the last k months.
 * 3. Per failure column: a Poisson rate with the scenario's MTBF as prior; scale the failure
 *    distribution (its shape kept) to the posterior MTBF.
 * 4. Carry the term months up to the as-of month as history, and what was paid.
 * 5. Name the new scenario and write it all into its `actuals` section.
 * Pure: the same scenario and table give the same result.
 */

import { asOfMonthIndex, historyMonths } from '../scenario/actualsChecks.ts';
import { horizonMonthsOf } from '../scenario/lifecycle.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Actuals, ActualsFit, ActualsMeasuredKey } from '../scenario/sections/actuals.ts';
import { type BacktestResult, backtestSeries } from './backtest.ts';
import { ACTUALS_COLUMNS } from './columns.ts';
import { fitFailureRate, type RateFit, scaleDistribution } from './failureRate.ts';
import { type ForecastModel, fitTrend, type TrendFit, type TrendPoint } from './fitTrend.ts';
import { monthIndex, monthLabel } from './parseRows.ts';
import { seasonalFactorsFor } from './seasonality.ts';
import type { ActualsTable } from './table.ts';

/** Months held out by default: half a year, the figure. */
export const DEFAULT_HOLDOUT = 6;

export interface CalibrateOptions {
  /** Last month to use, 'YYYY-MM' (default: the table's last month with a value). */
  asOf?: string;
  /** Months held out for the backtest (default 6). */
  holdout?: number;
  /** Where the table came from (a file name), kept with the scenario. */
  source: string;
}

export interface SeriesCalibration {
  column: ActualsMeasuredKey;
  /** Months with a value up to the as-of month. */
  points: number;
  /** Null when there are too few points to fit (the column is still carried as history). */
  fit: TrendFit | null;
  backtest: BacktestResult | null;
}

export interface RateCalibration {
  column: 'host_failures' | 'db_failures';
  units: number;
  fit: RateFit;
}

export interface CalibrationReport {
  source: string;
  firstMonth: string;
  asOf: string;
  holdout: number;
  /** Term months carried as history (0 when the as-of month is before the term). */
  historyMonths: number;
  series: SeriesCalibration[];
  rates: RateCalibration[];
  /** Sum of the paid column up to the as-of month, and the last month with a payment. */
  paid: { totalCny: string; paidThrough: string | null } | null;
  /** Backtest over every series together: held-out months inside the P5–P95 band, of those scored. */
  coverage: { inside: number; scored: number };
}

export type CalibrateProblem =
  | { code: 'as-of-outside-data'; asOf: string; first: string; last: string }
  | { code: 'as-of-not-before-term-end'; asOf: string; lastTermMonth: string }
  | { code: 'bad-as-of'; asOf: string };

export type CalibrateResult =
  | { ok: true; scenario: Scenario; report: CalibrationReport }
  | { ok: false; problem: CalibrateProblem };

const AS_OF = /^(20|21)\d{2}-(0[1-9]|1[0-2])$/;

function lastMonthWithValue(table: ActualsTable): string {
  for (let i = table.months.length - 1; i >= 0; i--) {
    const any =
      Object.values(table.values).some((v) => v?.[i] !== null && v?.[i] !== undefined) ||
      (table.paidCny?.[i] ?? null) !== null;
    if (any) return table.months[i];
  }
  return table.months[table.months.length - 1];
}

function modelFields(fit: ForecastModel) {
  return {
    model: fit.model,
    dof: fit.dof,
    level: fit.level,
    slope: fit.slope,
    varLevel: fit.varLevel,
    covLevelSlope: fit.covLevelSlope,
    varSlope: fit.varSlope,
    residualSd: fit.residualSd,
    ...(fit.seasonal ? { seasonal: fit.seasonal } : {}),
    weight: fit.weight,
  };
}

function toActualsFit(column: ActualsMeasuredKey, fit: TrendFit): ActualsFit {
  return {
    column,
    n: fit.n,
    ...modelFields(fit),
    ...(fit.alternative ? { alternative: modelFields(fit.alternative) } : {}),
  };
}

function sumMoney(values: readonly (string | null)[]): string {
  // Whole fen as BigInt: exact for any number of amounts of up to 12 integer digits.
  let fen = 0n;
  for (const v of values) if (v !== null) fen += BigInt(v.replace('.', ''));
  const text = fen.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function calibrateScenario(
  scenario: Scenario,
  table: ActualsTable,
  options: CalibrateOptions,
): CalibrateResult {
  // 1. The as-of month.
  const asOf = options.asOf ?? lastMonthWithValue(table);
  if (!AS_OF.test(asOf)) return { ok: false, problem: { code: 'bad-as-of', asOf } };
  const first = table.months[0];
  const last = table.months[table.months.length - 1];
  if (asOf < first || asOf > last) {
    return { ok: false, problem: { code: 'as-of-outside-data', asOf, first, last } };
  }
  const termStart = scenario.term.startDate;
  const asOfInTerm = asOfMonthIndex(termStart, asOf);
  const horizon = horizonMonthsOf(scenario);
  if (asOfInTerm >= horizon - 1) {
    const lastTermMonth = monthLabel(monthIndex(termStart.slice(0, 7)) + horizon - 1);
    return { ok: false, problem: { code: 'as-of-not-before-term-end', asOf, lastTermMonth } };
  }
  const asOfIdx = monthIndex(asOf);
  const firstIdx = monthIndex(first);
  const holdout = options.holdout ?? DEFAULT_HOLDOUT;
  const pointsOf = (values: readonly (number | null)[]): TrendPoint[] => {
    const points: TrendPoint[] = [];
    for (let i = 0; i <= asOfIdx - firstIdx; i++) {
      const v = values[i];
      if (v !== null && v !== undefined) {
        points.push({ offset: firstIdx + i - asOfIdx, calendarMonth: (firstIdx + i) % 12, value: v });
      }
    }
    return points;
  };

  // 2. Trends and their backtests.
  const series: SeriesCalibration[] = [];
  const coverage = { inside: 0, scored: 0 };
  for (const col of ACTUALS_COLUMNS) {
    if (col.calibration !== 'trend') continue;
    const key = col.key as ActualsMeasuredKey;
    const values = table.values[key];
    if (!values) continue;
    const points = pointsOf(values);
    if (points.length === 0) continue;
    const seasonal = seasonalFactorsFor(scenario, key);
    const fit = fitTrend(points, { seasonal });
    const backtest = fit ? backtestSeries(points, holdout, { seasonal }) : null;
    if (backtest) {
      coverage.inside += backtest.inside;
      coverage.scored += backtest.scored;
    }
    series.push({ column: key, points: points.length, fit, backtest });
  }

  // 3. Failure rates.
  const rates: RateCalibration[] = [];
  let compute = scenario.compute;
  let database = scenario.database;
  for (const column of ['host_failures', 'db_failures'] as const) {
    const values = table.values[column];
    if (!values) continue;
    const counts = pointsOf(values).map((p) => p.value);
    if (counts.length === 0) continue;
    const units = column === 'host_failures' ? scenario.compute.hosts.length : scenario.database.nodes;
    const prior = column === 'host_failures' ? scenario.compute.hostFailure : scenario.database.nodeFailure;
    const fit = fitFailureRate(counts, units, prior);
    rates.push({ column, units, fit });
    const scaled = scaleDistribution(prior, fit.priorRate / fit.rate);
    if (column === 'host_failures') compute = { ...compute, hostFailure: scaled };
    else database = { ...database, nodeFailure: scaled };
  }

  // 4. History in the term, and what was paid.
  const carried = historyMonths(scenario, asOf);
  const termStartIdx = monthIndex(termStart.slice(0, 7));
  const atTermMonth = <T>(values: readonly (T | null)[], m: number): T | null => {
    const i = termStartIdx + m - firstIdx;
    return i >= 0 && i < values.length ? (values[i] ?? null) : null;
  };
  const history: Actuals['history'] = {};
  for (const [key, values] of Object.entries(table.values) as [ActualsMeasuredKey, (number | null)[]][]) {
    const carriedValues = Array.from({ length: carried }, (_, m) => atTermMonth(values, m));
    if (carriedValues.some((v) => v !== null)) history[key] = carriedValues;
  }
  let paidCny: (string | null)[] | undefined;
  let paid: CalibrationReport['paid'] = null;
  if (table.paidCny) {
    const upToAsOf = table.paidCny.slice(0, asOfIdx - firstIdx + 1);
    const lastPaid = upToAsOf.findLastIndex((v) => v !== null);
    paid = { totalCny: sumMoney(upToAsOf), paidThrough: lastPaid < 0 ? null : table.months[lastPaid] };
    const inTerm = Array.from({ length: carried }, (_, m) => atTermMonth(table.paidCny!, m));
    if (inTerm.some((v) => v !== null)) paidCny = inTerm;
  }

  // 5. The new scenario.
  const actuals: Actuals = {
    source: clip(options.source || 'actuals', 120),
    asOf,
    history,
    ...(paidCny ? { paidCny } : {}),
    fits: series.filter((s) => s.fit !== null).map((s) => toActualsFit(s.column, s.fit!)),
  };
  const suffix = `-asof-${asOf}`;
  const calibrated: Scenario = {
    ...scenario,
    id: `${scenario.id.slice(0, 64 - suffix.length)}${suffix}`,
    name: clip(`${scenario.name} — as of ${asOf}`, 120),
    nameZh: clip(`${scenario.nameZh}（截至 ${asOf} 的实际校准）`, 120),
    description: clip(
      `Calibrated to the actuals in ${actuals.source} (${first} to ${asOf}): measured months are carried as history, fitted series are forecast from ${asOf}. ${scenario.description}`,
      2000,
    ),
    descriptionZh: clip(
      `按 ${actuals.source}（${first} 至 ${asOf}）的实际数据校准：已测月份按实际值保留，拟合的序列从 ${asOf} 起预测。${scenario.descriptionZh}`,
      2000,
    ),
    compute,
    database,
    actuals,
  };
  return {
    ok: true,
    scenario: calibrated,
    report: {
      source: actuals.source,
      firstMonth: first,
      asOf,
      holdout,
      historyMonths: carried,
      series,
      rates,
      paid,
      coverage,
    },
  };
}
