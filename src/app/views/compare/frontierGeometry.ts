/**
 * Geometry of the cost–risk frontier chart (FrontierChart.tsx), computable without the DOM: scales
 * (price across, worst breach probability up), the joined frontier, the tolerance line and a mark per
 * quota set, with a shape per kind of set so the chart reads without colour.
 */
import { scaleLinear, scaleSqrt } from 'd3-scale';
import { line } from 'd3-shape';
import type { FrontierPoint } from '../../../planner/recommendationTypes.ts';
import { OKABE_ITO } from '../../charts/palette.ts';
import type { ChartBox } from '../../charts/scales.ts';
import type { MarkerShape } from './optionBandsGeometry.ts';

/** A shape and colour per kind of quota set; the shape alone tells them apart. */
export const KIND_STYLE: Record<FrontierPoint['kind'], { shape: MarkerShape; colour: string; r: number }> = {
  tolerance: { shape: 'circle', colour: OKABE_ITO.blue, r: 4.5 },
  current: { shape: 'square', colour: OKABE_ITO.black, r: 5.5 },
  recommended: { shape: 'diamond', colour: OKABE_ITO.bluishGreen, r: 7 },
  'one-step-lower': { shape: 'triangle', colour: OKABE_ITO.orange, r: 5 },
};

/** Probability ticks that read on a square-root axis. */
export const PROBABILITY_TICKS = [0, 0.01, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1] as const;

export function frontierGeometry(points: readonly FrontierPoint[], tolerance: number, box: ChartBox) {
  const prices = points.map((p) => Number(p.priceCny));
  const lo = Math.min(...prices);
  const hi = Math.max(...prices);
  const pad = (hi - lo) * 0.05 || hi * 0.01 || 1;
  const x = scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([box.margin.left, box.width - box.margin.right])
    .nice();
  // Square-root scale: the region around the tolerance (a few per cent) gets room, while sets that
  // breach in every run (100 %) still fit on the same axis.
  const top = Math.min(1, Math.max(tolerance * 2, ...points.map((p) => p.worstBreach)));
  const y = scaleSqrt()
    .domain([0, top])
    .range([box.height - box.margin.bottom, box.margin.top]);
  const yTicks = PROBABILITY_TICKS.filter((v) => v <= top + 1e-12);
  const frontier = points
    .filter((p) => p.kind === 'tolerance')
    .map((p) => [x(Number(p.priceCny)), y(p.worstBreach)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  return {
    x,
    y,
    xTicks: x.ticks(6),
    yTicks,
    frontierPath: line()(frontier) ?? '',
    toleranceY: y(tolerance),
    marks: points.map((p) => ({ point: p, cx: x(Number(p.priceCny)), cy: y(p.worstBreach) })),
  };
}
