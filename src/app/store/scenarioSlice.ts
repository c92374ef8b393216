/**
 * The scenario being worked on: the document as plain JSON, the id of the built-in scenario it
 * started from, and an undo stack of the last UNDO_LIMIT edits. Scenario state is what a share link
 * carries; autosave (persistence.ts) keeps edits across a reload.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './appState.ts';
import { setAtPath } from './docPath.ts';
import type { DocPath, ScenarioDoc } from './types.ts';

export const UNDO_LIMIT = 50;

export interface ScenarioSlice {
  baseScenarioId: string;
  /** The built-in document the scenario started from, to revert to and (later) diff against. */
  baseScenario: ScenarioDoc;
  scenario: ScenarioDoc;
  /** Earlier documents, newest last; at most UNDO_LIMIT. */
  undoStack: ScenarioDoc[];
  /** True once the user has edited the base scenario. */
  edited: boolean;
  /** True when the page opened with an autosaved draft (the editor says so once). */
  draftRestored: boolean;
  /** Replaces the scenario with a built-in one and clears the undo stack. */
  loadScenario: (baseScenarioId: string, doc: ScenarioDoc) => void;
  /** Restores a saved draft (autosave) on top of its base. */
  restoreDraft: (baseScenarioId: string, base: ScenarioDoc, draft: ScenarioDoc) => void;
  /** Sets one value in the document; the previous document goes on the undo stack. */
  editScenario: (path: DocPath, value: unknown) => void;
  undo: () => void;
  revertToBase: () => void;
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
    loadScenario: (baseScenarioId, doc) =>
      set({
        baseScenarioId,
        baseScenario: doc,
        scenario: doc,
        undoStack: [],
        edited: false,
        draftRestored: false,
      }),
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
  });
