/**
 * Step 1 of the workspace (workspaceSync.ts): what storage holds, read back into what the store can
 * open — stored documents checked against the built-in scenarios, "My scenarios" entries, and the
 * autosaved working copy, applied unless the page opened a link to something else or storage
 * answered after the page had started and been edited (then its unsaved work is kept as an entry).
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../../scenario/schema.ts';
import { loadScenario } from '../../scenario/validate.ts';
import { scenarioName } from '../builtInScenarios.ts';
import { translate } from '../i18n/translate.ts';
import type { AppState } from '../store/appState.ts';
import type { WorkingCopy } from '../store/scenarioSlice.ts';
import type { ScenarioDoc } from '../store/types.ts';
import { entryFromWorkingCopy, type WorkspaceEntry } from '../store/workspaceSlice.ts';
import { newerSession } from './leftCopy.ts';
import type { StoredEntry, StoredSession, WorkspaceStorage } from './workspaceDb.ts';

function stringRecord(value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((kv): kv is [string, string] => typeof kv[1] === 'string'),
  );
}

/**
 * A stored document as a working document: valid (migrated) as is; invalid but with every section
 * of its base (an edit in progress, out of range for a moment: the editor shows what is wrong); else
 * nothing.
 */
function usableDoc(value: unknown, base: Scenario): ScenarioDoc | null {
  if (value === null || typeof value !== 'object') return null;
  const loaded = loadScenario(value);
  if (loaded.ok) return loaded.scenario;
  const doc = value as Record<string, unknown>;
  const complete = Object.keys(base).every(
    (k) => typeof doc[k] === typeof (base as Record<string, unknown>)[k] && doc[k] !== null,
  );
  return complete ? (value as ScenarioDoc) : null;
}

function validOr(value: unknown, fallback: Scenario): Scenario {
  const loaded = loadScenario(value);
  return loaded.ok ? loaded.scenario : fallback;
}

/** A stored working copy as one the store can open, or null when it cannot be used. */
export function restoredCopy(
  stored: Pick<StoredSession, 'baseScenarioId' | 'scenario' | 'lastValidScenario' | 'drafts'> & {
    entryId?: string | null;
  },
  builtIns: ReadonlyMap<string, Scenario>,
): WorkingCopy | null {
  if (typeof stored?.baseScenarioId !== 'string') return null;
  const base = builtIns.get(stored.baseScenarioId);
  if (!base) return null;
  const scenario = usableDoc(stored.scenario, base);
  if (!scenario) return null;
  return {
    baseScenarioId: stored.baseScenarioId,
    baseScenario: base,
    scenario,
    lastValidScenario: validOr(stored.lastValidScenario, validOr(scenario, base)),
    drafts: stringRecord(stored.drafts),
    entryId: typeof stored.entryId === 'string' ? stored.entryId : null,
  };
}

export function restoredEntry(
  stored: StoredEntry,
  builtIns: ReadonlyMap<string, Scenario>,
): WorkspaceEntry | null {
  if (typeof stored?.id !== 'string' || typeof stored.name !== 'string') return null;
  const copy = restoredCopy(stored, builtIns);
  if (!copy) return null;
  const at = (v: unknown) => (typeof v === 'string' ? v : new Date(0).toISOString());
  return {
    id: stored.id,
    name: stored.name.slice(0, 120) || copy.scenario.id,
    baseScenarioId: copy.baseScenarioId,
    scenario: copy.scenario,
    lastValidScenario: copy.lastValidScenario,
    drafts: copy.drafts,
    createdAt: at(stored.createdAt),
    updatedAt: at(stored.updatedAt),
  };
}

export const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export function hasWork(c: WorkingCopy): boolean {
  return c.entryId === null && (!sameJson(c.scenario, c.baseScenario) || Object.keys(c.drafts).length > 0);
}

/** Step 1: what storage holds, applied to the store; returns the entries read (stored as they are). */
export async function hydrate(
  store: StoreApi<AppState>,
  storage: WorkspaceStorage,
  legacy: unknown,
  late: () => 'in-time' | 'untouched' | 'touched',
  left?: StoredSession,
): Promise<readonly WorkspaceEntry[]> {
  const read = await storage.readAll();
  const s = store.getState();
  if (!read.ok) {
    s.setStorageNotice({ kind: read.kind, detail: read.detail });
    s.setWorkspaceEntries([]);
    return [];
  }
  const builtIns = s.builtInScenarios;
  const entries = read.value.entries
    .map((e) => restoredEntry(e, builtIns))
    .filter((e): e is WorkspaceEntry => e !== null)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  s.setWorkspaceEntries(entries);
  const session = newerSession(read.value.session, left) ?? (legacy as StoredSession | undefined);
  const copy = session ? restoredCopy(session, builtIns) : null;
  if (!copy) return entries;
  if (copy.entryId !== null && !entries.some((e) => e.id === copy.entryId)) copy.entryId = null;
  const now = store.getState();
  // The page started without waiting for storage (main.tsx). Untouched since, it still reopens the
  // working copy (and reruns on it); edited meanwhile, its edits stay and the stored unsaved work is
  // kept as an entry of its own — never replaced by what the page started on.
  if (late() === 'touched') {
    if (hasWork(copy)) keepAsEntry(store, copy, 'late-storage');
    return entries;
  }
  if (!now.openedFromLink && !now.linkProblem) {
    // No link: the page reopens where it was left (the last scenario worked on, drafts and all).
    now.restoreWorkingCopy(copy);
    store.setState({ draftRestored: hasWork(copy) || Object.keys(copy.drafts).length > 0 });
    return entries;
  }
  // The page opened a link: the autosaved copy is reloaded only when the link is its last valid
  // scenario (a reload of this very page), with its drafts; otherwise its unsaved work is kept.
  if (copy.baseScenarioId === now.baseScenarioId && sameJson(copy.lastValidScenario, now.lastValidScenario)) {
    // A reload of this very page: the working copy comes back whole (drafts, invalid fields, entry).
    now.restoreWorkingCopy(copy);
    store.setState({ draftRestored: hasWork(copy) });
  } else if (hasWork(copy)) keepAsEntry(store, copy, 'link');
  return entries;
}

/** Keeps a stored working copy's unsaved work as a new entry of "My scenarios", and says so. */
function keepAsEntry(store: StoreApi<AppState>, copy: WorkingCopy, reason: 'link' | 'late-storage'): void {
  const { language } = store.getState();
  const name = translate(language, 'workspace.keptName', { name: scenarioName(copy.scenario, language) });
  const kept = entryFromWorkingCopy(copy, name.slice(0, 120));
  store.setState((st) => ({
    workspaceEntries: [kept, ...st.workspaceEntries],
    keptNotice: { reason, name: kept.name },
  }));
}
