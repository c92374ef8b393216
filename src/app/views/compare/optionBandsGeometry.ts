/**
 * Geometry of the options' bands chart (OptionBandsChart.tsx), computable without the DOM: per option
 * its band and median paths, its quota's height and the x positions of its markers, and the dash
 * patterns and marker shapes that tell options apart without colour.
 */
import { area, line } from 'd3-shape';
import type { Band } from '../../../results/types.ts';
import { type ChartBox, monthTicks, monthX, valueScale } from '../../charts/scales.ts';

export interface OptionBand {
  name: string;
  band: Pick<Band, 'p5' | 'p50' | 'p95'>;
  /** This option's limit on the series (its quota, or its contract price for spend), or null. */
  quota: number | null;
}

/**
 * Whether every option's median is the same line (within a part in a billion): the demand of the
 * options is the same (common random numbers) and only their quotas differ, so the median lines lie
 * on top of one another and the chart says so rather than look like one option.
 */
export function mediansCoincide(options: readonly OptionBand[]): boolean {
  if (options.length < 2) return false;
  const first = options[0].band.p50;
  return options.every(
    (o) =>
      o.band.p50.length === first.length &&
      o.band.p50.every((v, i) => Math.abs(v - first[i]) <= 1e-9 * Math.max(1, Math.abs(first[i]))),
  );
}

/** Median dash patterns, one per option (solid, long dash, dots, dash-dot). */
export const OPTION_DASHES = ['', '9 4', '2 3', '10 3 2 3'] as const;
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';
export const OPTION_MARKERS: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];

export function markerPath(shape: MarkerShape, x: number, y: number, r = 5): string {
  switch (shape) {
    case 'circle':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    case 'square':
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}z`;
    case 'triangle':
      return `M${x},${y - r * 1.15}L${x + r * 1.1},${y + r * 0.85}L${x - r * 1.1},${y + r * 0.85}z`;
    case 'diamond':
      return `M${x},${y - r * 1.3}L${x + r},${y}L${x},${y + r * 1.3}L${x - r},${y}z`;
  }
}

export function optionBandsGeometry(
  options: readonly OptionBand[],
  monthLabels: readonly string[],
  box: ChartBox,
) {
  const n = monthLabels.length;
  const values = options.flatMap((o) => [
    ...o.band.p5,
    ...o.band.p95,
    ...(o.quota === null ? [] : [o.quota]),
  ]);
  const { scale, ticks } = valueScale(values, box);
  const x = (i: number) => monthX(i, n, box);
  const indices = Array.from({ length: n }, (_, i) => i);
  const plotWidth = box.width - box.margin.left - box.margin.right;
  return {
    yTicks: ticks,
    xTicks: monthTicks(monthLabels, box),
    options: options.map((o, k) => ({
      band:
        area<number>()
          .x(x)
          .y0((i) => scale(o.band.p5[i]))
          .y1((i) => scale(o.band.p95[i]))(indices) ?? '',
      median:
        line<number>()
          .x(x)
          .y((i) => scale(o.band.p50[i]))(indices) ?? '',
      quotaY: o.quota === null ? null : scale(o.quota),
      // Four markers per quota line, staggered by option so equal quotas do not hide each other.
      markerX: [0, 1, 2, 3].map(
        (j) => box.margin.left + ((j + (k + 1) / (options.length + 1)) / 4) * plotWidth,
      ),
    })),
  };
}
