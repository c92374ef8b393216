/**
 * Geometry of monthly bars: stacks (cost by resource) and single bars (first-breach histogram).
 * Values here are pixel inputs only; labels and tooltips format the original money strings.
 */
import { type ChartBox, innerWidth, type MonthTick, monthTicks, type Tick, valueScale } from './scales.ts';

export interface BarRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StackGeometry {
  /** rects[s][m]: series s in month m, stacked bottom-up in series order. */
  rects: BarRect[][];
  /** Sum of all series per month. */
  totals: number[];
  yTicks: Tick[];
  xTicks: MonthTick[];
}

function slot(months: number, box: ChartBox) {
  const width = innerWidth(box) / Math.max(months, 1);
  const barWidth = Math.max(1, width * 0.72);
  return { width, barWidth, left: (i: number) => box.margin.left + width * i + (width - barWidth) / 2 };
}

/** Negative values are drawn as 0 height (costs are never negative; this keeps a bad input visible-safe). */
export function stackGeometry(
  series: readonly (readonly number[])[],
  monthLabels: readonly string[],
  box: ChartBox,
): StackGeometry {
  const n = monthLabels.length;
  const totals = Array.from({ length: n }, (_, m) =>
    series.reduce((sum, s) => sum + Math.max(0, s[m] ?? 0), 0),
  );
  const { scale, ticks } = valueScale(totals, box);
  const { barWidth, left } = slot(n, box);
  const base = Array<number>(n).fill(0);
  const rects = series.map((s) =>
    Array.from({ length: n }, (_, m) => {
      const v = Math.max(0, s[m] ?? 0);
      const y0 = scale(base[m]);
      const y1 = scale(base[m] + v);
      base[m] += v;
      return { x: left(m), y: y1, width: barWidth, height: y0 - y1 };
    }),
  );
  return { rects, totals, yTicks: ticks, xTicks: monthTicks(monthLabels, box) };
}

export interface HistogramGeometry {
  bars: BarRect[];
  yTicks: Tick[];
  xTicks: MonthTick[];
}

/** One bar per month from counts[0..months−1]; counts beyond the months (the "never" bin) are not drawn. */
export function histogramGeometry(
  counts: readonly number[],
  monthLabels: readonly string[],
  box: ChartBox,
): HistogramGeometry {
  const n = monthLabels.length;
  const inTerm = counts.slice(0, n);
  const { scale, ticks } = valueScale(inTerm, box, 4);
  const { barWidth, left } = slot(n, box);
  const bars = Array.from({ length: n }, (_, m) => {
    const y = scale(inTerm[m] ?? 0);
    return { x: left(m), y, width: barWidth, height: scale(0) - y };
  });
  return {
    bars,
    yTicks: ticks.filter((t) => Number.isInteger(t.value)),
    xTicks: monthTicks(monthLabels, box),
  };
}
