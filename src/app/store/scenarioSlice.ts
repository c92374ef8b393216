/**
 * The scenario being worked on: the document, the id of the built-in scenario it started from (the
 * base a share link diffs against), and an undo stack of the last UNDO_LIMIT edits. Autosave
 * (createAppStore.ts) keeps edits across a reload. A share link that could not be opened is kept
 * here as `linkProblem` so every view can say what is wrong and offer the baseline.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './appState.ts';
import { setAtPath } from './docPath.ts';
import type { DocPath, LinkProblem, ScenarioDoc } from './types.ts';

export const UNDO_LIMIT = 50;

export interface ScenarioSlice {
  baseScenarioId: string;
  /** The built-in document the scenario started from, to revert to and to diff share links against. */
  baseScenario: ScenarioDoc;
  scenario: ScenarioDoc;
  /** Earlier documents, newest last; at most UNDO_LIMIT. */
  undoStack: ScenarioDoc[];
  /** True once the document differs from its base (edited, imported, duplicated or from a link). */
  edited: boolean;
  /** True when the page opened with an autosaved draft (the editor says so once). */
  draftRestored: boolean;
  /** A share link that could not be opened, or null. */
  linkProblem: LinkProblem | null;
  /** Replaces the scenario with a built-in one and clears the undo stack. */
  loadScenario: (baseScenarioId: string, doc: ScenarioDoc) => void;
  /** Opens a document derived from a built-in base (a share link, an import, a duplicate). */
  openDerived: (baseScenarioId: string, base: ScenarioDoc, doc: ScenarioDoc) => void;
  /** Restores a saved draft (autosave) on top of its base. */
  restoreDraft: (baseScenarioId: string, base: ScenarioDoc, draft: ScenarioDoc) => void;
  /** Sets one value in the document; the previous document goes on the undo stack. */
  editScenario: (path: DocPath, value: unknown) => void;
  undo: () => void;
  revertToBase: () => void;
  setLinkProblem: (problem: LinkProblem | null) => void;
}

export const createScenarioSlice =
  (initial: { id: string; doc: ScenarioDoc }): StateCreator<AppState, [], [], ScenarioSlice> =>
  (set) => ({
    baseScenarioId: initial.id,
    baseScenario: initial.doc,
    scenario: initial.doc,
    undoStack: [],
    edited: false,
    draftRestored: false,
    linkProblem: null,
    loadScenario: (baseScenarioId, doc) =>
      set({
        baseScenarioId,
        baseScenario: doc,
        scenario: doc,
        undoStack: [],
        edited: false,
        draftRestored: false,
        linkProblem: null,
      }),
    openDerived: (baseScenarioId, base, doc) =>
      set((s) => ({
        baseScenarioId,
        baseScenario: base,
        scenario: doc,
        undoStack: [...s.undoStack, s.scenario].slice(-UNDO_LIMIT),
        edited: JSON.stringify(doc) !== JSON.stringify(base),
        draftRestored: false,
        linkProblem: null,
      })),
    restoreDraft: (baseScenarioId, base, draft) =>
      set({
        baseScenarioId,
        baseScenario: base,
        scenario: draft,
        undoStack: [],
        edited: true,
        draftRestored: true,
      }),
    editScenario: (path, value) =>
      set((s) => ({
        scenario: setAtPath(s.scenario, path, value),
        undoStack: [...s.undoStack, s.scenario].slice(-UNDO_LIMIT),
        edited: true,
      })),
    undo: () =>
      set((s) => {
        if (s.undoStack.length === 0) return {};
        const previous = s.undoStack[s.undoStack.length - 1];
        return {
          scenario: previous,
          undoStack: s.undoStack.slice(0, -1),
          edited: previous !== s.baseScenario,
        };
      }),
    revertToBase: () =>
      set((s) => ({
        scenario: s.baseScenario,
        undoStack: [...s.undoStack, s.scenario].slice(-UNDO_LIMIT),
        edited: false,
      })),
    setLinkProblem: (linkProblem) => set({ linkProblem }),
  });
