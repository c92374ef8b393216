/**
 * A monthly series across replications: the p5–p95 band, the p50 line and, if given, the quota as
 * a dashed line with its label. Hover or ← → shows the month's p5/p50/p95 and the quota.
 */
import { useMemo } from 'react';
import type { Band } from '../../results/types.ts';
import { formatCompactNumber, formatMonth, formatMonthShort } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { XAxis, YAxis } from './Axes.tsx';
import { bandGeometry } from './bandGeometry.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { ExplorableSvg, HoverMarker, QuotaLine } from './ChartParts.tsx';
import { BAND_FILL, MEDIAN_STROKE, QUOTA_STROKE } from './palette.ts';
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
  /** Unit shown on the y axis and in the tooltip, e.g. 'vCPU', 'TB'. */
  unit: string;
  formatValue: (value: number) => string;
  box?: ChartBox;
  testId?: string;
  /** A month to mark (e.g. the first breach being explained), with the value read there. */
  highlight?: { month: number; value: number } | null;
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
}: BandChartProps) {
  const t = useT();
  const lang = useLanguage();
  const g = useMemo(() => bandGeometry(band, monthLabels, quota, box), [band, monthLabels, quota, box]);
  const { index, handlers } = useMonthHover(monthLabels.length, box);
  const legend = [
    { label: t('chart.band'), colour: BAND_FILL, kind: 'box' as const },
    { label: t('chart.median'), colour: MEDIAN_STROKE, kind: 'line' as const },
    ...(quota === null ? [] : [{ label: t('chart.quota'), colour: QUOTA_STROKE, kind: 'dashed' as const }]),
  ];
  const withUnit = (v: number) => `${formatValue(v)} ${unit}`;
  // Long tick labels (≥ 100,000) would run into the unit label: the axis shows them compact.
  const formatTick = (v: number) => (Math.abs(v) >= 100_000 ? formatCompactNumber(v, lang) : formatValue(v));

  return (
    <ChartFrame title={title} caption={caption} legend={legend} testId={testId}>
      <div className="chart-body">
        <ExplorableSvg box={box} label={`${title} · ${t('chart.hoverHint')}`} handlers={handlers}>
          <YAxis ticks={g.yTicks} box={box} format={formatTick} unitLabel={unit} />
          <XAxis ticks={g.xTicks} box={box} format={(m) => formatMonthShort(m, lang)} />
          <path d={g.bandPath} fill={BAND_FILL} opacity={0.35} />
          <path d={g.medianPath} fill="none" stroke={MEDIAN_STROKE} strokeWidth={2.5} />
          {g.quotaY !== null && quota !== null && (
            <QuotaLine box={box} y={g.quotaY} label={formatTick(quota)} />
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
              ...(quota === null
                ? []
                : [{ label: t('chart.quota'), value: withUnit(quota), colour: QUOTA_STROKE }]),
            ]}
          />
        )}
      </div>
    </ChartFrame>
  );
}
