/** SVG axes drawn from precomputed ticks (scales.ts): gridlines, tick labels and the unit label. */
import type { ChartBox, MonthTick, Tick } from './scales.ts';
import { innerHeight } from './scales.ts';

export function YAxis({
  ticks,
  box,
  format,
  unitLabel,
}: {
  ticks: readonly Tick[];
  box: ChartBox;
  format: (value: number) => string;
  unitLabel: string;
}) {
  const right = box.width - box.margin.right;
  return (
    <g className="axis axis-y">
      {ticks.map((t) => (
        <g key={t.value}>
          <line x1={box.margin.left} x2={right} y1={t.position} y2={t.position} className="grid" />
          <text x={box.margin.left - 6} y={t.position} dy="0.32em" textAnchor="end">
            {format(t.value)}
          </text>
        </g>
      ))}
      <text
        className="axis-unit"
        transform={`translate(14 ${box.margin.top + innerHeight(box) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {unitLabel}
      </text>
    </g>
  );
}

export function XAxis({
  ticks,
  box,
  format,
}: {
  ticks: readonly MonthTick[];
  box: ChartBox;
  format: (label: string) => string;
}) {
  const bottom = box.margin.top + innerHeight(box);
  return (
    <g className="axis axis-x">
      <line
        x1={box.margin.left}
        x2={box.width - box.margin.right}
        y1={bottom}
        y2={bottom}
        className="baseline"
      />
      {ticks.map((t) => (
        <g key={t.index}>
          <line x1={t.position} x2={t.position} y1={bottom} y2={bottom + 4} className="baseline" />
          <text x={t.position} y={bottom + 18} textAnchor="middle">
            {format(t.label)}
          </text>
        </g>
      ))}
    </g>
  );
}
