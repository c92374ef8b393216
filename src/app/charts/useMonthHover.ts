/**
 * Hover state for month-indexed charts: the pointer picks the month under it; when the chart has
 * keyboard focus, ← → move month by month and Escape clears. Ephemeral state, kept in the component.
 */
import { type KeyboardEvent, type PointerEvent, useCallback, useState } from 'react';
import { type ChartBox, monthAtX } from './scales.ts';

export function useMonthHover(months: number, box: ChartBox) {
  const [index, setIndex] = useState<number | null>(null);

  const onPointerMove = useCallback(
    (e: PointerEvent<SVGSVGElement>) => {
      const rect = e.currentTarget.getBoundingClientRect();
      const x = ((e.clientX - rect.left) * box.width) / rect.width;
      setIndex(monthAtX(x, months, box));
    },
    [months, box],
  );
  const onPointerLeave = useCallback(() => setIndex(null), []);
  const onKeyDown = useCallback(
    (e: KeyboardEvent<SVGSVGElement>) => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        e.preventDefault();
        const step = e.key === 'ArrowRight' ? 1 : -1;
        setIndex((i) => Math.min(Math.max((i ?? (step > 0 ? -1 : months)) + step, 0), months - 1));
      } else if (e.key === 'Escape') setIndex(null);
    },
    [months],
  );
  const onBlur = useCallback(() => setIndex(null), []);
  return { index, handlers: { onPointerMove, onPointerLeave, onKeyDown, onBlur } };
}
