/**
 * "My scenarios": named scenarios kept in this browser (persisted in IndexedDB by
 * workspace/workspaceSync.ts; this slice is the in-memory truth, so the list keeps working when
 * storage is full or unavailable), and the rule that opening another scenario never silently
 * discards unsaved work: `requestOpen` asks first (pendingOpen), and the answer keeps both
 * (saves the working copy as an entry), discards (undo still brings it back) or cancels.
 *
 * A working copy that is an entry (`entryId`) is autosaved into it; one that is not (a built-in
 * or a link, edited) is "unsaved" until it is saved as an entry.
 */
import type { StateCreator } from 'zustand';
import type { Scenario } from '../../scenario/schema.ts';
import { scenarioName } from '../builtInScenarios.ts';
import { translate } from '../i18n/translate.ts';
import type { LinkOpening } from '../url/openLink.ts';
import type { AppState } from './appState.ts';
import { type WorkingCopy, workingCopyOf } from './scenarioSlice.ts';
import type { ScenarioDoc, ViewId } from './types.ts';

export interface WorkspaceEntry {
  id: string;
  /** The name shown in "My scenarios" (the user's label; the scenario keeps its own names). */
  name: string;
  baseScenarioId: string;
  scenario: ScenarioDoc;
  lastValidScenario: Scenario;
  drafts: Readonly<Record<string, string>>;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** Why the workspace is not being saved: shown once as a notice; the app goes on in memory. */
export interface StorageNotice {
  kind: 'unavailable' | 'full' | 'error';
  /** The browser's own message (English), for the details line. */
  detail: string;
}

export type OpenRequest =
  | { kind: 'builtin'; id: string; view?: ViewId }
  | { kind: 'entry'; id: string; view?: ViewId }
  /** A share link pasted into the address bar of the open page. */
  | { kind: 'link'; opening: LinkOpening; view?: ViewId };

export type OpenAnswer = 'keep' | 'discard' | 'cancel';

export interface WorkspaceSlice {
  /** The built-in scenarios by id (library order): what entries and links are based on. */
  builtInScenarios: ReadonlyMap<string, Scenario>;
  workspaceEntries: readonly WorkspaceEntry[];
  /** True once the entries were read from storage (or storage turned out unavailable). */
  workspaceLoaded: boolean;
  storageNotice: StorageNotice | null;
  /** An open waiting for the user's answer about unsaved work. */
  pendingOpen: OpenRequest | null;
  /** True when the page opened a share link (the link, not the autosave, decides what shows). */
  openedFromLink: boolean;
  /**
   * Work kept in "My scenarios" rather than lost, said once: when the page opened a link while the
   * autosaved working copy held unsaved work of another scenario ('link'), or when another tab
   * changed the entry open here and this tab's edits became an entry of their own ('other-tab'), or
   * when storage answered only after the page had started and been edited ('late-storage').
   */
  keptNotice: { reason: 'link' | 'other-tab' | 'late-storage'; name: string } | null;
  dismissKeptNotice: () => void;
  setWorkspaceEntries: (entries: readonly WorkspaceEntry[]) => void;
  setStorageNotice: (notice: StorageNotice | null) => void;
  /** Saves the working copy as a new entry named `name` and makes it the working copy's entry. */
  saveWorkingCopyAs: (name?: string) => string;
  /** Adds entries (an import); returns their ids. */
  addEntries: (entries: readonly Omit<WorkspaceEntry, 'id' | 'createdAt' | 'updatedAt'>[]) => string[];
  renameEntry: (id: string, name: string) => void;
  duplicateEntry: (id: string) => string | null;
  /** Deletes an entry; a working copy that was it stays open, unsaved (and undo keeps it). */
  deleteEntry: (id: string) => void;
  /** Opens a built-in or an entry; asks first (pendingOpen) when there is unsaved work. */
  requestOpen: (request: OpenRequest) => void;
  answerPendingOpen: (answer: OpenAnswer) => void;
  /** Opens what a share link carries: its scenario on its base, its view state, its notice. */
  openLinked: (opening: LinkOpening) => void;
}

/** Work that exists only in the working copy: edits or drafts of something that is not an entry. */
export function hasUnsavedWork(s: AppState): boolean {
  const isEntry = s.entryId !== null && s.workspaceEntries.some((e) => e.id === s.entryId);
  return !isEntry && (s.edited || Object.keys(s.drafts).length > 0);
}

let idCounter = 0;
/** A fresh entry id (random where the browser offers it; unique within the page otherwise). */
export function newEntryId(): string {
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${(idCounter++).toString(36)}`;
  return `ws-${random}`;
}

const nowIso = () => new Date().toISOString();

export function entryFromWorkingCopy(copy: WorkingCopy, name: string, id = newEntryId()): WorkspaceEntry {
  const at = nowIso();
  return {
    id,
    name,
    baseScenarioId: copy.baseScenarioId,
    scenario: copy.scenario,
    lastValidScenario: copy.lastValidScenario,
    drafts: copy.drafts,
    createdAt: at,
    updatedAt: at,
  };
}

export const createWorkspaceSlice =
  (builtInScenarios: ReadonlyMap<string, Scenario>): StateCreator<AppState, [], [], WorkspaceSlice> =>
  (set, get) => {
    function performOpen(request: OpenRequest): void {
      const s = get();
      if (request.kind === 'builtin') {
        const doc = s.builtInScenarios.get(request.id);
        if (doc) s.loadScenario(request.id, doc);
      } else if (request.kind === 'link') {
        s.openLinked(request.opening);
      } else {
        const entry = s.workspaceEntries.find((e) => e.id === request.id);
        const base = entry && s.builtInScenarios.get(entry.baseScenarioId);
        if (entry && base)
          s.openWorkingCopy({
            baseScenarioId: entry.baseScenarioId,
            baseScenario: base,
            scenario: entry.scenario,
            lastValidScenario: entry.lastValidScenario,
            drafts: entry.drafts,
            entryId: entry.id,
          });
      }
      set({ pendingOpen: null, ...(request.view ? { view: request.view } : {}) });
    }

    return {
      builtInScenarios,
      workspaceEntries: [],
      workspaceLoaded: false,
      storageNotice: null,
      pendingOpen: null,
      openedFromLink: false,
      keptNotice: null,
      dismissKeptNotice: () => set({ keptNotice: null }),
      openLinked: (opening) => {
        const s = get();
        const base = s.builtInScenarios.get(opening.baseScenarioId);
        if (!base) return;
        s.openDerived(opening.baseScenarioId, base, opening.scenario);
        set({ ...opening.view, linkNotice: opening.notice, linkProblem: null });
      },
      setWorkspaceEntries: (entries) => set({ workspaceEntries: entries, workspaceLoaded: true }),
      setStorageNotice: (storageNotice) => set({ storageNotice }),
      saveWorkingCopyAs: (name) => {
        const s = get();
        const label = name?.trim() || scenarioName(s.scenario, s.language);
        const entry = entryFromWorkingCopy(workingCopyOf(s), label);
        set({ workspaceEntries: [entry, ...s.workspaceEntries], entryId: entry.id });
        return entry.id;
      },
      addEntries: (entries) => {
        const at = nowIso();
        const added = entries.map((e) => ({ ...e, id: newEntryId(), createdAt: at, updatedAt: at }));
        set((s) => ({ workspaceEntries: [...added, ...s.workspaceEntries] }));
        return added.map((e) => e.id);
      },
      renameEntry: (id, name) =>
        set((s) => ({
          workspaceEntries: s.workspaceEntries.map((e) =>
            e.id === id && name.trim() !== ''
              ? { ...e, name: name.trim().slice(0, 120), updatedAt: nowIso() }
              : e,
          ),
        })),
      duplicateEntry: (id) => {
        const s = get();
        const entry = s.workspaceEntries.find((e) => e.id === id);
        if (!entry) return null;
        const name = translate(s.language, 'workspace.copyName', { name: entry.name }).slice(0, 120);
        const at = nowIso();
        const copy: WorkspaceEntry = { ...entry, id: newEntryId(), name, createdAt: at, updatedAt: at };
        const index = s.workspaceEntries.indexOf(entry);
        const next = [...s.workspaceEntries];
        next.splice(index + 1, 0, copy);
        set({ workspaceEntries: next });
        return copy.id;
      },
      deleteEntry: (id) =>
        set((s) => ({
          workspaceEntries: s.workspaceEntries.filter((e) => e.id !== id),
          ...(s.entryId === id ? { entryId: null } : {}),
        })),
      requestOpen: (request) => {
        const s = get();
        if (request.kind === 'entry' && request.id === s.entryId) {
          if (request.view) set({ view: request.view });
          return;
        }
        if (hasUnsavedWork(s)) set({ pendingOpen: request });
        else performOpen(request);
      },
      answerPendingOpen: (answer) => {
        const s = get();
        const request = s.pendingOpen;
        if (!request || answer === 'cancel') {
          set({ pendingOpen: null });
          return;
        }
        if (answer === 'keep') {
          const name = translate(s.language, 'workspace.keptName', {
            name: scenarioName(s.scenario, s.language),
          });
          s.saveWorkingCopyAs(name.slice(0, 120));
        }
        performOpen(request);
      },
    };
  };
