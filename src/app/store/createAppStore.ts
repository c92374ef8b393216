/**
 * Builds the store from its environment (storage, browser languages, the view in the URL, the
 * built-in scenarios) so tests can build one with a Map for storage and no window.
 *
 * State classes (see STYLE.md): scenario = shared and autosaved (DRAFT_STORAGE_KEY); session =
 * language in localStorage, view in the URL query; ephemeral = run progress and results.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { isLanguage, LANGUAGE_STORAGE_KEY, languageFromNavigator } from '../i18n/language.ts';
import type { AppState } from './appState.ts';
import { createRunSlice } from './runSlice.ts';
import { createScenarioSlice } from './scenarioSlice.ts';
import type { ScenarioDoc, StorageLike, ViewId } from './types.ts';
import { createUiSlice } from './uiSlice.ts';

export const DRAFT_STORAGE_KEY = 'luohe-planner:scenario-draft';

export interface AppEnvironment {
  storage: StorageLike | null;
  navigatorLanguages: readonly string[];
  initialView: ViewId;
  /** The built-in scenarios by id; the first one opens when there is no draft. */
  builtInScenarios: ReadonlyMap<string, ScenarioDoc>;
}

interface SavedDraft {
  baseScenarioId: string;
  scenario: ScenarioDoc;
}

function readJson(storage: StorageLike | null, key: string): unknown {
  try {
    const text = storage?.getItem(key);
    return text ? JSON.parse(text) : null;
  } catch {
    return null; // a corrupt or unreadable entry is ignored rather than breaking the page
  }
}

function isSavedDraft(value: unknown): value is SavedDraft {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.baseScenarioId === 'string' && v.scenario !== null && typeof v.scenario === 'object';
}

function safeWrite(storage: StorageLike | null, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // Storage full or disabled (private mode): autosave is a convenience, never a failure.
  }
}

export function createAppStore(env: AppEnvironment): StoreApi<AppState> {
  const [firstId, firstDoc] = env.builtInScenarios.entries().next().value ?? ['empty', {}];
  const savedLanguage = env.storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  const language = isLanguage(savedLanguage) ? savedLanguage : languageFromNavigator(env.navigatorLanguages);

  const store = createStore<AppState>()((...a) => ({
    ...createScenarioSlice({ id: firstId, doc: firstDoc })(...a),
    ...createRunSlice(...a),
    ...createUiSlice({ view: env.initialView, language })(...a),
  }));

  const draft = readJson(env.storage, DRAFT_STORAGE_KEY);
  if (isSavedDraft(draft)) {
    const base = env.builtInScenarios.get(draft.baseScenarioId);
    if (base) store.getState().restoreDraft(draft.baseScenarioId, base, draft.scenario);
  }

  store.subscribe((state, previous) => {
    if (state.language !== previous.language) {
      safeWrite(env.storage, LANGUAGE_STORAGE_KEY, state.language);
    }
    if (state.scenario !== previous.scenario || state.baseScenarioId !== previous.baseScenarioId) {
      const saved: SavedDraft = { baseScenarioId: state.baseScenarioId, scenario: state.scenario };
      safeWrite(env.storage, DRAFT_STORAGE_KEY, state.edited ? JSON.stringify(saved) : null);
    }
  });
  return store;
}
