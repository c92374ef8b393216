/**
 * Keeps the store and the workspace's storage in step:
 * 1. at start, reads "My scenarios" and the autosaved working copy, and applies the working copy —
 *    unless the page opened a link to something else, or storage answered only after the page had
 *    started and been edited: then unsaved work in it is kept as an entry of its own (keep both) and
 *    the page says so (workspaceHydrate.ts);
 * 2. then autosaves: the working copy (debounced), into its entry when it is one, and every change
 *    to "My scenarios".
 * A failed read or write sets the storage notice and the app goes on in memory (the store is the
 * truth; storage is its copy). Nothing here throws.
 */
import type { StoreApi } from 'zustand/vanilla';
import { translate } from '../i18n/translate.ts';
import type { AppState } from '../store/appState.ts';
import { type WorkingCopy, workingCopyOf } from '../store/scenarioSlice.ts';
import { entryFromWorkingCopy, newEntryId, type WorkspaceEntry } from '../store/workspaceSlice.ts';
import { forgetLeftCopy, leaveCopy, type TabStorage, takePendingSession } from './leftCopy.ts';
import {
  type Stored,
  type StoredEntry,
  type StoredSession,
  WORKSPACE_FORMAT,
  type WorkspaceStorage,
} from './workspaceDb.ts';
import { hydrate, restoredEntry } from './workspaceHydrate.ts';
import {
  broadcastTabChannel,
  mergeStoredEntries,
  type TabChannel,
  type TabMessage,
} from './workspaceTabs.ts';

export { restoredCopy } from './workspaceHydrate.ts';

export const AUTOSAVE_DEBOUNCE_MS = 150;

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
