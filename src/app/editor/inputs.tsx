/**
 * The leaf inputs of the generated editor. Each is labelled, shows its unit and bounds, and shows
 * beside it the schema's message for its path (or, for text that is not a number, says so). Typed
 * text that is not yet a number is kept as a draft in the store (FormContext.drafts), so it stays
 * as typed, with its error, across view switches and reloads; runs meanwhile use the last valid scenario.
 */
import { useId } from 'react';
import { formatDate, formatNumber } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import type { DocPath } from '../store/types.ts';
import { optionLabel } from './fieldLabels.ts';
import { issuesAt, pathText, useForm } from './formContext.ts';

interface LeafProps {
  path: DocPath;
  label: string;
  unit?: string;
}

export function FieldMessages({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {messages.join(' · ')}
    </p>
  );
}

function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/[,，\s]/g, '');
  if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(trimmed)) return null;
  const v = Number(trimmed);
  return Number.isFinite(v) ? v : null;
}

export function NumberInput({
  path,
  label,
  unit,
  value,
  min,
  max,
  integer,
  optional,
}: LeafProps & {
  value: unknown;
  min: number | null;
  max: number | null;
  integer: boolean;
  optional?: boolean;
}) {
  const t = useT();
  const lang = useLanguage();
  const { issues, edit, drafts, setDraft } = useForm();
  const id = useId();
  const key = pathText(path);
  const shown = typeof value === 'number' ? String(value) : '';
  const draft = Object.hasOwn(drafts, key) ? drafts[key] : undefined;
  const text = draft ?? shown;
  const messages =
    draft !== undefined ? [t('editor.notANumber', { field: label })] : issuesAt(issues, path, lang);
  const range =
    min !== null || max !== null
      ? t('editor.range', {
          min: min === null ? '—' : formatNumber(min, lang, 6),
          max: max === null ? '—' : formatNumber(max, lang, 6),
        })
      : '';
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-input">
        <input
          id={id}
          inputMode={integer ? 'numeric' : 'decimal'}
          value={text}
          title={range}
          data-testid={`field-${pathText(path)}`}
          aria-invalid={messages.length > 0}
          aria-describedby={messages.length > 0 ? `${id}-msg` : `${id}-range`}
          onChange={(e) => {
            const typed = e.target.value;
            if (optional && typed.trim() === '') {
              edit(path, undefined);
              return;
            }
            const parsed = parseNumber(typed);
            if (parsed === null) setDraft(key, typed);
            else if (parsed !== value) edit(path, parsed);
            else setDraft(key, null);
          }}
        />
        {unit && <span className="unit">{unit}</span>}
      </div>
      <span id={`${id}-range`} className="field-hint">
        {range}
        {integer ? ` · ${t('editor.whole')}` : ''}
      </span>
      <FieldMessages id={`${id}-msg`} messages={messages} />
    </div>
  );
}

export function TextInput({
  path,
  label,
  unit,
  value,
  date,
  long,
  hint,
}: LeafProps & { value: unknown; date?: boolean; long?: boolean; hint?: string }) {
  const lang = useLanguage();
  const { issues, edit } = useForm();
  const id = useId();
  const messages = issuesAt(issues, path, lang);
  const common = {
    id,
    value: typeof value === 'string' ? value : '',
    'data-testid': `field-${pathText(path)}`,
    'aria-invalid': messages.length > 0,
    'aria-describedby': messages.length > 0 ? `${id}-msg` : undefined,
  };
  return (
    <div className={long ? 'field wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <div className="field-input">
        {long ? (
          <textarea {...common} rows={3} onChange={(e) => edit(path, e.target.value)} />
        ) : (
          <input {...common} type={date ? 'date' : 'text'} onChange={(e) => edit(path, e.target.value)} />
        )}
        {unit && <span className="unit">{unit}</span>}
      </div>
      {hint && <span className="field-hint">{hint}</span>}
      <FieldMessages id={`${id}-msg`} messages={messages} />
    </div>
  );
}

export function CheckboxInput({ path, label, value }: LeafProps & { value: unknown }) {
  const lang = useLanguage();
  const { issues, edit } = useForm();
  const id = useId();
  return (
    <div className="field checkbox">
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        data-testid={`field-${pathText(path)}`}
        onChange={(e) => edit(path, e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={`${id}-msg`} messages={issuesAt(issues, path, lang)} />
    </div>
  );
}

export function SelectInput({
  path,
  label,
  value,
  options,
  onSelect,
  optionText,
}: LeafProps & {
  value: unknown;
  options: readonly string[];
  onSelect?: (v: string) => void;
  /** The text of an option (default: the option's name from the label tables). */
  optionText?: (v: string) => string;
}) {
  const lang = useLanguage();
  const { issues, edit } = useForm();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={typeof value === 'string' ? value : ''}
        data-testid={`field-${pathText(path)}`}
        onChange={(e) => (onSelect ? onSelect(e.target.value) : edit(path, e.target.value))}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {optionText ? optionText(o) : optionLabel(o, lang)}
          </option>
        ))}
      </select>
      <FieldMessages id={`${id}-msg`} messages={issuesAt(issues, path, lang)} />
    </div>
  );
}

/**
 * A date typed as 'YYYY-MM-DD' (never a locale picker that reads 01/01/2023), with the date written
 * out in the UI language beside it so a slip is seen at once.
 */
export function DateInput({ path, label, value }: LeafProps & { value: unknown }) {
  const t = useT();
  const lang = useLanguage();
  const { issues, edit } = useForm();
  const id = useId();
  const text = typeof value === 'string' ? value : '';
  const messages = issuesAt(issues, path, lang);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={text}
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        data-testid={`field-${pathText(path)}`}
        aria-invalid={messages.length > 0}
        aria-describedby={`${id}-hint`}
        onChange={(e) => edit(path, e.target.value.trim())}
      />
      <span id={`${id}-hint`} className="field-hint">
        {t('ops.dateHint', { formatted: formatDate(text, lang) })}
      </span>
      <FieldMessages id={`${id}-msg`} messages={messages} />
    </div>
  );
}

/** A set of ids chosen by ticking, e.g. the systems that move out; `none` labels the empty choice. */
export function CheckList({
  path,
  label,
  value,
  options,
  testId,
  emptyAsAbsent = false,
}: LeafProps & {
  value: readonly string[];
  options: readonly { id: string; label: string }[];
  testId?: string;
  /** Nothing ticked removes the field (e.g. price-change items: absent = every item). */
  emptyAsAbsent?: boolean;
}) {
  const lang = useLanguage();
  const { issues, edit } = useForm();
  const chosen = new Set(value);
  const messages = issuesAt(issues, path, lang);
  return (
    <fieldset className="check-list" data-testid={testId}>
      <legend>{label}</legend>
      <div className="check-list-items">
        {options.map((o) => (
          <label key={o.id}>
            <input
              type="checkbox"
              checked={chosen.has(o.id)}
              onChange={(e) => {
                const next = options
                  .map((x) => x.id)
                  .filter((id) => (id === o.id ? e.target.checked : chosen.has(id)));
                edit(path, next.length === 0 && emptyAsAbsent ? undefined : next);
              }}
            />
            {o.label}
          </label>
        ))}
      </div>
      <FieldMessages id={`${pathText(path)}-msg`} messages={messages} />
    </fieldset>
  );
}
