/**
 * Keeps the store and the workspace's storage in step:
 * 1. at start, reads "My scenarios" and the autosaved working copy, and applies the working copy —
 *    unless the page opened a link to something else, in which case unsaved work in it is kept as
 *    an entry of its own (keep both) and the page says so;
 * 2. then autosaves: the working copy (debounced), into its entry when it is one, and every change
 *    to "My scenarios".
 * A failed read or write sets the storage notice and the app goes on in memory (the store is the
 * truth; storage is its copy). Nothing here throws.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../../scenario/schema.ts';
import { loadScenario } from '../../scenario/validate.ts';
import { scenarioName } from '../builtInScenarios.ts';
import { translate } from '../i18n/translate.ts';
import type { AppState } from '../store/appState.ts';
import { type WorkingCopy, workingCopyOf } from '../store/scenarioSlice.ts';
import type { ScenarioDoc } from '../store/types.ts';
import { entryFromWorkingCopy, newEntryId, type WorkspaceEntry } from '../store/workspaceSlice.ts';
import { forgetLeftCopy, leaveCopy, newerSession, type TabStorage, takePendingSession } from './leftCopy.ts';
import {
  type Stored,
  type StoredEntry,
  type StoredSession,
  WORKSPACE_FORMAT,
  type WorkspaceStorage,
} from './workspaceDb.ts';
import {
  broadcastTabChannel,
  mergeStoredEntries,
  type TabChannel,
  type TabMessage,
} from './workspaceTabs.ts';

export const AUTOSAVE_DEBOUNCE_MS = 150;

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

function restoredEntry(stored: StoredEntry, builtIns: ReadonlyMap<string, Scenario>): WorkspaceEntry | null {
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

function toStoredEntry(e: WorkspaceEntry): StoredEntry {
  return { format: WORKSPACE_FORMAT, ...e, drafts: { ...e.drafts } };
}

function toStoredSession(c: WorkingCopy): StoredSession {
  return {
    format: WORKSPACE_FORMAT,
    baseScenarioId: c.baseScenarioId,
    scenario: c.scenario,
    lastValidScenario: c.lastValidScenario,
    drafts: { ...c.drafts },
    entryId: c.entryId,
    savedAt: new Date().toISOString(),
  };
}

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function hasWork(c: WorkingCopy): boolean {
  return c.entryId === null && (!sameJson(c.scenario, c.baseScenario) || Object.keys(c.drafts).length > 0);
}

/** Step 1: what storage holds, applied to the store; returns the entries read (stored as they are). */
async function hydrate(
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

export interface WorkspaceSync {
  /** Settles once storage was read and applied (or found unusable). */
  ready: Promise<void>;
  /** Writes whatever is waiting, after the writes already under way. */
  flush(): Promise<void>;
  /**
   * The page is being hidden or left: starts every write that is waiting at once, and when the
   * working copy is not yet safely stored, leaves it in the tab's storage for the next page.
   */
  leave(): void;
  /**
   * The page started without waiting: when storage answers, "My scenarios" applies, and so does the
   * working copy if the page's own was not touched meanwhile; otherwise the stored unsaved work is
   * kept as an entry (keptNotice 'late-storage').
   */
  abandonSession(): void;
  stop(): void;
}

/** Starts the workspace on `store`. `legacyDraft`: an autosave of an older version, used when storage has none. */
export function startWorkspaceSync(
  store: StoreApi<AppState>,
  storage: WorkspaceStorage,
  options: {
    debounceMs?: number;
    legacyDraft?: unknown;
    channel?: TabChannel | null;
    /** The tab's own storage, where a page left in the middle of a write leaves its working copy. */
    tab?: TabStorage | null;
  } = {},
): WorkspaceSync {
  const tab = options.tab ?? null;
  const left = takePendingSession(tab);
  const debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
  const channel = options.channel === undefined ? broadcastTabChannel() : options.channel;
  const tabId = newEntryId();
  /** Entries another tab saved while this tab had them open: this tab's next edit is kept apart. */
  const changedElsewhere = new Set<string>();
  let stopListening = () => {};
  let timer: ReturnType<typeof setTimeout> | null = null;
  let sessionDirty = false;
  /** Working-copy writes started and not yet answered. */
  let sessionWrites = 0;
  const persisted = new Map<string, WorkspaceEntry>();
  let stopped = false;
  let abandoned = false;
  let unsubscribe = () => {};

  function report(result: Stored<void>): void {
    const s = store.getState();
    if (!result.ok) {
      if (s.storageNotice?.kind !== result.kind)
        s.setStorageNotice({ kind: result.kind, detail: result.detail });
    } else if (s.storageNotice && s.storageNotice.kind !== 'unavailable') s.setStorageNotice(null);
  }

  /** One write at a time, in order; an entry is marked written only when its write succeeded. */
  async function writeNow(): Promise<void> {
    const s = store.getState();
    if (s.storageNotice?.kind === 'unavailable') return; // in memory only; said once
    const writes: Promise<void>[] = [];
    const current = new Set(s.workspaceEntries.map((e) => e.id));
    for (const e of s.workspaceEntries) {
      if (persisted.get(e.id) === e) continue;
      writes.push(
        storage.putEntry(toStoredEntry(e)).then((r) => {
          if (r.ok) {
            persisted.set(e.id, e);
            channel?.post({ kind: 'entry-saved', id: e.id, tab: tabId });
          }
          report(r);
        }),
      );
    }
    for (const id of [...persisted.keys()]) {
      if (current.has(id)) continue;
      writes.push(
        storage.deleteEntry(id).then((r) => {
          if (r.ok) {
            persisted.delete(id);
            channel?.post({ kind: 'entry-deleted', id, tab: tabId });
          }
          report(r);
        }),
      );
    }
    if (sessionDirty) {
      sessionDirty = false;
      sessionWrites++;
      writes.push(
        storage.writeSession(toStoredSession(workingCopyOf(s))).then((r) => {
          sessionWrites--;
          if (!r.ok) sessionDirty = true;
          else if (sessionWrites === 0 && !sessionDirty && timer === null) forgetLeftCopy(tab);
          report(r);
        }),
      );
    }
    await Promise.all(writes);
  }

  let chain: Promise<void> = Promise.resolve();
  function flush(): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    chain = chain.then(writeNow, writeNow);
    return chain;
  }

  function leave(): void {
    const unsafe = sessionDirty || sessionWrites > 0 || timer !== null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    // Started now, not behind the writes under way: only what starts before the page goes can land.
    const run = writeNow();
    chain = chain.then(
      () => run,
      () => run,
    );
    if (unsafe) leaveCopy(tab, toStoredSession(workingCopyOf(store.getState())));
  }

  function schedule(): void {
    if (stopped) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounceMs);
  }

  // The working copy the page starts on: whether it was touched before a late storage answered.
  const started = store.getState();
  const late = () => {
    if (!abandoned) return 'in-time';
    const now = store.getState();
    const same =
      now.scenario === started.scenario &&
      now.drafts === started.drafts &&
      now.baseScenarioId === started.baseScenarioId &&
      now.entryId === started.entryId;
    return same ? 'untouched' : 'touched';
  };
  const ready = hydrate(store, storage, options.legacyDraft, late, left).then((stored) => {
    // Only what was read is stored as it is: an entry kept from the working copy is written next.
    for (const e of stored) persisted.set(e.id, e);
    // A copy the last page left in this tab goes to IndexedDB now.
    if (left) {
      sessionDirty = true;
      void flush();
    }
    if (stopped) return;
    unsubscribe = store.subscribe((state, previous) => {
      const copyChanged =
        state.scenario !== previous.scenario ||
        state.drafts !== previous.drafts ||
        state.baseScenarioId !== previous.baseScenarioId ||
        state.entryId !== previous.entryId;
      if (copyChanged) {
        sessionDirty = true;
        // A working copy that is an entry is autosaved into it — unless another tab changed that
        // entry meanwhile: then this tab's edits become an entry of their own (keep both).
        const entry = state.entryId && state.workspaceEntries.find((e) => e.id === state.entryId);
        const edited = entry && (entry.scenario !== state.scenario || entry.drafts !== state.drafts);
        if (entry && edited && changedElsewhere.has(entry.id) && state.entryId === previous.entryId) {
          changedElsewhere.delete(entry.id);
          const name = translate(state.language, 'workspace.otherTabName', { name: entry.name }).slice(
            0,
            120,
          );
          const own = entryFromWorkingCopy(workingCopyOf(state), name);
          store.setState({
            workspaceEntries: [own, ...state.workspaceEntries],
            entryId: own.id,
            keptNotice: { reason: 'other-tab', name },
          });
        } else if (entry && edited) {
          const updated: WorkspaceEntry = {
            ...entry,
            scenario: state.scenario,
            lastValidScenario: state.lastValidScenario,
            drafts: state.drafts,
            updatedAt: new Date().toISOString(),
          };
          store.setState({
            workspaceEntries: state.workspaceEntries.map((e) => (e === entry ? updated : e)),
          });
        }
      }
      if (copyChanged || state.workspaceEntries !== previous.workspaceEntries) schedule();
    });
    stopListening = channel?.listen((m) => void fromOtherTab(m)) ?? (() => {});
    // A restored or kept copy is written back at once (a kept entry must not wait for an edit).
    sessionDirty = true;
    schedule();
  });

  /** Another tab saved or deleted an entry: follow its list; note it if it is the entry open here. */
  async function fromOtherTab(message: TabMessage): Promise<void> {
    if (message.tab === tabId || stopped) return;
    const s = store.getState();
    if (message.kind === 'entry-deleted') {
      persisted.delete(message.id);
      // The entry open here stays (in memory, and written back on the next save): nothing is lost.
      if (message.id !== s.entryId)
        store.setState({ workspaceEntries: s.workspaceEntries.filter((e) => e.id !== message.id) });
      return;
    }
    if (message.id === s.entryId) changedElsewhere.add(message.id);
    const read = await storage.readAll();
    if (!read.ok || stopped) return;
    const stored = read.value.entries
      .map((e) => restoredEntry(e, s.builtInScenarios))
      .filter((e): e is WorkspaceEntry => e !== null);
    const now = store.getState();
    const merged = mergeStoredEntries(now.workspaceEntries, stored, now.entryId);
    for (const e of merged) if (!persisted.has(e.id) || stored.includes(e)) persisted.set(e.id, e);
    store.setState({ workspaceEntries: merged });
  }

  return {
    ready,
    flush,
    leave,
    abandonSession: () => {
      abandoned = true;
    },
    stop: () => {
      stopped = true;
      unsubscribe();
      stopListening();
      if (timer !== null) clearTimeout(timer);
    },
  };
}
