/**
 * The editor, generated from the scenario schema (src/scenario/schema.ts): every section as a group
 * of labelled fields with units and bounds; the validation messages of `loadScenario` appear beside
 * the field they name. Edits autosave in this browser and the run restarts when they settle; undo
 * steps back through the last edits.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { scenarioObjectSchema } from '../../scenario/schema.ts';
import type { ValidationIssue } from '../../scenario/validate.ts';
import { FormContext, type FormContextValue } from '../editor/formContext.ts';
import { SchemaField } from '../editor/SchemaField.tsx';
import { TimelineAxis } from '../editor/TimelineAxis.tsx';
import { formatInteger } from '../format/cny.ts';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';

const SECTIONS = [
  'term',
  'contract',
  'compute',
  'database',
  'storage',
  'network',
  'sms',
  'timeline',
  'simulation',
] as const;
const GENERAL = ['id', 'name', 'nameZh', 'description', 'descriptionZh'] as const;

export function EditorView() {
  const t = useT();
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
    };
  }, [scenarioIssues, editScenario, scenario.term?.startDate, drafts, setDraft]);
  const shape = scenarioObjectSchema.shape;
  const doc = scenario as unknown as Record<string, unknown>;

  return (
    <section aria-labelledby="editor-title" className="editor">
      <div className="section-head">
        <h2 id="editor-title">{t('editor.title')}</h2>
        <div className="toolbar">
          <button type="button" onClick={undo} disabled={undoCount === 0} data-testid="undo">
            {t('editor.undo')}
          </button>
          <span className="muted">{t('editor.undoCount', { count: formatInteger(undoCount) })}</span>
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
      <FormContext.Provider value={form}>
        <details className="field-group">
          <summary>{t('editor.general')}</summary>
          <div className="field-grid">
            {GENERAL.map((key) => (
              <SchemaField key={key} schema={shape[key]} path={[key]} name={key} value={doc[key]} />
            ))}
          </div>
        </details>
        {SECTIONS.map((key) => (
          <div key={key} className="editor-section" data-testid={`section-${key}`}>
            {key === 'timeline' && <TimelineAxis scenario={scenario} />}
            <SchemaField schema={shape[key]} path={[key]} name={key} value={doc[key]} />
          </div>
        ))}
      </FormContext.Provider>
    </section>
  );
}
