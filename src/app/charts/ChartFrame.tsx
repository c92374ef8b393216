/**
 * The frame every chart shares: a title, the one-sentence caption saying what it shows, a legend,
 * and a keyboard hint. Charts render their SVG as children.
 */
import type { ReactNode } from 'react';

export interface LegendItem {
  label: string;
  colour: string;
  /** How the swatch is drawn: a filled box, a solid, dashed or dotted line, or a point. */
  kind: 'box' | 'line' | 'dashed' | 'dotted' | 'point';
}

export interface ChartFrameProps {
  title: string;
  caption: string;
  legend: readonly LegendItem[];
  testId?: string;
  children: ReactNode;
}

function Swatch({ item }: { item: LegendItem }) {
  if (item.kind === 'box') {
    return (
      <svg width="14" height="12" aria-hidden="true">
        <rect width="14" height="12" fill={item.colour} opacity={0.85} />
      </svg>
    );
  }
  if (item.kind === 'point') {
    return (
      <svg width="12" height="12" aria-hidden="true">
        <circle cx="6" cy="6" r="4" fill={item.colour} />
      </svg>
    );
  }
  return (
    <svg width="22" height="12" aria-hidden="true">
      <line
        x1="0"
        x2="22"
        y1="6"
        y2="6"
        stroke={item.colour}
        strokeWidth="2.5"
        strokeDasharray={item.kind === 'dashed' ? '5 3' : item.kind === 'dotted' ? '2 3' : undefined}
      />
    </svg>
  );
}

export function ChartFrame({ title, caption, legend, testId, children }: ChartFrameProps) {
  return (
    <figure className="chart" data-testid={testId}>
      <h3 className="chart-title">{title}</h3>
      <figcaption className="chart-caption">{caption}</figcaption>
      {legend.length > 0 && (
        <ul className="chart-legend">
          {legend.map((item) => (
            <li key={item.label}>
              <Swatch item={item} />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      {children}
    </figure>
  );
}
