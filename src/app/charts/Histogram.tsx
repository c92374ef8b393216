/**
 * Distribution of the month of first breach across replications (QuotaRisk.firstBreachHistogram):
 * one bar per month; the "never breached" count is stated in words under the chart.
 */
import { useMemo } from 'react';
import { axisTickFormat } from '../format/axis.ts';
import { formatInteger } from '../format/cny.ts';
import { formatMonth, formatMonthShort } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { XAxis, YAxis } from './Axes.tsx';
import { histogramGeometry } from './barGeometry.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { ExplorableSvg } from './ChartParts.tsx';
import { OKABE_ITO } from './palette.ts';
import { type ChartBox, DEFAULT_BOX } from './scales.ts';
import { Tooltip } from './Tooltip.tsx';
import { useMonthHover } from './useMonthHover.ts';

export interface HistogramProps {
  title: string;
  caption: string;
  monthLabels: readonly string[];
  /** Count per month; index `months` (if present) counts replications that never breached. */
  counts: readonly number[];
  box?: ChartBox;
  testId?: string;
}

const BAR = OKABE_ITO.vermillion;

export function Histogram({
  title,
  caption,
  monthLabels,
  counts,
  box = DEFAULT_BOX,
  testId,
}: HistogramProps) {
  const t = useT();
  const lang = useLanguage();
  const g = useMemo(() => histogramGeometry(counts, monthLabels, box), [counts, monthLabels, box]);
  const { index, handlers } = useMonthHover(monthLabels.length, box);
  const never = counts[monthLabels.length] ?? 0;
  return (
    <ChartFrame
      title={title}
      caption={caption}
      legend={[{ label: t('chart.replications'), colour: BAR, kind: 'box' }]}
      testId={testId}
    >
      <div className="chart-body">
        <ExplorableSvg box={box} label={`${title} · ${t('chart.hoverHint')}`} handlers={handlers}>
          <YAxis
            ticks={g.yTicks}
            box={box}
            format={axisTickFormat(
              g.yTicks.map((tick) => tick.value),
              lang,
            )}
            unitLabel={t('chart.replications')}
          />
          <XAxis ticks={g.xTicks} box={box} format={(m) => formatMonthShort(m, lang)} />
          {g.bars.map((b, m) => (
            <rect
              key={monthLabels[m]}
              x={b.x}
              y={b.y}
              width={b.width}
              height={b.height}
              fill={BAR}
              opacity={index === null || index === m ? 0.9 : 0.45}
            />
          ))}
        </ExplorableSvg>
        {index !== null && (
          <Tooltip
            x={g.bars[index].x + g.bars[index].width / 2}
            width={box.width}
            title={formatMonth(monthLabels[index], lang)}
            rows={[{ label: t('chart.replications'), value: formatInteger(counts[index] ?? 0), colour: BAR }]}
          />
        )}
      </div>
      <p className="chart-note">{t('chart.never', { count: formatInteger(never) })}</p>
    </ChartFrame>
  );
}
