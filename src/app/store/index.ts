/**
 * The app's one store, built from the browser's environment, its workspace (IndexedDB) and the hook
 * to read it. Components select narrowly (`useApp((s) => s.view)`) or with `useShallow` for derived
 * objects, so a progress tick does not re-render the editor.
 */
import { useStore } from 'zustand';
import { BUILT_IN_SCENARIOS } from '../builtInScenarios.ts';
import { takePendingAddress } from '../url/addressBar.ts';
import { viewFromSearch } from '../urlState.ts';
import { indexedDbWorkspace } from '../workspace/workspaceDb.ts';
import { startWorkspaceSync } from '../workspace/workspaceSync.ts';
import type { AppState } from './appState.ts';
import { createAppStore } from './createAppStore.ts';

/** Where versions before the IndexedDB workspace autosaved the scenario (read once, then removed). */
const LEGACY_DRAFT_KEY = 'luohe-planner:scenario-draft';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the app still works, it just forgets
  }
}

function takeLegacyDraft(storage: Storage | null): unknown {
  try {
    const text = storage?.getItem(LEGACY_DRAFT_KEY);
    if (!text) return undefined;
    storage?.removeItem(LEGACY_DRAFT_KEY);
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const storage = browserStorage();

export function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The address to open: the one a page hide in this tab wrote, when the reload was aimed at the one before. */
const initialHref = takePendingAddress(window.location.href, tabStorage());
if (initialHref !== window.location.href) window.history.replaceState(window.history.state, '', initialHref);

export const appStore = createAppStore({
  storage,
  navigatorLanguages: navigator.languages?.length ? navigator.languages : [navigator.language],
  initialView: viewFromSearch(window.location.search),
  initialHref,
  builtInScenarios: BUILT_IN_SCENARIOS,
});

export const workspace = startWorkspaceSync(appStore, indexedDbWorkspace(), {
  legacyDraft: takeLegacyDraft(storage),
  tab: tabStorage(),
});
// Leaving or hiding the page writes what is waiting at once, and leaves the working copy in the
// tab's storage when it is not yet safely stored (a page going away may not finish its write).
window.addEventListener('pagehide', () => workspace.leave());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') workspace.leave();
});

export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}

export type { AppState };
