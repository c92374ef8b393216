/**
 * SVG pieces every month-by-month chart shares: the explorable chart surface (labelled, focusable,
 * ← → moves a tooltip month by month), the dashed quota line with its value, and the hover marker.
 */
import type { DOMAttributes, ReactNode } from 'react';
import { AS_OF_STROKE, QUOTA_STROKE } from './palette.ts';
import type { ChartBox } from './scales.ts';

export function ExplorableSvg({
  box,
  label,
  handlers,
  children,
}: {
  box: ChartBox;
  label: string;
  handlers?: DOMAttributes<SVGSVGElement>;
  children: ReactNode;
}) {
  return (
    <svg
      viewBox={`0 0 ${box.width} ${box.height}`}
      role="img"
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the chart is explorable with ← → (a tooltip per month)
      tabIndex={0}
      {...handlers}
    >
      {children}
    </svg>
  );
}

/** The quota as a dashed line across the plot, with its value at the right end (when given). */
export function QuotaLine({ box, y, label }: { box: ChartBox; y: number; label?: string }) {
  return (
    <g className="quota-line">
      <line
        x1={box.margin.left}
        x2={box.width - box.margin.right}
        y1={y}
        y2={y}
        stroke={QUOTA_STROKE}
        strokeWidth={2}
        strokeDasharray="6 4"
      />
      {label !== undefined && (
        <text x={box.width - box.margin.right + 4} y={y} dy="0.32em" fill={QUOTA_STROKE}>
          {label}
        </text>
      )}
    </g>
  );
}

/** The vertical rule and dot at the hovered month. */
export function HoverMarker({ box, x, y, colour }: { box: ChartBox; x: number; y: number; colour: string }) {
  return (
    <g className="hover">
      <line x1={x} x2={x} y1={box.margin.top} y2={box.height - box.margin.bottom} />
      <circle cx={x} cy={y} r={4} fill={colour} />
    </g>
  );
}

/** The as-of month: a dotted vertical rule between the last actual month and the first forecast one. */
export function AsOfLine({ box, x }: { box: ChartBox; x: number }) {
  return (
    <line
      className="as-of-line"
      data-testid="as-of-line"
      x1={x}
      x2={x}
      y1={box.margin.top}
      y2={box.height - box.margin.bottom}
      stroke={AS_OF_STROKE}
      strokeWidth={1.5}
      strokeDasharray="2 3"
    />
  );
}
