/**
 * The scenario being worked on — the working copy:
 * - `scenario`: the document as edited; it may be invalid for a while (a number out of range);
 * - `drafts`: text typed into a field that is not (yet) a value ('5OO'), kept as typed, by field
 *   path, so it survives view switches and reloads with its error beside it;
 * - `lastValidScenario`: what runs and share links use while the document or a draft is invalid;
 * - the built-in scenario it started from (the base share links diff against) and, when it is one
 *   of "My scenarios", that entry's id.
 *
 * Undo steps back through edits and across opens: each step restores the whole working copy.
 */
import type { StateCreator } from 'zustand';
import type { Scenario } from '../../scenario/schema.ts';
import { loadScenario as checkScenario } from '../../scenario/validate.ts';
import type { AppState } from './appState.ts';
import { setAtPath } from './docPath.ts';
import type { DocPath, LinkNotice, LinkProblem, ScenarioDoc, ValidationIssue } from './types.ts';

export const UNDO_LIMIT = 50;

/** Everything that makes up the working copy: what undo restores and autosave writes. */
export interface WorkingCopy {
  baseScenarioId: string;
  baseScenario: ScenarioDoc;
  scenario: ScenarioDoc;
  lastValidScenario: Scenario;
  drafts: Readonly<Record<string, string>>;
  /** The "My scenarios" entry this working copy is, or null (a built-in, a link, an import). */
  entryId: string | null;
}

export interface ScenarioSlice extends WorkingCopy {
  /** What is wrong with `scenario` (field by field), [] when it is valid. Drafts add their own. */
  scenarioIssues: ValidationIssue[];
  /** Earlier working copies, newest last; at most UNDO_LIMIT. */
  undoStack: WorkingCopy[];
  /** True once the document differs from its base (edited, imported, duplicated or from a link). */
  edited: boolean;
  /** True when the page opened with an autosaved working copy (the editor says so once). */
  draftRestored: boolean;
  /** A share link that could not be opened, or null. */
  linkProblem: LinkProblem | null;
  /** What to say about a link that did open: repaired on the way, unchecked (old format), parts dropped. */
  linkNotice: LinkNotice | null;
  /** Replaces the working copy with a built-in scenario (undo brings the previous one back). */
  loadScenario: (baseScenarioId: string, doc: ScenarioDoc) => void;
  /** Opens a document derived from a built-in base (a share link, an import, a duplicate). */
  openDerived: (baseScenarioId: string, base: ScenarioDoc, doc: ScenarioDoc, entryId?: string | null) => void;
  /** Opens a whole working copy (a "My scenarios" entry); the previous one goes on the undo stack. */
  openWorkingCopy: (copy: WorkingCopy) => void;
  /** Restores an autosaved working copy (nothing to undo to). */
  restoreWorkingCopy: (copy: WorkingCopy) => void;
  /** Restores a saved draft document on top of its base (older autosaves had no drafts). */
  restoreDraft: (baseScenarioId: string, base: ScenarioDoc, draft: ScenarioDoc) => void;
  /** Sets one value in the document (and drops that field's draft); the previous copy goes on the undo stack. */
  editScenario: (path: DocPath, value: unknown) => void;
  /** Keeps `text` as typed for the field at `pathText` (null: the field shows its value again). */
  setDraft: (pathText: string, text: string | null) => void;
  /** Marks the working copy as the "My scenarios" entry `entryId` (after saving it there). */
  setEntryId: (entryId: string | null) => void;
  undo: () => void;
  revertToBase: () => void;
  setLinkProblem: (problem: LinkProblem | null) => void;
  setLinkNotice: (notice: LinkNotice | null) => void;
}

/** The validity fields for `doc`, given the last valid scenario before it. */
export function validityOf(
  doc: ScenarioDoc,
  previousValid: Scenario,
): Pick<ScenarioSlice, 'scenarioIssues' | 'lastValidScenario'> {
  const checked = checkScenario(doc);
  // A valid document is its own last valid scenario (the same object, so nothing re-renders or
  // re-runs when validation only confirms it).
  return checked.ok
    ? { scenarioIssues: [], lastValidScenario: doc }
    : { scenarioIssues: checked.issues, lastValidScenario: previousValid };
}

