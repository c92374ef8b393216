/**
 * Shared chart geometry: the plotting box, the month axis and the value axis. Pure functions of
 * numbers (no DOM), so tests can check where things land.
 */
import { scaleLinear } from 'd3-scale';

export interface ChartBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export const DEFAULT_BOX: ChartBox = {
  width: 640,
  height: 280,
  margin: { top: 16, right: 72, bottom: 40, left: 72 },
};

export function innerWidth(box: ChartBox): number {
  return box.width - box.margin.left - box.margin.right;
}

export function innerHeight(box: ChartBox): number {
  return box.height - box.margin.top - box.margin.bottom;
}

export interface Tick {
  value: number;
  /** Pixel position along the axis, in SVG user units. */
  position: number;
}

export interface MonthTick {
  index: number;
  position: number;
  label: string;
}

/** A linear y scale from 0 (or the data minimum if negative) to a nice maximum covering `values`. */
export function valueScale(values: readonly number[], box: ChartBox, tickCount = 5) {
  const finite = values.filter(Number.isFinite);
  const max = Math.max(0, ...finite);
  const min = Math.min(0, ...finite);
  const scale = scaleLinear()
    .domain([min, max > min ? max : min + 1])
    .nice(tickCount)
    .range([box.margin.top + innerHeight(box), box.margin.top]);
  const ticks: Tick[] = scale.ticks(tickCount).map((value) => ({ value, position: scale(value) }));
  return { scale, ticks };
}

/** Month index → x at the centre of that month's slot, for n months across the inner width. */
export function monthX(index: number, months: number, box: ChartBox): number {
  const slot = innerWidth(box) / Math.max(months, 1);
  return box.margin.left + slot * (index + 0.5);
}

/** The month whose slot contains x (clamped to the term), for hover. */
export function monthAtX(x: number, months: number, box: ChartBox): number {
  const slot = innerWidth(box) / Math.max(months, 1);
  const index = Math.floor((x - box.margin.left) / slot);
  return Math.min(Math.max(index, 0), months - 1);
}

/**
 * Month ticks every 3, 6 or 12 months so labels never crowd (≤ 8 labels); the first month is
 * always labelled.
 */
export function monthTicks(monthLabels: readonly string[], box: ChartBox): MonthTick[] {
  const n = monthLabels.length;
  const step = n <= 12 ? 2 : n <= 24 ? 3 : n <= 48 ? 6 : 12;
  const ticks: MonthTick[] = [];
  for (let i = 0; i < n; i += step) {
    ticks.push({ index: i, position: monthX(i, n, box), label: monthLabels[i] });
  }
  return ticks;
}
