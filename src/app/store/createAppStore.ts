/**
 * Builds the store from its environment (storage, browser languages, the view in the URL, the share
 * link in the hash, the built-in scenarios) so tests can build one with a Map for storage and no window.
 *
 * What opens: a valid share link; else the autosaved draft; else the baseline. A broken link opens
 * the baseline with `linkProblem` set, so the page says what is wrong instead of going blank.
 *
 * State classes: scenario = shared and autosaved (DRAFT_STORAGE_KEY); session = language in
 * localStorage, view in the URL query; ephemeral = run progress and results.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../../scenario/schema.ts';
import { decodeShareHash } from '../../scenario/shareUrl.ts';
import { loadScenario } from '../../scenario/validate.ts';
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
  /** location.hash at load ('' when none); '#s=…' opens a shared scenario. */
  initialHash?: string;
  /** The built-in scenarios by id; the first one (the baseline) opens when there is nothing else. */
  builtInScenarios: ReadonlyMap<string, Scenario>;
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

/**
 * A draft is restored when it is a valid scenario, or has every top-level section of its base (an
 * edit in progress may be out of range for a moment; the editor then shows what is wrong).
 */
function usableDraft(value: unknown, bases: ReadonlyMap<string, Scenario>): SavedDraft | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.baseScenarioId !== 'string' || v.scenario === null || typeof v.scenario !== 'object')
    return null;
  const base = bases.get(v.baseScenarioId);
  if (!base) return null;
  const loaded = loadScenario(v.scenario);
  if (loaded.ok) return { baseScenarioId: v.baseScenarioId, scenario: loaded.scenario };
  const doc = v.scenario as Record<string, unknown>;
  const complete = Object.keys(base).every(
    (k) => typeof doc[k] === typeof (base as Record<string, unknown>)[k] && doc[k] !== null,
  );
  return complete ? { baseScenarioId: v.baseScenarioId, scenario: v.scenario as ScenarioDoc } : null;
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
  const first = env.builtInScenarios.entries().next().value;
  if (!first) throw new Error('createAppStore: no built-in scenarios');
  const [firstId, firstDoc] = first;
  const savedLanguage = env.storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  const language = isLanguage(savedLanguage) ? savedLanguage : languageFromNavigator(env.navigatorLanguages);

  const store = createStore<AppState>()((...a) => ({
    ...createScenarioSlice({ id: firstId, doc: firstDoc })(...a),
    ...createRunSlice(...a),
    ...createUiSlice({ view: env.initialView, language })(...a),
  }));

  const hash = env.initialHash ?? '';
  if (/^#?s=/.test(hash)) {
    const decoded = decodeShareHash(hash);
    const base = decoded.ok ? env.builtInScenarios.get(decoded.baseId) : undefined;
    if (decoded.ok && base) {
      store.getState().openDerived(decoded.baseId, base, decoded.scenario);
      store.setState({ undoStack: [] });
    } else {
      const error = decoded.ok
        ? { code: 'unknown-base', message: `the link starts from an unknown scenario '${decoded.baseId}'` }
        : decoded.error;
      store.getState().setLinkProblem(error);
    }
  } else {
    const draft = usableDraft(readJson(env.storage, DRAFT_STORAGE_KEY), env.builtInScenarios);
    const base = draft ? env.builtInScenarios.get(draft.baseScenarioId) : undefined;
    if (draft && base) store.getState().restoreDraft(draft.baseScenarioId, base, draft.scenario);
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
