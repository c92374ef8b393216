/**
 * A monthly series across replications: the p5–p95 band, the p50 line and, if given, the quota as
 * a dashed line with its label. Hover or ← → shows the month's p5/p50/p95 and the quota. Optionally
 * (a run "as of" a month, src/actuals/) the measured months as points and the as-of month as a
 * vertical line: the forecast is what lies right of it.
 */
import { useMemo } from 'react';
import type { Band } from '../../results/types.ts';
import { type AxisStyle, axisTickFormat } from '../format/axis.ts';
import { formatMonth, formatMonthShort } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { XAxis, YAxis } from './Axes.tsx';
import { bandGeometry } from './bandGeometry.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { AsOfLine, ExplorableSvg, HoverMarker, QuotaLine } from './ChartParts.tsx';
import { LifecycleMarks, StepLine, useLifecycle } from './LifecycleMarks.tsx';
import { ACTUAL_FILL, AS_OF_STROKE, BAND_FILL, MEDIAN_STROKE, QUOTA_STROKE } from './palette.ts';
import { type ChartBox, DEFAULT_BOX } from './scales.ts';
import { Tooltip } from './Tooltip.tsx';
import { useMonthHover } from './useMonthHover.ts';

export interface BandChartProps {
  title: string;
  caption: string;
  /** 'YYYY-MM' per month (RunSummary.monthLabels). */
  monthLabels: readonly string[];
  band: Pick<Band, 'p5' | 'p50' | 'p95'>;
  /** The contract limit drawn as a line, or null. */
  quota: number | null;
  /** The limit in force each month when a renewal or an amendment changes it: drawn as steps. */
  quotaByMonth?: readonly number[];
  /** Unit shown on the y axis and in the tooltip, e.g. 'vCPU', 'TB'. */
  unit: string;
  formatValue: (value: number) => string;
  box?: ChartBox;
  testId?: string;
  /** A month to mark (e.g. the first breach being explained), with the value read there. */
  highlight?: { month: number; value: number } | null;
  /** Measured values per month (null where none), drawn as points; same scale as the band. */
  actual?: readonly (number | null)[] | null;
  /** Month index of the last actual month, drawn as a vertical line (none when outside the chart). */
  asOfIndex?: number | null;
  /** How the value axis is written: quantities, or money with ¥ (format/axis.ts). */
  axisStyle?: AxisStyle;
}

export function BandChart({
  title,
  caption,
  monthLabels,
  band,
  quota,
  unit,
  formatValue,
  box = DEFAULT_BOX,
  testId,
  highlight = null,
  actual = null,
  asOfIndex = null,
  quotaByMonth,
  axisStyle = 'number',
}: BandChartProps) {
  const t = useT();
  const lang = useLanguage();
  const inForce = useLifecycle(monthLabels.length)?.monthsInForce ?? null;
  const steps = quotaByMonth && quotaByMonth.length === monthLabels.length ? quotaByMonth : null;
  const scaleQuota = steps ? Math.max(...steps) : quota;
  const g = useMemo(
    () => bandGeometry(band, monthLabels, scaleQuota, box, actual ?? [], inForce),
    [band, monthLabels, scaleQuota, box, actual, inForce],
  );
  const asOfShown = asOfIndex !== null && asOfIndex >= 0 && asOfIndex < monthLabels.length - 1;
  const { index, handlers } = useMonthHover(monthLabels.length, box);
  const legend = [
    { label: t('chart.band'), colour: BAND_FILL, kind: 'box' as const },
    { label: t('chart.median'), colour: MEDIAN_STROKE, kind: 'line' as const },
    ...(quota === null ? [] : [{ label: t('chart.quota'), colour: QUOTA_STROKE, kind: 'dashed' as const }]),
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
  // Money values carry their ¥; every other value is followed by its unit.
  const withUnit = (v: number) => (axisStyle === 'money' ? formatValue(v) : `${formatValue(v)} ${unit}`);
  const formatTick = useMemo(
    () =>
      axisTickFormat(
        g.yTicks.map((tick) => tick.value),
        lang,
        axisStyle,
      ),
    [g.yTicks, lang, axisStyle],
  );

  return (
    <ChartFrame title={title} caption={caption} legend={legend} testId={testId}>
      <div className="chart-body">
        <ExplorableSvg box={box} label={`${title} · ${t('chart.hoverHint')}`} handlers={handlers}>
          <YAxis ticks={g.yTicks} box={box} format={formatTick} unitLabel={unit} />
          <XAxis ticks={g.xTicks} box={box} format={(m) => formatMonthShort(m, lang)} />
          <LifecycleMarks box={box} monthLabels={monthLabels} />
          <path d={g.bandPath} fill={BAND_FILL} opacity={0.35} />
          <path d={g.medianPath} fill="none" stroke={MEDIAN_STROKE} strokeWidth={2.5} />
          {steps ? (
            <StepLine
              box={box}
              values={steps}
              x={g.x}
              y={g.y}
              colour={QUOTA_STROKE}
              label={formatTick(steps.at(-1) ?? 0)}
            />
          ) : (
            g.quotaY !== null &&
            quota !== null && <QuotaLine box={box} y={g.quotaY} label={formatTick(quota)} />
          )}
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
          {highlight && highlight.month >= 0 && highlight.month < monthLabels.length && (
            <g className="highlight" data-testid="chart-highlight">
              <line
                x1={g.x(highlight.month)}
                x2={g.x(highlight.month)}
                y1={box.margin.top}
                y2={box.height - box.margin.bottom}
                stroke={QUOTA_STROKE}
                strokeWidth={1.5}
              />
              <circle cx={g.x(highlight.month)} cy={g.y(highlight.value)} r={5} fill={QUOTA_STROKE} />
            </g>
          )}
          {index !== null && (
            <HoverMarker box={box} x={g.x(index)} y={g.medianY[index]} colour={MEDIAN_STROKE} />
          )}
        </ExplorableSvg>
        {index !== null && (
          <Tooltip
            x={g.x(index)}
            width={box.width}
            title={formatMonth(monthLabels[index], lang)}
            rows={[
              { label: 'P95', value: withUnit(band.p95[index]) },
              { label: 'P50', value: withUnit(band.p50[index]), colour: MEDIAN_STROKE },
              { label: 'P5', value: withUnit(band.p5[index]) },
              ...(actual && actual[index] !== null && actual[index] !== undefined
                ? [
                    {
                      label: t('actuals.chart.actual'),
                      value: withUnit(actual[index] as number),
                      colour: ACTUAL_FILL,
                    },
                  ]
                : []),
              ...(quota === null
                ? []
                : [
                    {
                      label: t('chart.quota'),
                      value: withUnit(steps?.[index] ?? quota),
                      colour: QUOTA_STROKE,
                    },
                  ]),
            ]}
          />
        )}
      </div>
    </ChartFrame>
  );
}
