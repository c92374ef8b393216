/**
 * The options' bands of one monthly series on one chart, each with its own quota: per option a
 * P5–P95 area and a median line, and its quota as a thin line carrying the option's marker. Options
 * differ by colour (Okabe–Ito) AND by the median's dash pattern and the quota's marker shape, so the
 * chart reads in greyscale and for colour-blind readers; markers are staggered along the line so
 * that equal quotas stay visible one beside the other.
 */
import { useMemo } from 'react';
import { XAxis, YAxis } from '../../charts/Axes.tsx';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { SERIES_COLOURS } from '../../charts/palette.ts';
import { type ChartBox, DEFAULT_BOX } from '../../charts/scales.ts';
import { formatCompactNumber, formatMonthShort } from '../../format/numbers.ts';
import { useLanguage } from '../../i18n/useT.ts';
import {
  markerPath,
  OPTION_DASHES,
  OPTION_MARKERS,
  type OptionBand,
  optionBandsGeometry,
} from './optionBandsGeometry.ts';

export type { OptionBand };

function LegendSwatch({ index, kind }: { index: number; kind: 'median' | 'quota' }) {
  const colour = SERIES_COLOURS[index % SERIES_COLOURS.length];
  return (
    <svg width="30" height="14" aria-hidden="true">
      {kind === 'median' ? (
        <line
          x1="0"
          x2="30"
          y1="7"
          y2="7"
          stroke={colour}
          strokeWidth="2.5"
          strokeDasharray={OPTION_DASHES[index]}
        />
      ) : (
        <>
          <line x1="0" x2="30" y1="7" y2="7" stroke={colour} strokeWidth="1.5" />
          <path
            d={markerPath(OPTION_MARKERS[index], 15, 7, 4.5)}
            fill="#fff"
            stroke={colour}
            strokeWidth="1.8"
          />
        </>
      )}
    </svg>
  );
}

export interface OptionBandsChartProps {
  title: string;
  caption: string;
  monthLabels: readonly string[];
  options: readonly OptionBand[];
  unit: string;
  medianLabel: (name: string) => string;
  quotaLabel: (name: string) => string;
  box?: ChartBox;
  testId?: string;
}

export function OptionBandsChart(props: OptionBandsChartProps) {
  const { title, caption, monthLabels, options, unit, box = DEFAULT_BOX, testId } = props;
  const lang = useLanguage();
  const g = useMemo(() => optionBandsGeometry(options, monthLabels, box), [options, monthLabels, box]);
  return (
    <ChartFrame title={title} caption={caption} legend={[]} testId={testId}>
      <ul className="chart-legend option-legend">
        {options.map((o, i) => (
          <li key={`m-${o.name}`}>
            <LegendSwatch index={i} kind="median" />
            {props.medianLabel(o.name)}
          </li>
        ))}
        {options.map((o, i) =>
          o.quota === null ? null : (
            <li key={`q-${o.name}`}>
              <LegendSwatch index={i} kind="quota" />
              {props.quotaLabel(o.name)}
            </li>
          ),
        )}
      </ul>
      <div className="chart-body">
        <svg viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-label={title}>
          <YAxis ticks={g.yTicks} box={box} format={(v) => formatCompactNumber(v, lang)} unitLabel={unit} />
          <XAxis ticks={g.xTicks} box={box} format={(m) => formatMonthShort(m, lang)} />
          {g.options.map((o, i) => {
            const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
            return (
              <g key={options[i].name} data-option={i}>
                <path d={o.band} fill={colour} opacity={0.14} />
                <path
                  d={o.median}
                  fill="none"
                  stroke={colour}
                  strokeWidth={2.5}
                  strokeDasharray={OPTION_DASHES[i]}
                />
              </g>
            );
          })}
          {g.options.map((o, i) => {
            if (o.quotaY === null) return null;
            const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
            return (
              <g key={`quota-${options[i].name}`} className="option-quota" data-option-quota={i}>
                <line
                  x1={box.margin.left}
                  x2={box.width - box.margin.right}
                  y1={o.quotaY}
                  y2={o.quotaY}
                  stroke={colour}
                  strokeWidth={1.5}
                />
                {o.markerX.map((mx) => (
                  <path
                    key={mx}
                    d={markerPath(OPTION_MARKERS[i], mx, o.quotaY as number)}
                    fill="#fff"
                    stroke={colour}
                    strokeWidth={1.8}
                  />
                ))}
              </g>
            );
          })}
        </svg>
      </div>
    </ChartFrame>
  );
}
