/**
 * Monthly cost stacked by resource, on a ¥ axis. Amounts arrive as money strings; bar heights use
 * their numeric value (pixels only), while axis ticks use the compact ¥ format and the tooltip
 * shows every amount and the month's total exactly, to the fen.
 */
import { type KeyboardEvent, type MouseEvent, useMemo } from 'react';
import type { MoneyString } from '../../contract/money.ts';
import { axisTickFormat } from '../format/axis.ts';
import { formatCny, sumMoneyStrings } from '../format/cny.ts';
import { formatMonth, formatMonthShort } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { XAxis, YAxis } from './Axes.tsx';
import { stackGeometry } from './barGeometry.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { ExplorableSvg } from './ChartParts.tsx';
import { LifecycleMarks } from './LifecycleMarks.tsx';
import { SERIES_COLOURS } from './palette.ts';
import { type ChartBox, DEFAULT_BOX, monthAtX } from './scales.ts';
import { Tooltip } from './Tooltip.tsx';
import { useMonthHover } from './useMonthHover.ts';

export interface MoneySeries {
  key: string;
  label: string;
  /** One amount per month. */
  values: readonly MoneyString[];
}

export interface StackedBarChartProps {
  title: string;
  caption: string;
  monthLabels: readonly string[];
  series: readonly MoneySeries[];
  unitLabel: string;
  box?: ChartBox;
  testId?: string;
  /** Makes months selectable (click, or Enter on the focused chart): called with the month's index. */
  onSelectMonth?: (month: number) => void;
  /** The selected month, drawn at full strength. */
  selectedMonth?: number | null;
}

export function StackedBarChart({
  title,
  caption,
  monthLabels,
  series,
  unitLabel,
  box = DEFAULT_BOX,
  testId,
  onSelectMonth,
  selectedMonth = null,
}: StackedBarChartProps) {
  const t = useT();
  const lang = useLanguage();
  const g = useMemo(
    () =>
      stackGeometry(
        series.map((s) => s.values.map(Number)),
        monthLabels,
        box,
      ),
    [series, monthLabels, box],
  );
  const hover = useMonthHover(monthLabels.length, box);
  const { index } = hover;
  const handlers = onSelectMonth
    ? {
        ...hover.handlers,
        onClick: (e: MouseEvent<SVGSVGElement>) => {
          // The month under the pointer now (the hover state may not have rendered yet).
          const rect = e.currentTarget.getBoundingClientRect();
          const m = monthAtX(((e.clientX - rect.left) * box.width) / rect.width, monthLabels.length, box);
          onSelectMonth(m);
        },
        onKeyDown: (e: KeyboardEvent<SVGSVGElement>) => {
          if (e.key === 'Enter' && index !== null) onSelectMonth(index);
          else hover.handlers.onKeyDown(e);
        },
      }
    : hover.handlers;
  const strong = (m: number) =>
    (index === null && selectedMonth === null) || index === m || selectedMonth === m;
  const colour = (i: number) => SERIES_COLOURS[i % SERIES_COLOURS.length];
  const formatTick = axisTickFormat(
    g.yTicks.map((tick) => tick.value),
    lang,
    'money',
  );
  const legend = series.map((s, i) => ({ label: s.label, colour: colour(i), kind: 'box' as const }));

  return (
    <ChartFrame title={title} caption={caption} legend={legend} testId={testId}>
      <div className="chart-body">
        <ExplorableSvg box={box} label={`${title} · ${t('chart.hoverHint')}`} handlers={handlers}>
          <YAxis ticks={g.yTicks} box={box} format={formatTick} unitLabel={unitLabel} />
          <XAxis ticks={g.xTicks} box={box} format={(m) => formatMonthShort(m, lang)} />
          <LifecycleMarks box={box} monthLabels={monthLabels} />
          {g.rects.map((months, s) => (
            <g key={series[s].key} fill={colour(s)}>
              {months.map((r, m) => (
                <rect
                  key={monthLabels[m]}
                  x={r.x}
                  y={r.y}
                  width={r.width}
                  height={r.height}
                  opacity={strong(m) ? 0.9 : 0.45}
                />
              ))}
            </g>
          ))}
        </ExplorableSvg>
        {index !== null && (
          <Tooltip
            x={g.rects[0]?.[index] ? g.rects[0][index].x + g.rects[0][index].width / 2 : box.width / 2}
            width={box.width}
            title={formatMonth(monthLabels[index], lang)}
            rows={[
              ...series
                .map((s, i) => ({ label: s.label, value: formatCny(s.values[index]), colour: colour(i) }))
                .reverse(),
              {
                label: t('chart.total'),
                value: formatCny(sumMoneyStrings(series.map((s) => s.values[index]))),
              },
            ]}
          />
        )}
      </div>
    </ChartFrame>
  );
}
