/**
 * A hover readout placed over the chart at an x position in SVG user units; it flips to the left
 * of the cursor in the right half so it never leaves the chart. `aria-live` reads keyboard moves.
 */
import type { ReactNode } from 'react';

export interface TooltipRow {
  label: string;
  value: string;
  colour?: string;
}

export function Tooltip({
  x,
  width,
  title,
  rows,
}: {
  x: number;
  width: number;
  title: string;
  rows: readonly TooltipRow[];
}): ReactNode {
  const fraction = x / width;
  const style =
    fraction > 0.5 ? { right: `${(1 - fraction) * 100 + 1.5}%` } : { left: `${fraction * 100 + 1.5}%` };
  return (
    <div className="chart-tooltip" style={style} role="status" aria-live="polite">
      <strong>{title}</strong>
      <table>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">
                {r.colour && <span className="dot" style={{ background: r.colour }} />}
                {r.label}
              </th>
              <td>{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
