/**
 * Cumulative spend (median line, p5–p95 band) against the contract total as a dashed line. Money
 * strings are converted to numbers for pixel positions only; labels and tooltip show them exactly.
 */
import { useMemo } from 'react';
import type { MoneyString } from '../../contract/money.ts';
import type { MoneyBand } from '../../results/types.ts';
import { axisTickFormat } from '../format/axis.ts';
import { formatCny } from '../format/cny.ts';
import { formatMonth, formatMonthShort } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { XAxis, YAxis } from './Axes.tsx';
import { bandGeometry } from './bandGeometry.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { ExplorableSvg, HoverMarker, QuotaLine } from './ChartParts.tsx';
import { contractTotalSteps, LifecycleMarks, StepLine, useLifecycle } from './LifecycleMarks.tsx';
import { BAND_FILL, MEDIAN_STROKE, QUOTA_STROKE } from './palette.ts';
import { type ChartBox, DEFAULT_BOX } from './scales.ts';
import { Tooltip } from './Tooltip.tsx';
import { useMonthHover } from './useMonthHover.ts';

export interface CumulativeLineChartProps {
  title: string;
  caption: string;
  monthLabels: readonly string[];
  /** Cumulative spend incl. VAT at the end of each month, across replications. */
  cumulative: Pick<MoneyBand, 'p5' | 'p50' | 'p95'>;
  contractTotal: MoneyString;
  unitLabel: string;
  box?: ChartBox;
  testId?: string;
}

export function CumulativeLineChart({
  title,
  caption,
  monthLabels,
  cumulative,
  contractTotal,
  unitLabel,
  box = DEFAULT_BOX,
  testId,
}: CumulativeLineChartProps) {
  const t = useT();
  const lang = useLanguage();
  // With renewals the reference steps up at each boundary: the totals of the terms so far.
  const life = useLifecycle(monthLabels.length);
  const steps = useMemo(() => contractTotalSteps(life, monthLabels.length), [life, monthLabels.length]);
  const reference = steps ? (steps.at(-1) ?? contractTotal) : contractTotal;
  const g = useMemo(
    () =>
      bandGeometry(
        { p5: cumulative.p5.map(Number), p50: cumulative.p50.map(Number), p95: cumulative.p95.map(Number) },
        monthLabels,
        Number(reference),
        box,
      ),
    [cumulative, monthLabels, reference, box],
  );
  const { index, handlers } = useMonthHover(monthLabels.length, box);
  const formatTick = axisTickFormat(
    g.yTicks.map((tick) => tick.value),
    lang,
    'money',
  );
  const legend = [
    { label: t('chart.band'), colour: BAND_FILL, kind: 'box' as const },
    { label: t('chart.cumulative'), colour: MEDIAN_STROKE, kind: 'line' as const },
    { label: t('chart.contractTotal'), colour: QUOTA_STROKE, kind: 'dashed' as const },
  ];

  return (
    <ChartFrame title={title} caption={caption} legend={legend} testId={testId}>
      <div className="chart-body">
        <ExplorableSvg box={box} label={`${title} · ${t('chart.hoverHint')}`} handlers={handlers}>
          <YAxis ticks={g.yTicks} box={box} format={formatTick} unitLabel={unitLabel} />
          <XAxis ticks={g.xTicks} box={box} format={(m) => formatMonthShort(m, lang)} />
          <LifecycleMarks box={box} monthLabels={monthLabels} />
          <path d={g.bandPath} fill={BAND_FILL} opacity={0.35} />
          <path d={g.medianPath} fill="none" stroke={MEDIAN_STROKE} strokeWidth={2.5} />
          {steps !== null ? (
            <StepLine
              box={box}
              values={steps.map(Number)}
              x={g.x}
              y={g.y}
              colour={QUOTA_STROKE}
              label={formatTick(Number(reference))}
            />
          ) : (
            g.quotaY !== null && (
              <QuotaLine box={box} y={g.quotaY} label={formatTick(Number(contractTotal))} />
            )
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
              { label: 'P95', value: formatCny(cumulative.p95[index]) },
              { label: 'P50', value: formatCny(cumulative.p50[index]), colour: MEDIAN_STROKE },
              { label: 'P5', value: formatCny(cumulative.p5[index]) },
              {
                label: t('chart.contractTotal'),
                value: formatCny(steps?.[index] ?? contractTotal),
                colour: QUOTA_STROKE,
              },
            ]}
          />
        )}
      </div>
    </ChartFrame>
  );
}
