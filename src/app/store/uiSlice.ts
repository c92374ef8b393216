/**
 * Session UI state: the view, the language and the risk level. The language is remembered in
 * localStorage (persistence.ts); the view lives in the `?view=` query parameter so the hash stays
 * free for share links (`#s=...`, owned by the share-URL codec).
 */
import type { StateCreator } from 'zustand';
import type { Language } from '../i18n/language.ts';
import type { AppState } from './appState.ts';
import type { RiskLevel, ViewId } from './types.ts';

export interface UiSlice {
  view: ViewId;
  language: Language;
  riskLevel: RiskLevel;
  setView: (view: ViewId) => void;
  setLanguage: (language: Language) => void;
  setRiskLevel: (riskLevel: RiskLevel) => void;
}

export const createUiSlice =
  (initial: { view: ViewId; language: Language }): StateCreator<AppState, [], [], UiSlice> =>
  (set) => ({
    view: initial.view,
    language: initial.language,
    riskLevel: 'likely',
    setView: (view) => set({ view }),
    setLanguage: (language) => set({ language }),
    setRiskLevel: (riskLevel) => set({ riskLevel }),
  });
