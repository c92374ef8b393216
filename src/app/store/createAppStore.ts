/**
 * Builds the store from its environment (storage, browser languages, the address the page opened
 * with, the built-in scenarios) so tests can build one with a Map for storage and no window.
 *
 * What opens: a share link in the address (repaired if a chat app mangled it), with its view state
 * (view, risk reading, compare set); else the baseline. The working copy autosaved in the
 * workspace (IndexedDB) is applied afterwards by workspace/workspaceSync.ts, which knows whether
 * it is the same scenario as the link. A broken link opens the baseline with `linkProblem` set, so
 * the page says what is wrong instead of going blank.
 *
 * State classes: scenario = the link and the workspace (IndexedDB); view state = the link; session =
 * language in localStorage; ephemeral = run progress and results.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../../scenario/schema.ts';
import { isLanguage, LANGUAGE_STORAGE_KEY, languageFromNavigator } from '../i18n/language.ts';
import { readLink } from '../url/openLink.ts';
import type { AppState } from './appState.ts';
import { createRunSlice } from './runSlice.ts';
import { createScenarioSlice } from './scenarioSlice.ts';
import { type StorageLike, VIEWS, type ViewId } from './types.ts';
import { createUiSlice } from './uiSlice.ts';
import { createWorkspaceSlice } from './workspaceSlice.ts';

export interface AppEnvironment {
  storage: StorageLike | null;
  navigatorLanguages: readonly string[];
  initialView: ViewId;
  /** The address the page opened with (location.href); a share link in it opens (manglings repaired). */
  initialHref?: string;
  /** location.hash at load ('' when none): read when there is no initialHref (tests). */
  initialHash?: string;
  /** The built-in scenarios by id; the first one (the baseline) opens when there is nothing else. */
  builtInScenarios: ReadonlyMap<string, Scenario>;
}

function safeWrite(storage: StorageLike | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Storage full or disabled (private mode): the language is a convenience, never a failure.
  }
}

function safeRead(storage: StorageLike | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Opens the share link in `text`, if any, into the store. True when a scenario came from it. */
function openLink(store: StoreApi<AppState>, text: string, env: AppEnvironment): boolean {
  const read = readLink(text, env.builtInScenarios);
  if (read.kind === 'none') return false;
  if (read.kind === 'problem') {
    store.getState().setLinkProblem(read.problem);
    return false;
  }
  store.getState().openLinked(read.opening);
  store.setState({ undoStack: [] });
  return true;
}

export function createAppStore(env: AppEnvironment): StoreApi<AppState> {
  const first = env.builtInScenarios.entries().next().value;
  if (!first) throw new Error('createAppStore: no built-in scenarios');
  const [firstId, firstDoc] = first;
  const savedLanguage = safeRead(env.storage, LANGUAGE_STORAGE_KEY);
  const language = isLanguage(savedLanguage) ? savedLanguage : languageFromNavigator(env.navigatorLanguages);

  const store = createStore<AppState>()((...a) => ({
    ...createScenarioSlice({ id: firstId, doc: firstDoc })(...a),
    ...createRunSlice(...a),
    ...createUiSlice({ view: env.initialView, language })(...a),
    ...createWorkspaceSlice(env.builtInScenarios)(...a),
  }));

  const opened = openLink(store, env.initialHref ?? env.initialHash ?? '', env);
  store.setState({ openedFromLink: opened });

  store.subscribe((state, previous) => {
    if (state.language !== previous.language) safeWrite(env.storage, LANGUAGE_STORAGE_KEY, state.language);
  });
  return store;
}
