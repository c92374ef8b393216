/**
 * A first editor over the fields the contract summary already uses (term and quotas). The full
 * editor derives its fields from the scenario schema (src/scenario) once that exists.
 */
import { useShallow } from 'zustand/react/shallow';
import { NumberField } from '../components/NumberField.tsx';
import { formatInteger } from '../format/cny.ts';
import { useT } from '../i18n/useT.ts';
import { QUOTA_KEYS, QUOTA_NAME, QUOTA_UNIT } from '../quotaLabels.ts';
import { getAtPath } from '../store/docPath.ts';
import { useApp } from '../store/index.ts';

function numberAt(doc: unknown, path: readonly string[]): number | undefined {
  const v = getAtPath(doc, path);
  return typeof v === 'number' ? v : undefined;
}

export function EditorView() {
  const t = useT();
  const scenario = useApp((s) => s.scenario);
  const { undoCount, edited, draftRestored } = useApp(
    useShallow((s) => ({ undoCount: s.undoStack.length, edited: s.edited, draftRestored: s.draftRestored })),
  );
  const { editScenario, undo, revertToBase } = useApp(
    useShallow((s) => ({ editScenario: s.editScenario, undo: s.undo, revertToBase: s.revertToBase })),
  );
  const startDate = getAtPath(scenario, ['term', 'startDate']);

  return (
    <section aria-labelledby="editor-title">
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
      <fieldset className="field-group">
        <legend>{t('editor.term')}</legend>
        <div className="field">
          <label htmlFor="term-start">{t('editor.startDate')}</label>
          <input
            id="term-start"
            type="date"
            value={typeof startDate === 'string' ? startDate : ''}
            onChange={(e) => e.target.value && editScenario(['term', 'startDate'], e.target.value)}
          />
        </div>
        <NumberField
          label={t('editor.months')}
          value={numberAt(scenario, ['term', 'months'])}
          integer
          onCommit={(v) => editScenario(['term', 'months'], v)}
        />
      </fieldset>
      <fieldset className="field-group">
        <legend>{t('editor.quotas')}</legend>
        <div className="field-grid">
          {QUOTA_KEYS.map((q) => (
            <NumberField
              key={q}
              label={t(QUOTA_NAME[q])}
              unit={t(QUOTA_UNIT[q])}
              value={numberAt(scenario, ['contract', 'quotas', q])}
              integer={q !== 'diskTb' && q !== 'storageTb'}
              onCommit={(v) => editScenario(['contract', 'quotas', q], v)}
            />
          ))}
        </div>
      </fieldset>
    </section>
  );
}
