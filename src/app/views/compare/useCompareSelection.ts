/**
 * Which options the sheet compares (in column order; the first is the reference) and with how many
 * replications. Kept in the view until the compare set travels in the share link (issue 13): then
 * this hook's body becomes the store's compareSet / compareReplications / compareRunOnOpen (CompareView,
 * ComparePicker and useAdoptRecommendation read the compare set only through it).
 */
import { useState } from 'react';

export const COMPARE_CURRENT = '__current__';
export const COMPARE_MAX = 4;
export const COMPARE_REPLICATIONS_RANGE = { min: 10, max: 2000 } as const;
const DEFAULT_SET = ['renewal-2026-as-is', 'renewal-2026-right-size', 'renewal-2026-expand'];

export function clampReplications(n: number): number {
  if (!Number.isFinite(n)) return 200;
  return Math.min(COMPARE_REPLICATIONS_RANGE.max, Math.max(COMPARE_REPLICATIONS_RANGE.min, Math.round(n)));
}

export function useCompareSelection() {
  const [compareSet, setCompareSet] = useState<readonly string[]>(DEFAULT_SET);
  const [typedReplications, setTypedReplications] = useState(200);
  return {
    compareSet,
    setCompareSet: (ids: readonly string[]) => setCompareSet([...new Set(ids)].slice(0, COMPARE_MAX)),
    toggle: (id: string) =>
      setCompareSet((s) =>
        s.includes(id) ? s.filter((x) => x !== id) : [...new Set([...s, id])].slice(0, COMPARE_MAX),
      ),
    typedReplications,
    replications: clampReplications(typedReplications),
    setReplications: (n: number) => setTypedReplications(Number.isFinite(n) && n >= 1 ? Math.round(n) : 200),
    runOnOpen: false,
    clearRunOnOpen: () => undefined,
  };
}

export type CompareSelection = ReturnType<typeof useCompareSelection>;
