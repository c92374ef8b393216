/**
 * The app's one store, built from the browser's environment, and the hook to read it. Components
 * select narrowly (`useApp((s) => s.view)`) or with `useShallow` for derived objects, so a progress
 * tick does not re-render the editor.
 */
import { useStore } from 'zustand';
import { BUILT_IN_SCENARIOS } from '../builtInScenarios.ts';
import { viewFromSearch } from '../urlState.ts';
import type { AppState } from './appState.ts';
import { createAppStore } from './createAppStore.ts';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the app still works, it just forgets
  }
}

export const appStore = createAppStore({
  storage: browserStorage(),
  navigatorLanguages: navigator.languages?.length ? navigator.languages : [navigator.language],
  initialView: viewFromSearch(window.location.search),
  initialHash: window.location.hash,
  builtInScenarios: BUILT_IN_SCENARIOS,
});

export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}

export type { AppState };
