/**
 * One field of the scenario, rendered from its zod schema: objects as labelled groups, lists as
 * collapsible items with add/remove, variants (distribution kinds, timeline event kinds) as a kind
 * selector over that kind's fields, and leaves as inputs with units and inline messages. Closed
 * groups do not render their children, so a long host or system list costs nothing until opened.
 */
import { useState } from 'react';
import type { z } from 'zod';
import { useLanguage, useT } from '../i18n/useT.ts';
import type { DocPath } from '../store/types.ts';
import { fieldLabel, fieldUnit } from './fieldLabels.ts';
import { issuesAt, issuesBelow, pathText, useForm } from './formContext.ts';
import { CheckboxInput, DateInput, FieldMessages, NumberInput, SelectInput, TextInput } from './inputs.tsx';
import { itemTitle } from './itemTitle.ts';
import { defaultValue, fieldKind, unwrap, variantName } from './schemaIntrospect.ts';

interface Props {
  schema: z.ZodType;
  path: DocPath;
  name: string;
  value: unknown;
}

const LONG_TEXT = new Set(['description', 'descriptionZh', 'note', 'source']);
const HIDDEN_FIELDS = new Set(['$schema', 'version', 'calibrationFactor']);

export function SchemaField({ schema, path, name, value }: Props) {
  const lang = useLanguage();
  const { edit, termStart } = useForm();
  const { schema: s, optional } = unwrap(schema);
  const k = fieldKind(s, name);
  const parent = path
    .slice(0, -1)
    .filter((p): p is string => typeof p === 'string')
    .at(-1);
  const label = fieldLabel(name, lang, parent);
  const unit = fieldUnit(name, lang);
  switch (k.kind) {
    case 'number':
      return (
        <NumberInput
          path={path}
          label={label}
          unit={unit}
          value={value}
          min={k.min}
          max={k.max}
          integer={k.integer}
          optional={optional}
        />
      );
    case 'string':
      if (k.date) return <DateInput path={path} label={label} value={value} />;
      return (
        <TextInput
          path={path}
          label={label}
          unit={unit}
          value={value}
          date={k.date}
          long={LONG_TEXT.has(name)}
        />
      );
    case 'boolean':
      return <CheckboxInput path={path} label={label} value={value} />;
    case 'enum':
      return <SelectInput path={path} label={label} value={value} options={k.options} />;
    case 'literal':
      return null; // shown by the variant selector
    case 'numberOrString':
      return <SeedInput path={path} label={label} value={value} />;
    case 'variants': {
      const names = k.options.map((o) => variantName(o, k.discriminator));
      const current = (value as Record<string, unknown> | undefined)?.[k.discriminator];
      const index = Math.max(0, names.indexOf(String(current)));
      return (
        <fieldset className="field-group variant">
          <legend>{label}</legend>
          <SelectInput
            path={[...path, k.discriminator]}
            label={fieldLabel(k.discriminator, lang)}
            value={current}
            options={names}
            onSelect={(v) => {
              const option = k.options[names.indexOf(v)];
              const fresh = defaultValue(option, '', termStart) as Record<string, unknown>;
              const old = (value ?? {}) as Record<string, unknown>;
              // Keep what the two kinds share (date, note), take the new kind's other fields.
              for (const key of Object.keys(fresh))
                if (key !== k.discriminator && key in old) fresh[key] = old[key];
              edit(path, fresh);
            }}
          />
          <ObjectFields schema={k.options[index]} path={path} value={value} />
        </fieldset>
      );
    }
    case 'object':
      return (
        <Group path={path} label={label}>
          <ObjectFields schema={s} path={path} value={value} />
        </Group>
      );
    case 'array':
      return <ArrayField element={k.element} path={path} name={name} label={label} value={value} />;
    default:
      return null;
  }
}

export function ObjectFields({ schema, path, value }: { schema: z.ZodType; path: DocPath; value: unknown }) {
  const lang = useLanguage();
  const { issues } = useForm();
  const k = fieldKind(schema);
  if (k.kind !== 'object') return null;
  const obj = (value ?? {}) as Record<string, unknown>;
  // The format's own fields and the computed calibration factor (CalibrationField) are not typed here.
  const entries = Object.entries(k.shape).filter(([n]) => !HIDDEN_FIELDS.has(n));
  const leaves = entries.filter(([n, c]) => isLeaf(c, n));
  const groups = entries.filter(([n, c]) => !isLeaf(c, n));
  return (
    <>
      <FieldMessages id={`${pathText(path)}-own`} messages={issuesAt(issues, path, lang)} />
      {leaves.length > 0 && (
        <div className="field-grid">
          {leaves.map(([n, c]) => (
            <SchemaField key={n} schema={c} path={[...path, n]} name={n} value={obj[n]} />
          ))}
        </div>
      )}
      {groups.map(([n, c]) => (
        <SchemaField key={n} schema={c} path={[...path, n]} name={n} value={obj[n]} />
      ))}
    </>
  );
}

