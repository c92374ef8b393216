/** What every generated field needs without prop drilling: the issues by path, and how to edit. */
import { createContext, useContext } from 'react';
import type { ValidationIssue } from '../../scenario/formatIssue.ts';
import { issueProblemText } from '../i18n/issueText.ts';
import type { Language } from '../i18n/language.ts';
import type { DocPath } from '../store/types.ts';

export interface FormContextValue {
  /** Validation issues by formatted path ('compute.hosts[3].ramGb'). */
  issues: ReadonlyMap<string, ValidationIssue[]>;
  edit: (path: DocPath, value: unknown) => void;
  /** The term's first day, for new dated items. */
  termStart: string;
  /** Text typed into fields that is not (yet) a value, by path text (kept in the store, see scenarioSlice). */
  drafts: Readonly<Record<string, string>>;
  /** Keeps `text` as typed for the field at `pathText(path)`; null drops it. */
  setDraft: (key: string, text: string | null) => void;
  /** The document being edited, for rows named after what they refer to (a storage row's system). */
  doc?: unknown;
}

export const FormContext = createContext<FormContextValue>({
  issues: new Map(),
  edit: () => undefined,
  termStart: '2023-01-01',
  drafts: {},
  setDraft: () => undefined,
});

export function useForm(): FormContextValue {
  return useContext(FormContext);
}

/** 'compute.hosts[3].ramGb' for ['compute', 'hosts', 3, 'ramGb'] (the format of ValidationIssue.path). */
export function pathText(path: DocPath): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

/** Issues at `path` itself, as the rule in the UI language (the field's label is beside it). */
export function issuesAt(
  issues: ReadonlyMap<string, ValidationIssue[]>,
  path: DocPath,
  lang: Language,
): string[] {
  return (issues.get(pathText(path)) ?? []).map((issue) => issueProblemText(issue, lang));
}

/** Number of issues at or below `path` (shown on collapsed groups). */
export function issuesBelow(issues: ReadonlyMap<string, readonly unknown[]>, path: DocPath): number {
  const p = pathText(path);
  let n = 0;
  for (const [key, list] of issues)
    if (p === '' || key === p || key.startsWith(`${p}.`) || key.startsWith(`${p}[`)) n += list.length;
  return n;
}