export function workingCopyOf(s: WorkingCopy): WorkingCopy {
  return {
    baseScenarioId: s.baseScenarioId,
    baseScenario: s.baseScenario,
    scenario: s.scenario,
    lastValidScenario: s.lastValidScenario,
    drafts: s.drafts,
    entryId: s.entryId,
  };
}

function pushed(s: ScenarioSlice): WorkingCopy[] {
  return [...s.undoStack, workingCopyOf(s)].slice(-UNDO_LIMIT);
}

function differs(a: unknown, b: unknown): boolean {
  return a !== b && JSON.stringify(a) !== JSON.stringify(b);
}

/** The state of a working copy: its fields, its validity and whether it differs from its base. */
function fieldsOf(copy: WorkingCopy): Partial<ScenarioSlice> {
  const validity = validityOf(copy.scenario, copy.lastValidScenario);
  return { ...copy, ...validity, edited: differs(copy.scenario, copy.baseScenario) };
}

export const createScenarioSlice =
  (initial: { id: string; doc: ScenarioDoc }): StateCreator<AppState, [], [], ScenarioSlice> =>
  (set) => ({
    baseScenarioId: initial.id,
    baseScenario: initial.doc,
    scenario: initial.doc,
    lastValidScenario: initial.doc,
    scenarioIssues: [],
    drafts: {},
    entryId: null,
    undoStack: [],
    edited: false,
    draftRestored: false,
    linkProblem: null,
    linkNotice: null,
    loadScenario: (baseScenarioId, doc) =>
      set((s) => ({
        ...fieldsOf({
          baseScenarioId,
          baseScenario: doc,
          scenario: doc,
          lastValidScenario: doc,
          drafts: {},
          entryId: null,
        }),
        undoStack: pushed(s),
        draftRestored: false,
        linkProblem: null,
      })),
    openDerived: (baseScenarioId, base, doc, entryId = null) =>
      set((s) => ({
        ...fieldsOf({
          baseScenarioId,
          baseScenario: base,
          scenario: doc,
          lastValidScenario: s.lastValidScenario,
          drafts: {},
          entryId,
        }),
        undoStack: pushed(s),
        draftRestored: false,
        linkProblem: null,
      })),
    openWorkingCopy: (copy) =>
      set((s) => ({ ...fieldsOf(copy), undoStack: pushed(s), draftRestored: false, linkProblem: null })),
    restoreWorkingCopy: (copy) => set({ ...fieldsOf(copy), undoStack: [], draftRestored: true }),
    restoreDraft: (baseScenarioId, base, draft) =>
      set((s) => ({
        ...fieldsOf({
          baseScenarioId,
          baseScenario: base,
          scenario: draft,
          lastValidScenario: s.lastValidScenario,
          drafts: {},
          entryId: null,
        }),
        undoStack: [],
        draftRestored: true,
      })),
    editScenario: (path, value) =>
      set((s) => {
        const scenario = setAtPath(s.scenario, path, value);
        const key = pathKey(path);
        const drafts = key in s.drafts ? withoutKey(s.drafts, key) : s.drafts;
        return {
          scenario,
          drafts,
          ...validityOf(scenario, s.lastValidScenario),
          undoStack: pushed(s),
          edited: true,
        };
      }),
    setDraft: (key, text) =>
      set((s) => {
        if (text === null) return key in s.drafts ? { drafts: withoutKey(s.drafts, key) } : {};
        return s.drafts[key] === text ? {} : { drafts: { ...s.drafts, [key]: text } };
      }),
    setEntryId: (entryId) => set({ entryId }),
    undo: () =>
      set((s) => {
        const previous = s.undoStack.at(-1);
        if (!previous) return {};
        return { ...fieldsOf(previous), undoStack: s.undoStack.slice(0, -1) };
      }),
    revertToBase: () =>
      set((s) => ({
        ...fieldsOf({ ...workingCopyOf(s), scenario: s.baseScenario, drafts: {} }),
        undoStack: pushed(s),
      })),
    setLinkProblem: (linkProblem) => set({ linkProblem }),
    setLinkNotice: (linkNotice) => set({ linkNotice }),
  });

/** 'compute.hosts[3].ramGb' for ['compute', 'hosts', 3, 'ramGb']: the key of a field's draft. */
export function pathKey(path: DocPath): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

function withoutKey(drafts: Readonly<Record<string, string>>, key: string): Record<string, string> {
  const { [key]: _dropped, ...rest } = drafts;
  return rest;
}
