/**
 * Geometry of a band chart: the p5–p95 area, the p50 line, an optional horizontal quota line and
 * optional actual values as points, as SVG path strings and positions (d3-shape builds the strings;
 * nothing touches the DOM).
 */
import { area, line } from 'd3-shape';
import { type ChartBox, type MonthTick, monthTicks, monthX, type Tick, valueScale } from './scales.ts';

export interface BandSeries {
  p5: readonly number[];
  p50: readonly number[];
  p95: readonly number[];
}

export interface BandGeometry {
  bandPath: string;
  medianPath: string;
  /** y of the quota line, or null when there is no quota. */
  quotaY: number | null;
  yTicks: Tick[];
  xTicks: MonthTick[];
  /** y of the p50 value per month, for hover markers. */
  medianY: number[];
  x: (index: number) => number;
  /** y of any value on the chart's scale. */
  y: (value: number) => number;
  /** One point per month with an actual value (none when no actuals were given). */
  actualPoints: { index: number; x: number; y: number }[];
}

/**
 * `inForce` (1/0 per month, from the lifecycle): the band and the median are drawn only over months in
 * force, so they end at an exit instead of falling to the zeros of the months after it.
 */
export function bandGeometry(
  band: BandSeries,
  monthLabels: readonly string[],
  quota: number | null,
  box: ChartBox,
  actual: readonly (number | null)[] = [],
  inForce: readonly number[] | null = null,
): BandGeometry {
  const n = monthLabels.length;
  const measured: number[] = [];
  for (let i = 0; i < Math.min(n, actual.length); i++) {
    const v = actual[i];
    if (v !== null && Number.isFinite(v)) measured.push(v);
  }
  const { scale, ticks } = valueScale(
    [...band.p95, ...band.p5, ...measured, ...(quota === null ? [] : [quota * 1.05])],
    box,
  );
  const x = (i: number) => monthX(i, n, box);
  const indices = Array.from({ length: n }, (_, i) => i);
  const defined = (i: number) => inForce === null || inForce[i] === 1;
  const bandPath =
    area<number>()
      .defined(defined)
      .x((i) => x(i))
      .y0((i) => scale(band.p5[i]))
      .y1((i) => scale(band.p95[i]))(indices) ?? '';
  const medianPath =
    line<number>()
      .defined(defined)
      .x((i) => x(i))
      .y((i) => scale(band.p50[i]))(indices) ?? '';
  return {
    bandPath,
    medianPath,
    quotaY: quota === null ? null : scale(quota),
    yTicks: ticks,
    xTicks: monthTicks(monthLabels, box),
    medianY: indices.map((i) => scale(band.p50[i])),
    x,
    y: (v) => scale(v),
    actualPoints: indices
      .filter((i) => i < actual.length && actual[i] !== null && Number.isFinite(actual[i]))
      .map((i) => ({ index: i, x: x(i), y: scale(actual[i] as number) })),
  };
}
