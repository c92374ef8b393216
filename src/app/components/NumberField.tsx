/**
 * A labelled number input that never loses what the user typed: the text is kept locally, and only
 * a valid number (≥ 0, and whole if `integer`) is committed to the scenario; otherwise the field
 * says what is wrong, naming the field.
 */
import { useEffect, useId, useState } from 'react';
import { useT } from '../i18n/useT.ts';

export interface NumberFieldProps {
  label: string;
  unit?: string;
  value: number | undefined;
  integer?: boolean;
  onCommit: (value: number) => void;
}

export function parseNonNegative(text: string, integer: boolean): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return integer && !Number.isInteger(value) ? null : value;
}

export function NumberField({ label, unit, value, integer = false, onCommit }: NumberFieldProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [invalid, setInvalid] = useState(false);
  // An undo or a scenario switch changes `value` from outside: show it.
  useEffect(() => {
    setText(value === undefined ? '' : String(value));
    setInvalid(false);
  }, [value]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-input">
        <input
          id={id}
          inputMode={integer ? 'numeric' : 'decimal'}
          value={text}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            const parsed = parseNonNegative(e.target.value, integer);
            setInvalid(parsed === null);
            if (parsed !== null && parsed !== value) onCommit(parsed);
          }}
        />
        {unit && <span className="unit">{unit}</span>}
      </div>
      {invalid && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('editor.invalidNumber', { field: label })}
        </p>
      )}
    </div>
  );
}
