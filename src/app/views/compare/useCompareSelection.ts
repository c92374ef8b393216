/**
 * Which options the sheet compares (in column order; the first is the reference) and with how many
 * replications. The compare set lives in the store (uiSlice) so that it travels in the share link and
 * the address bar; CompareView, ComparePicker and useAdoptRecommendation read it only through this hook.
 */
import { useShallow } from 'zustand/react/shallow';
import { appStore, useApp } from '../../store/index.ts';
import {
  COMPARE_CURRENT,
  COMPARE_MAX,
  COMPARE_REPLICATIONS_RANGE,
  clampCompareReplications,
} from '../../store/uiSlice.ts';

export { COMPARE_CURRENT, COMPARE_MAX, COMPARE_REPLICATIONS_RANGE };

export const clampReplications = clampCompareReplications;

export function useCompareSelection() {
  const { compareSet, typedReplications, runOnOpen } = useApp(
    useShallow((s) => ({
      compareSet: s.compareSet,
      typedReplications: s.compareReplications,
      runOnOpen: s.compareRunOnOpen,
    })),
  );
  const state = appStore.getState();
  return {
    compareSet,
    setCompareSet: state.setCompareSet,
    toggle: state.toggleCompare,
    typedReplications,
    replications: clampCompareReplications(typedReplications),
    setReplications: state.setCompareReplications,
    /** Set when the page opened a link to Compare: the view runs the comparison once, at once. */
    runOnOpen,
    clearRunOnOpen: () => state.setCompareRunOnOpen(false),
  };
}

export type CompareSelection = ReturnType<typeof useCompareSelection>;