function isLeaf(schema: z.ZodType, name: string): boolean {
  const k = fieldKind(unwrap(schema).schema, name);
  if (k.kind === 'array') {
    const e = fieldKind(unwrap(k.element).schema).kind;
    return e === 'number' || e === 'string';
  }
  return k.kind !== 'object' && k.kind !== 'variants';
}

function Group({ path, label, children }: { path: DocPath; label: string; children: React.ReactNode }) {
  const t = useT();
  const { issues } = useForm();
  const [open, setOpen] = useState(path.length <= 2);
  const problems = issuesBelow(issues, path);
  return (
    <details className="field-group" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary data-testid={`group-${pathText(path)}`}>
        {label}
        {problems > 0 && <span className="problem-badge">{t('editor.problems', { count: problems })}</span>}
      </summary>
      {open && children}
    </details>
  );
}

function ArrayField({
  element,
  path,
  name,
  label,
  value,
}: {
  element: z.ZodType;
  path: DocPath;
  name: string;
  label: string;
  value: unknown;
}) {
  const t = useT();
  const lang = useLanguage();
  const { edit, termStart, doc } = useForm();
  const list = Array.isArray(value) ? value : [];
  const ek = fieldKind(unwrap(element).schema, name);
  if (ek.kind === 'number' || ek.kind === 'string') {
    return <ListTextInput path={path} label={label} value={list} numbers={ek.kind === 'number'} />;
  }
  const add = () => {
    const fresh =
      list.length > 0 ? structuredClone(list[list.length - 1]) : defaultValue(element, '', termStart);
    edit(path, [...list, fresh]);
  };
  return (
    <Group path={path} label={`${label} (${list.length})`}>
      <ol className="item-list">
        {list.map((item, i) => (
          <li key={pathText([...path, i])}>
            <ItemGroup path={[...path, i]} title={itemTitle(item, i, name, lang, doc)}>
              {ek.kind === 'object' ? (
                <ObjectFields schema={unwrap(element).schema} path={[...path, i]} value={item} />
              ) : (
                <SchemaField schema={element} path={[...path, i]} name="" value={item} />
              )}
              <button
                type="button"
                className="danger"
                onClick={() =>
                  edit(
                    path,
                    list.filter((_, j) => j !== i),
                  )
                }
              >
                {t('editor.remove', { item: itemTitle(item, i, name, lang, doc) })}
              </button>
            </ItemGroup>
          </li>
        ))}
      </ol>
      <button type="button" onClick={add} data-testid={`add-${pathText(path)}`}>
        {t('editor.add', { list: label })}
      </button>
    </Group>
  );
}

function ItemGroup({ path, title, children }: { path: DocPath; title: string; children: React.ReactNode }) {
  const t = useT();
  const { issues } = useForm();
  const [open, setOpen] = useState(false);
  const problems = issuesBelow(issues, path);
  return (
    <details className="item" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary data-testid={`item-${pathText(path)}`}>
        {title}
        {problems > 0 && <span className="problem-badge">{t('editor.problems', { count: problems })}</span>}
      </summary>
      {open && <div className="item-body">{children}</div>}
    </details>
  );
}

/** A list of numbers or ids edited as one comma-separated line (monthly profiles, system ids, dates). */
function ListTextInput({
  path,
  label,
  value,
  numbers,
}: {
  path: DocPath;
  label: string;
  value: unknown[];
  numbers: boolean;
}) {
  const { edit } = useForm();
  const joined = value.join(', ');
  const [text, setText] = useState(joined);
  const [lastJoined, setLastJoined] = useState(joined);
  if (joined !== lastJoined) {
    setLastJoined(joined);
    setText(joined);
  }
  return (
    <TextInputLike
      path={path}
      label={label}
      text={text}
      onText={(v) => {
        setText(v);
        const parts = v
          .split(/[,，]\s*/)
          .map((p) => p.trim())
          .filter((p) => p !== '');
        edit(path, numbers ? parts.map(Number) : parts);
      }}
    />
  );
}

function TextInputLike({
  path,
  label,
  text,
  onText,
}: {
  path: DocPath;
  label: string;
  text: string;
  onText: (v: string) => void;
}) {
  const lang = useLanguage();
  const { issues } = useForm();
  const id = `${pathText(path)}-list`;
  const messages = issuesAt(issues, path, lang);
  return (
    <div className="field wide">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={text}
        data-testid={`field-${pathText(path)}`}
        onChange={(e) => onText(e.target.value)}
        aria-invalid={messages.length > 0}
      />
      <FieldMessages id={`${id}-msg`} messages={messages} />
    </div>
  );
}

function SeedInput({ path, label, value }: { path: DocPath; label: string; value: unknown }) {
  const { edit } = useForm();
  return (
    <TextInputLike
      path={path}
      label={label}
      text={value === undefined ? '' : String(value)}
      onText={(v) => edit(path, /^\d{1,10}$/.test(v) ? Number(v) : v)}
    />
  );
}
