/**
 * The operations editor: the contract's starting quotas, the operations on a time axis, the dated
 * list (each line says what it does, opens into its small form, and can be removed), and a way to
 * add one of the kinds a planner recognises at a chosen date. Each change is one new document, one
 * undo step; the run restarts when edits settle and the digest beside the editor shows its effect.
 */
import { useMemo, useState } from 'react';
import { type Scenario, scenarioObjectSchema } from '../../../scenario/schema.ts';
import { focusElement } from '../../a11y/focus.ts';
import { formatDate } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { useApp } from '../../store/index.ts';
import type { DocPath } from '../../store/types.ts';
import { FormContext, type FormContextValue, issuesBelow, useForm } from '../formContext.ts';
import { SchemaField } from '../SchemaField.tsx';
import { isLinkedField, OperationForm } from './OperationForm.tsx';
import { KIND_SYMBOL, OperationsAxis } from './OperationsAxis.tsx';
import {
  addOperation,
  dateOfMonth,
  horizonEndDate,
  NEW_SYSTEM_NAMES,
  OPERATION_KINDS,
  type OperationKind,
  operationsOf,
  removeOperation,
  updateOperation,
} from './operations.ts';
import { operationKindName, operationSummary } from './operationText.ts';

function AddOperation({ doc, onAdded }: { doc: Scenario; onAdded: (index: number) => void }) {
  const t = useT();
  const lang = useLanguage();
  const editScenario = useApp((s) => s.editScenario);
  const [kind, setKind] = useState<OperationKind>('grow-system');
  const [date, setDate] = useState(() => dateOfMonth(doc, 12));
  const hasExit = doc.timeline.some((e) => e.kind === 'exit-notice');
  const kinds = OPERATION_KINDS.filter((k) => !(k === 'exit-notice' && hasExit));
  const add = () => {
    const when = kind === 'renew-term' ? horizonEndDate(doc) : date;
    const names = { zh: NEW_SYSTEM_NAMES.zh, en: NEW_SYSTEM_NAMES.en };
    editScenario([], addOperation(doc, kind, when, names));
    onAdded(doc.timeline.length);
  };
  return (
    <fieldset className="add-operation" data-testid="add-operation">
      <legend>{t('ops.add')}</legend>
      <label>
        {t('ops.addKind')}
        <select
          value={kind}
          data-testid="add-operation-kind"
          onChange={(e) => setKind(e.target.value as OperationKind)}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {KIND_SYMBOL[k]} {operationKindName(k, lang)}
            </option>
          ))}
        </select>
      </label>
      {kind !== 'renew-term' && (
        <label>
          {t('ops.addDate')}
          <input
            value={date}
            inputMode="numeric"
            placeholder="YYYY-MM-DD"
            data-testid="add-operation-date"
            onChange={(e) => setDate(e.target.value.trim())}
          />
          <span className="field-hint">{formatDate(date, lang)}</span>
        </label>
      )}
      <button type="button" className="primary" onClick={add} data-testid="add-operation-button">
        {t('ops.addButton')}
      </button>
    </fieldset>
  );
}

/** The form context of one operation: a date or system that lives elsewhere too goes through updateOperation. */
function useOperationForm(doc: Scenario, index: number): FormContextValue {
  const outer = useForm();
  const editScenario = useApp((s) => s.editScenario);
  return useMemo(
    () => ({
      ...outer,
      edit: (path: DocPath, value: unknown) => {
        const event = doc.timeline[index];
        if (event && isLinkedField(path) && path[1] === index) {
          editScenario([], updateOperation(doc, index, { ...event, [path[2]]: value } as typeof event));
        } else outer.edit(path, value);
      },
    }),
    [outer, doc, index, editScenario],
  );
}

