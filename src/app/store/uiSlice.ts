/**
 * View state: the view, the risk reading and the compare set travel in the share link (the address
 * bar holds them, see url/addressBar.ts), so a reload or a copied address shows the same figures.
 * The language is a personal setting, remembered in localStorage, and stays out of links.
 */
import type { StateCreator } from 'zustand';
import type { Scenario } from '../../scenario/schema.ts';
import type { Language } from '../i18n/language.ts';
import type { AppState } from './appState.ts';
import type { RiskLevel, ViewId } from './types.ts';

/** Compare takes 2–4 scenarios. */
export const COMPARE_MAX = 4;
/** The compare set's entry for the scenario being worked on (rather than a built-in one). */
export const COMPARE_CURRENT = '__current__';
export const DEFAULT_COMPARE_SET: readonly string[] = [
  'renewal-2026-as-is',
  'renewal-2026-right-size',
  'renewal-2026-expand',
];
export const DEFAULT_COMPARE_REPLICATIONS = 200;
export const COMPARE_REPLICATIONS_RANGE = { min: 10, max: 2000 } as const;

export interface UiSlice {
  view: ViewId;
  language: Language;
  riskLevel: RiskLevel;
  /**
   * The scenarios Compare runs side by side, in column order (the first is the reference): built-in
   * ids or COMPARE_CURRENT. Part of the share link.
   */
  compareSet: readonly string[];
  /**
   * Replications per compared scenario (all run with the first one's seed: common random numbers),
   * as typed; `clampCompareReplications` gives the count a run uses.
   */
  compareReplications: number;
  /**
   * Set when the page opened a link to the Compare view: the comparison runs at once, so whoever
   * opens the link sees the same figures as whoever shared it. Cleared by the view when it starts.
   */
  compareRunOnOpen: boolean;
  /**
   * Compare options that are neither built-in nor the working copy (an adopted recommendation, or
   * one a link carried), by their compare-set id. The share link carries those in the set whole.
   */
  compareExtras: Readonly<Record<string, Scenario>>;
  setView: (view: ViewId) => void;
  setLanguage: (language: Language) => void;
  setRiskLevel: (riskLevel: RiskLevel) => void;
  setCompareSet: (ids: readonly string[]) => void;
  /** Adds `id` at the end (when there is room) or removes it. */
  toggleCompare: (id: string) => void;
  setCompareReplications: (n: number) => void;
  setCompareRunOnOpen: (on: boolean) => void;
  /** Keeps `scenario` as the compare option `id` (see compareExtras). */
  setCompareExtra: (id: string, scenario: Scenario) => void;
}

/** A compare set as given, without duplicates, at most COMPARE_MAX long. */
export function normalCompareSet(ids: readonly string[]): string[] {
  return [...new Set(ids)].slice(0, COMPARE_MAX);
}

export function clampCompareReplications(n: number): number {
  if (!Number.isFinite(n)) return DEFAULT_COMPARE_REPLICATIONS;
  const { min, max } = COMPARE_REPLICATIONS_RANGE;
  return Math.min(max, Math.max(min, Math.round(n)));
}

export const createUiSlice =
  (initial: {
    view: ViewId;
    language: Language;
    compareSet?: readonly string[];
  }): StateCreator<AppState, [], [], UiSlice> =>
  (set) => ({
    view: initial.view,
    language: initial.language,
    riskLevel: 'likely',
    compareSet: normalCompareSet(initial.compareSet ?? DEFAULT_COMPARE_SET),
    compareReplications: DEFAULT_COMPARE_REPLICATIONS,
    compareRunOnOpen: false,
    compareExtras: {},
    setView: (view) => set({ view }),
    setLanguage: (language) => set({ language }),
    setRiskLevel: (riskLevel) => set({ riskLevel }),
    setCompareSet: (ids) => set({ compareSet: normalCompareSet(ids) }),
    toggleCompare: (id) =>
      set((s) => ({
        compareSet: s.compareSet.includes(id)
          ? s.compareSet.filter((x) => x !== id)
          : normalCompareSet([...s.compareSet, id]),
      })),
    // Kept as typed while the field is edited ("5" on the way to "500"); clamped where it is used.
    setCompareReplications: (n) =>
      set({
        compareReplications: Number.isFinite(n) && n >= 1 ? Math.round(n) : DEFAULT_COMPARE_REPLICATIONS,
      }),
    setCompareRunOnOpen: (compareRunOnOpen) => set({ compareRunOnOpen }),
    setCompareExtra: (id, scenario) =>
      set((s) => ({ compareExtras: { ...s.compareExtras, [id]: scenario } })),
  });
