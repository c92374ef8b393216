/**
 * Several scenarios' bands of one monthly series on one chart: per scenario a P5–P95 area and its
 * median line in the scenario's colour (Okabe–Ito), and the quota as a dashed line when there is one.
 * Optionally (a run "as of" a month, src/actuals/) measured months as points and the as-of line.
 */
import { area, line } from 'd3-shape';
import { useMemo } from 'react';
import type { Band } from '../../results/types.ts';
import { type AxisStyle, axisTickFormat } from '../format/axis.ts';
import { formatMonth, formatMonthShort } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { XAxis, YAxis } from './Axes.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { AsOfLine, QuotaLine } from './ChartParts.tsx';
import { ACTUAL_FILL, AS_OF_STROKE, QUOTA_STROKE, SERIES_COLOURS } from './palette.ts';
import { type ChartBox, DEFAULT_BOX, monthTicks, monthX, valueScale } from './scales.ts';

export interface OverlaySeries {
  label: string;
  band: Pick<Band, 'p5' | 'p50' | 'p95'>;
}

export interface OverlayBandChartProps {
  title: string;
  caption: string;
  monthLabels: readonly string[];
  series: readonly OverlaySeries[];
  quota: number | null;
  quotaLabel: string;
  unit: string;
  box?: ChartBox;
  testId?: string;
  /** Measured values per month (null where none), drawn as points on the same scale. */
  actual?: readonly (number | null)[] | null;
  /** Month index of the last actual month, drawn as a dotted vertical line. */
  asOfIndex?: number | null;
  /** How the value axis is written: quantities, or money with ¥ (format/axis.ts). */
  axisStyle?: AxisStyle;
}

export function overlayGeometry(
  series: readonly OverlaySeries[],
  monthLabels: readonly string[],
  quota: number | null,
  box: ChartBox,
  actual: readonly (number | null)[] = [],
) {
  const n = monthLabels.length;
  const measured = actual.slice(0, n).filter((v): v is number => v !== null && Number.isFinite(v));
  const values = [...series.flatMap((s) => [...s.band.p5, ...s.band.p95]), ...measured];
  const { scale, ticks } = valueScale([...values, ...(quota === null ? [] : [quota * 1.05])], box);
  const x = (i: number) => monthX(i, n, box);
  const indices = Array.from({ length: n }, (_, i) => i);
  return {
    x,
    actualPoints: indices
      .filter((i) => i < actual.length && actual[i] !== null && Number.isFinite(actual[i]))
      .map((i) => ({ index: i, x: x(i), y: scale(actual[i] as number) })),
    yTicks: ticks,
    xTicks: monthTicks(monthLabels, box),
    quotaY: quota === null ? null : scale(quota),
    paths: series.map((s) => ({
      band:
        area<number>()
          .x(x)
          .y0((i) => scale(s.band.p5[i]))
          .y1((i) => scale(s.band.p95[i]))(indices) ?? '',
      median:
        line<number>()
          .x(x)
          .y((i) => scale(s.band.p50[i]))(indices) ?? '',
    })),
  };
}

export function OverlayBandChart({
  title,
  caption,
  monthLabels,
  series,
  quota,
  quotaLabel,
  unit,
  box = DEFAULT_BOX,
  testId,
  actual = null,
  asOfIndex = null,
  axisStyle = 'number',
}: OverlayBandChartProps) {
  const lang = useLanguage();
  const t = useT();
  const g = useMemo(
    () => overlayGeometry(series, monthLabels, quota, box, actual ?? []),
    [series, monthLabels, quota, box, actual],
  );
  const asOfShown = asOfIndex !== null && asOfIndex >= 0 && asOfIndex < monthLabels.length - 1;
  const legend = [
    ...series.map((s, i) => ({
      label: s.label,
      colour: SERIES_COLOURS[i % SERIES_COLOURS.length],
      kind: 'line' as const,
    })),
    ...(quota === null ? [] : [{ label: quotaLabel, colour: QUOTA_STROKE, kind: 'dashed' as const }]),
    ...(g.actualPoints.length > 0
      ? [{ label: t('actuals.chart.actual'), colour: ACTUAL_FILL, kind: 'point' as const }]
      : []),
    ...(asOfShown
      ? [
          {
            label: t('actuals.chart.asOf', { month: formatMonth(monthLabels[asOfIndex], lang) }),
            colour: AS_OF_STROKE,
            kind: 'dotted' as const,
          },
        ]
      : []),
  ];
  return (
    <ChartFrame title={title} caption={caption} legend={legend} testId={testId}>
      <div className="chart-body">
        <svg viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-label={title}>
          <YAxis
            ticks={g.yTicks}
            box={box}
            format={axisTickFormat(
              g.yTicks.map((tick) => tick.value),
              lang,
              axisStyle,
            )}
            unitLabel={unit}
          />
          <XAxis ticks={g.xTicks} box={box} format={(m) => formatMonthShort(m, lang)} />
          {g.paths.map((p, i) => {
            const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
            return (
              <g key={series[i].label}>
                <path d={p.band} fill={colour} opacity={0.18} />
                <path d={p.median} fill="none" stroke={colour} strokeWidth={2.5} />
              </g>
            );
          })}
          {g.quotaY !== null && <QuotaLine box={box} y={g.quotaY} />}
          {asOfShown && <AsOfLine box={box} x={(g.x(asOfIndex) + g.x(asOfIndex + 1)) / 2} />}
          {g.actualPoints.length > 0 && (
            <g className="actual-points" data-testid="actual-points">
              {g.actualPoints.map((p) => (
                <circle
                  key={p.index}
                  cx={p.x}
                  cy={p.y}
                  r={3}
                  fill={ACTUAL_FILL}
                  stroke="#fff"
                  strokeWidth={1}
                />
              ))}
            </g>
          )}
        </svg>
      </div>
    </ChartFrame>
  );
}
