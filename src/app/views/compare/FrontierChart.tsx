/**
 * The cost–risk frontier: every quota set the recommender tried, contract price across and the
 * worst breach probability over its quotas up. The sets sized for a ladder of tolerances are joined
 * (the frontier); the current quotas, the recommendation and its one-step-lower neighbours are
 * marked with shapes of their own and labelled, and the tolerance is a dashed line.
 */
import { useMemo } from 'react';
import type { FrontierPoint } from '../../../planner/recommendationTypes.ts';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { QUOTA_STROKE } from '../../charts/palette.ts';
import type { ChartBox } from '../../charts/scales.ts';
import { formatCompactNumber, formatNumber } from '../../format/numbers.ts';
import { useLanguage } from '../../i18n/useT.ts';
import { frontierGeometry, KIND_STYLE } from './frontierGeometry.ts';
import { markerPath } from './optionBandsGeometry.ts';

/** Room above the plot for the axis title, less on the right (no series labels there). */
const FRONTIER_BOX: ChartBox = {
  width: 640,
  height: 320,
  margin: { top: 34, right: 36, bottom: 44, left: 64 },
};

export interface FrontierChartProps {
  title: string;
  caption: string;
  points: readonly FrontierPoint[];
  tolerance: number;
  labels: {
    x: string;
    y: string;
    tolerance: string;
    current: string;
    recommended: string;
    sized: string;
    lower: string;
  };
  box?: ChartBox;
}

export function FrontierChart({
  title,
  caption,
  points,
  tolerance,
  labels,
  box = FRONTIER_BOX,
}: FrontierChartProps) {
  const lang = useLanguage();
  const g = useMemo(() => frontierGeometry(points, tolerance, box), [points, tolerance, box]);
  const legend = [
    { key: 'sized', text: labels.sized, ...KIND_STYLE.tolerance },
    { key: 'current', text: labels.current, ...KIND_STYLE.current },
    { key: 'recommended', text: labels.recommended, ...KIND_STYLE.recommended },
    { key: 'lower', text: labels.lower, ...KIND_STYLE['one-step-lower'] },
  ];
  const bottom = box.height - box.margin.bottom;
  return (
    <ChartFrame title={title} caption={caption} legend={[]} testId="frontier-chart">
      <ul className="chart-legend">
        {legend.map((l) => (
          <li key={l.key}>
            <svg width="18" height="18" aria-hidden="true">
              <path d={markerPath(l.shape, 9, 9, 6)} fill={l.colour} stroke="#fff" strokeWidth={1} />
            </svg>
            {l.text}
          </li>
        ))}
      </ul>
      <div className="chart-body">
        <svg viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-label={title}>
          <g className="axis">
            {g.yTicks.map((v) => (
              <g key={`y${v}`}>
                <line
                  x1={box.margin.left}
                  x2={box.width - box.margin.right}
                  y1={g.y(v)}
                  y2={g.y(v)}
                  className="grid"
                />
                <text x={box.margin.left - 6} y={g.y(v)} dy="0.32em" textAnchor="end">
                  {formatNumber(v * 100, lang, 1)}
                </text>
              </g>
            ))}
            {g.xTicks.map((v) => (
              <text key={`x${v}`} x={g.x(v)} y={bottom + 16} textAnchor="middle">
                {formatCompactNumber(v, lang)}
              </text>
            ))}
            <text x={box.margin.left - 40} y={14} className="axis-unit">
              {labels.y}
            </text>
            <text x={box.width - box.margin.right} y={box.height - 4} textAnchor="end" className="axis-unit">
              {labels.x}
            </text>
          </g>
          <line
            x1={box.margin.left}
            x2={box.width - box.margin.right}
            y1={g.toleranceY}
            y2={g.toleranceY}
            stroke={QUOTA_STROKE}
            strokeWidth={1.5}
            strokeDasharray="6 4"
          />
          <text x={box.width - box.margin.right} y={g.toleranceY - 5} textAnchor="end" fill={QUOTA_STROKE}>
            {labels.tolerance}
          </text>
          <path d={g.frontierPath} fill="none" stroke={KIND_STYLE.tolerance.colour} strokeWidth={1.5} />
          {g.marks.map(({ point, cx, cy }, i) => {
            const style = KIND_STYLE[point.kind];
            return (
              <path
                // biome-ignore lint/suspicious/noArrayIndexKey: points are a fixed list, drawn once
                key={i}
                d={markerPath(style.shape, cx, cy, style.r)}
                fill={style.colour}
                stroke="#fff"
                strokeWidth={1}
                data-kind={point.kind}
              >
                <title>{`${point.kind} ${point.priceCny} ${formatNumber(point.worstBreach * 100, lang, 1)}%`}</title>
              </path>
            );
          })}
          {g.marks
            .filter((m) => m.point.kind === 'current' || m.point.kind === 'recommended')
            .map(({ point, cx, cy }) => (
              <text key={point.kind} x={cx + 9} y={cy - 8} className="mark-label">
                {point.kind === 'current' ? labels.current : labels.recommended}
              </text>
            ))}
        </svg>
      </div>
    </ChartFrame>
  );
}
