/**
 * A backtest of one series: hold out the last k months of the actuals, fit on the months before
 * (choosing the model as the calibration would), forecast the held-out months, and score the
 * forecast against what was measured — the mean absolute percentage error of the median and how
 * often the measured value fell inside the P5–P95 band (nominally 90 %). A planner reads these
 * beside the fit to tell a forecast that has earned trust from a guess.
 */
import { type FitOptions, fitTrend, predictiveQuantile, type TrendFit, type TrendPoint } from './fitTrend.ts';

export interface BacktestMonth {
  /** Months from the last month of the training span (1 = the first held-out month). */
  offset: number;
  calendarMonth: number;
  actual: number;
  p5: number;
  p50: number;
  p95: number;
}

export interface BacktestResult {
  holdout: number;
  /** The fit on the months before the holdout. */
  fit: TrendFit;
  months: BacktestMonth[];
  /** Mean |actual − P50| ÷ actual over held-out months with actual > 0; null when there is none. */
  mape: number | null;
  /** Held-out months inside [P5, P95]. */
  inside: number;
  /** Held-out months scored. */
  scored: number;
}

/**
 * `points` carry offsets from the last month of the actuals (0 = last, −1 = the month before…).
 * Returns null when the training span is too short to fit or no held-out month has a value.
 */
export function backtestSeries(
  points: readonly TrendPoint[],
  holdout: number,
  options: FitOptions = {},
): BacktestResult | null {
  if (!Number.isInteger(holdout) || holdout < 1) return null;
  // Training months end `holdout` months before the last month; offsets are re-based on that month.
  const cut = -holdout;
  const training = points.filter((p) => p.offset <= cut).map((p) => ({ ...p, offset: p.offset - cut }));
  const held = points.filter((p) => p.offset > cut);
  if (held.length === 0) return null;
  const fit = fitTrend(training, options);
  if (!fit) return null;
  const months: BacktestMonth[] = held
    .map((p) => {
      const offset = p.offset - cut;
      return {
        offset,
        calendarMonth: p.calendarMonth,
        actual: p.value,
        p5: predictiveQuantile(fit, offset, p.calendarMonth, 0.05),
        p50: predictiveQuantile(fit, offset, p.calendarMonth, 0.5),
        p95: predictiveQuantile(fit, offset, p.calendarMonth, 0.95),
      };
    })
    .sort((a, b) => a.offset - b.offset);
  const withValue = months.filter((m) => m.actual > 0);
  const mape =
    withValue.length === 0
      ? null
      : withValue.reduce((s, m) => s + Math.abs(m.actual - m.p50) / m.actual, 0) / withValue.length;
  const inside = months.filter((m) => m.actual >= m.p5 && m.actual <= m.p95).length;
  return { holdout, fit, months, mape, inside, scored: months.length };
}
