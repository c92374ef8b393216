/**
 * An "as of" replication's series: what was measured replaces what the models simulated, month by
 * month up to the as-of month, and each fitted series follows its fit after it. Applied to the
 * series of one replication after the models ran and before the money is settled, so that the
 * bill of every month is the bill of these numbers.
 *
 * - Term months up to the as-of month: a measured value is carried exactly (into every result series
 *   its column maps to: vCPU allocated is also the vCPU demand the quota judges); a month the table
 *   left blank takes the fit's median trend when the column was fitted, else the model's value.
 * - Months after: each fitted column follows one path drawn from its fit (forecastDraw.ts) on a
 *   stream of its own, seeded from the replication's seed and the column, so adding a column never
 *   changes another's path. Allocated vCPU, RAM and disk are the demand capped at the pool, as
 *   placement would cap them; the demand itself is what the quota is judged on.
 * - Series derived from carried ones are derived again: storage used = primary + backup + the
 *   modelled logs; SMS year to date restarts each contract year.
 * Series no column measures stay as the models made them.
 */
import { RandomStream } from '../engine/random.ts';
import { asOfMonthIndex, historyMonths } from '../scenario/actualsChecks.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ActualsMeasuredKey } from '../scenario/sections/actuals.ts';
import { actualsColumn } from './columns.ts';
import { type Forecast, predictiveQuantile } from './fitTrend.ts';
import { drawTrendPath } from './forecastDraw.ts';

export type SeriesByName = Record<string, Float64Array>;

/** Pool capacity an allocated series cannot exceed, by result series. */
function poolCaps(scenario: Scenario): Record<string, number> {
  const c = scenario.compute;
  const sum = (f: (h: (typeof c.hosts)[number]) => number) => c.hosts.reduce((s, h) => s + f(h), 0);
  return {
    vcpuAllocated: sum((h) => h.vcpu) * c.overcommit.cpu,
    ramGbAllocated: sum((h) => h.ramGb) * c.overcommit.ram,
    diskTbAllocated: sum((h) => h.diskTb),
  };
}

interface ColumnPlan {
  key: ActualsMeasuredKey;
  metrics: readonly string[];
  /** Column unit → result series unit (DB cores → × one node). */
  scale: number;
  history: readonly (number | null)[];
  fit: Forecast | null;
}

/**
 * Prepares a scenario's actuals once; returns the function that carries them into one replication's
 * series (in place), or null when the scenario has no actuals.
 */
export function createHistoryCarrier(
  scenario: Scenario,
): ((series: SeriesByName, seed: number) => void) | null {
  const actuals = scenario.actuals;
  if (!actuals) return null;
  const asOf = asOfMonthIndex(scenario.term.startDate, actuals.asOf);
  const carried = historyMonths(scenario, actuals.asOf);
  const firstFuture = Math.max(0, asOf + 1);
  const startCalendar = Number(scenario.term.startDate.slice(5, 7)) - 1;
  const calendarOf = (m: number) => (startCalendar + m) % 12;
  // The months after the as-of month, for a run of `months` months (the length of its series: the
  // term today, the term and its renewals when runs span them).
  const future = new Map<number, { months: number[]; offsets: number[]; calendars: number[] }>();
  const futureOf = (months: number) => {
    let f = future.get(months);
    if (!f) {
      const list = Array.from({ length: Math.max(0, months - firstFuture) }, (_, i) => firstFuture + i);
      f = { months: list, offsets: list.map((m) => m - asOf), calendars: list.map(calendarOf) };
      future.set(months, f);
    }
    return f;
  };
  const caps = poolCaps(scenario);

  const keys = new Set<ActualsMeasuredKey>([
    ...(Object.keys(actuals.history) as ActualsMeasuredKey[]),
    ...actuals.fits.map((f) => f.column),
  ]);
  const plans: ColumnPlan[] = [...keys].sort().map((key) => ({
    key,
    metrics: actualsColumn(key).metrics,
    scale: key === 'db_peak_cores' ? 1 / scenario.database.coresPerNode : 1,
    history: actuals.history[key] ?? [],
    fit: actuals.fits.find((f) => f.column === key) ?? null,
  }));
  // A blank history month of a fitted column takes the fit's median at that month.
  const medians = plans.map((p) =>
    p.fit
      ? Array.from({ length: carried }, (_, m) => predictiveQuantile(p.fit!, m - asOf, calendarOf(m), 0.5))
      : [],
  );

  return (series, seed) => {
    const months = Object.values(series)[0]?.length ?? 0;
    const { months: futureMonths, offsets, calendars } = futureOf(months);
    const write = (metric: string, m: number, value: number, future: boolean) => {
      const values = series[metric];
      if (!values) return;
      const cap = caps[metric];
      values[m] = future && cap !== undefined ? Math.min(value, cap) : value;
    };
    plans.forEach((plan, i) => {
      for (let m = 0; m < Math.min(carried, months); m++) {
        const measured = plan.history[m] ?? null;
        const value = measured ?? (plan.fit ? medians[i][m] : null);
        if (value !== null) for (const metric of plan.metrics) write(metric, m, value * plan.scale, false);
      }
      if (plan.fit && futureMonths.length > 0) {
        const path = drawTrendPath(plan.fit, offsets, calendars, new RandomStream(seed, 'actuals', plan.key));
        path.forEach((value, j) => {
          for (const metric of plan.metrics) write(metric, futureMonths[j], value * plan.scale, true);
        });
      }
    });
    if (keys.has('storage_primary_tb') || keys.has('storage_backup_tb')) {
      const {
        storagePrimaryTb: primary,
        storageBackupTb: backup,
        storageLogsTb: logs,
        storageUsedTb: used,
      } = series;
      if (primary && backup && used) {
        for (let m = 0; m < months; m++) used[m] = primary[m] + backup[m] + (logs ? logs[m] : 0);
      }
    }
    if (keys.has('sms_sent') && series.smsSent && series.smsYearToDate) {
      let yearToDate = 0;
      for (let m = 0; m < months; m++) {
        if (m % 12 === 0) yearToDate = 0;
        yearToDate += series.smsSent[m];
        series.smsYearToDate[m] = yearToDate;
      }
    }
  };
}

/**
 * The months that count for quota breaches in a run "as of" a month: only those after it (what was
 * measured already happened; a probability is about what is still to come). Combined with the
 * lifecycle's months in force (`inForce`, 1 or 0 per month): the one mask the aggregation reads.
 */
export function countedAfterAsOf(scenario: Scenario, inForce: ArrayLike<number>): number[] {
  const asOf = scenario.actuals ? asOfMonthIndex(scenario.term.startDate, scenario.actuals.asOf) : -1;
  return Array.from({ length: inForce.length }, (_, m) => (m > asOf && inForce[m] ? 1 : 0));
}
