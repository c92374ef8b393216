/**
 * The editor: by operations (the dated list a planner recognises, editor/operations/) or, under
 * "Advanced", the whole document generated from the schema with human labels, named rows and the
 * internals read-only and explained (editor/AdvancedEditor.tsx). Beside it, the last valid run in a
 * few lines, so an edit's effect shows without leaving. Edits autosave in this browser and the run
 * restarts when they settle; undo steps back through the last edits.
 */
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ValidationIssue } from '../../scenario/validate.ts';
import { AdvancedEditor } from '../editor/AdvancedEditor.tsx';
import { FormContext, type FormContextValue } from '../editor/formContext.ts';
import { OperationsEditor } from '../editor/operations/OperationsEditor.tsx';
import { RunDigest } from '../editor/operations/RunDigest.tsx';
import { formatInteger } from '../format/cny.ts';
import { useT } from '../i18n/useT.ts';
import { tabStorage, useApp } from '../store/index.ts';

type Mode = 'operations' | 'advanced';

/** The editor's mode survives a reload of this tab (and only this tab): a planner in Advanced stays there. */
const MODE_KEY = 'luohe-planner:editor-mode';

function savedMode(): Mode {
  try {
    return tabStorage()?.getItem(MODE_KEY) === 'advanced' ? 'advanced' : 'operations';
  } catch {
    return 'operations';
  }
}

function useEditorMode(): [Mode, (m: Mode) => void] {
  const [mode, setMode] = useState<Mode>(savedMode);
  const choose = (m: Mode) => {
    setMode(m);
    try {
      tabStorage()?.setItem(MODE_KEY, m);
    } catch {
      // Storage refused (disabled or full): the mode holds until the reload.
    }
  };
  return [mode, choose];
}

export function EditorView() {
  const t = useT();
  const [mode, setMode] = useEditorMode();
  const scenario = useApp((s) => s.scenario);
  const scenarioIssues = useApp((s) => s.scenarioIssues);
  const drafts = useApp((s) => s.drafts);
  const setDraft = useApp((s) => s.setDraft);
  const { undoCount, edited, draftRestored } = useApp(
    useShallow((s) => ({ undoCount: s.undoStack.length, edited: s.edited, draftRestored: s.draftRestored })),
  );
  const { editScenario, undo, revertToBase } = useApp(
    useShallow((s) => ({ editScenario: s.editScenario, undo: s.undo, revertToBase: s.revertToBase })),
  );
  // The store validates every edit (scenarioSlice); typed text that is not a value counts too.
  const problemCount = scenarioIssues.length + Object.keys(drafts).length;
  const form: FormContextValue = useMemo(() => {
    const issues = new Map<string, ValidationIssue[]>();
    for (const i of scenarioIssues) issues.set(i.path, [...(issues.get(i.path) ?? []), i]);
    return {
      issues,
      edit: editScenario,
      termStart: scenario.term?.startDate ?? '2023-01-01',
      drafts,
      setDraft,
      doc: scenario,
    };
  }, [scenarioIssues, editScenario, scenario, drafts, setDraft]);

  return (
    <section aria-labelledby="editor-title" className="editor">
      <div className="section-head">
        <h2 id="editor-title">{t('editor.title')}</h2>
        <div className="toolbar">
          <button type="button" onClick={undo} disabled={undoCount === 0} data-testid="undo">
            {t('editor.undo')}
          </button>
          <span className="muted">
            {undoCount === 1
              ? t('editor.undoCountOne')
              : t('editor.undoCount', { count: formatInteger(undoCount) })}
          </span>
          <button type="button" onClick={revertToBase} disabled={!edited}>
            {t('editor.revert')}
          </button>
        </div>
      </div>
      <p className="intro">{t('editor.intro')}</p>
      {draftRestored && (
        <p className="notice" role="status">
          {t('editor.restored')}
        </p>
      )}
      <p
        className={problemCount === 0 ? 'valid-line' : 'error'}
        data-testid="validation-summary"
        role="status"
      >
        {problemCount === 0 ? t('editor.valid') : t('editor.invalidCount', { count: problemCount })}
      </p>
      <div className="editor-layout">
        <div className="editor-main">
          <fieldset className="segmented editor-mode" data-testid="editor-mode">
            <legend>{t('ops.mode')}</legend>
            {(['operations', 'advanced'] as const).map((m) => (
              <button
                key={m}
                type="button"
                aria-pressed={mode === m}
                data-testid={`editor-mode-${m}`}
                onClick={() => setMode(m)}
              >
                {t(`ops.mode.${m}`)}
              </button>
            ))}
          </fieldset>
          <FormContext.Provider value={form}>
            {mode === 'operations' ? <OperationsEditor doc={scenario} /> : <AdvancedEditor doc={scenario} />}
          </FormContext.Provider>
        </div>
        <RunDigest />
      </div>
    </section>
  );
}