function OperationItem({
  doc,
  index,
  number,
  open,
  onToggle,
}: {
  doc: Scenario;
  index: number;
  number: number;
  open: boolean;
  onToggle: () => void;
}) {
  const t = useT();
  const lang = useLanguage();
  const form = useOperationForm(doc, index);
  const editScenario = useApp((s) => s.editScenario);
  const event = doc.timeline[index];
  const problems = issuesBelow(form.issues, ['timeline', index]);
  const what = `${operationKindName(event.kind, lang)} ${formatDate(event.date, lang)}`;
  return (
    <li
      className={open ? 'operation open' : 'operation'}
      data-testid={`operation-${index}`}
      data-kind={event.kind}
    >
      <div className="operation-line">
        <span className="operation-number" aria-hidden="true">
          {KIND_SYMBOL[event.kind]}
          {number}
        </span>
        <span className="operation-date">{formatDate(event.date, lang)}</span>
        <span className="operation-kind">{operationKindName(event.kind, lang)}</span>
        <span className="operation-summary">{operationSummary(doc, event, lang, t)}</span>
        {problems > 0 && <span className="problem-badge">{t('ops.problems', { count: problems })}</span>}
        <button
          type="button"
          className="small"
          aria-expanded={open}
          aria-label={t('ops.editLabel', { what })}
          onClick={onToggle}
          data-testid={`operation-edit-${index}`}
        >
          {open ? t('ops.done') : t('ops.edit')}
        </button>
        <button
          type="button"
          className="small danger"
          aria-label={t('ops.removeLabel', { what })}
          onClick={() => editScenario([], removeOperation(doc, index))}
          data-testid={`operation-remove-${index}`}
        >
          {t('ops.remove')}
        </button>
      </div>
      {open && (
        <FormContext.Provider value={form}>
          <OperationForm doc={doc} index={index} event={event} />
        </FormContext.Provider>
      )}
    </li>
  );
}

export function OperationsEditor({ doc }: { doc: Scenario }) {
  const t = useT();
  const [open, setOpen] = useState<number | null>(null);
  const operations = operationsOf(doc);
  const shape = scenarioObjectSchema.shape;
  return (
    <div className="operations-editor" data-testid="operations-editor">
      <p className="intro">{t('ops.intro')}</p>
      <section className="editor-section" aria-labelledby="ops-list-title" data-testid="section-timeline">
        <h3 id="ops-list-title">{t('ops.list')}</h3>
        <OperationsAxis doc={doc} operations={operations} selected={open} />
        {operations.length === 0 ? (
          <p className="muted">{t('ops.empty')}</p>
        ) : (
          <ol className="operation-list">
            {operations.map((op, i) => (
              <OperationItem
                key={op.index}
                doc={doc}
                index={op.index}
                number={i + 1}
                open={open === op.index}
                onToggle={() => setOpen(open === op.index ? null : op.index)}
              />
            ))}
          </ol>
        )}
        <AddOperation
          doc={doc}
          onAdded={(index) => {
            setOpen(index);
            requestAnimationFrame(() =>
              focusElement(
                document.querySelector<HTMLElement>(`[data-testid="operation-${index}"] .op-form input`),
              ),
            );
          }}
        />
      </section>
      <section className="editor-section" aria-labelledby="ops-start-title" data-testid="section-term">
        <h3 id="ops-start-title">{t('ops.start')}</h3>
        <SchemaField schema={shape.term} path={['term']} name="term" value={doc.term} />
        <SchemaField
          schema={shape.simulation}
          path={['simulation']}
          name="simulation"
          value={doc.simulation}
        />
        <details className="field-group" data-testid="scenario-names">
          <summary>{t('editor.general')}</summary>
          <div className="field-grid">
            {(['nameZh', 'name', 'id', 'descriptionZh', 'description'] as const).map((key) => (
              <SchemaField key={key} schema={shape[key]} path={[key]} name={key} value={doc[key]} />
            ))}
          </div>
        </details>
        <SchemaField
          schema={shape.contract.shape.quotas}
          path={['contract', 'quotas']}
          name="quotas"
          value={doc.contract.quotas}
        />
      </section>
    </div>
  );
}
