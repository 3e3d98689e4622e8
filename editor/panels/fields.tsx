import { useId, useState } from 'react';
import { describedBy, FieldNotes, useTextDraft } from './text-draft.tsx';

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  unit?: string;
  onChange: (value: number) => void;
}

/** A number with its unit and range; out-of-range or non-numbers are explained and not applied. */
export function NumberField({ label, value, min, max, step = 1, unit, onChange }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  const commit = (text: string) => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
      setError(`Enter a number from ${min} to ${max}${unit === undefined ? '' : ` ${unit}`}`);
      return;
    }
    setError(undefined);
    setDraft(undefined);
    if (n !== value) onChange(n);
  };
  return (
    <div className="field field-inline">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <span className="number-row">
        <input
          id={id}
          type="number"
          min={min}
          max={max}
          step={step}
          value={draft ?? String(value)}
          data-theme-field=""
          data-uncommitted={draft === undefined ? undefined : 'true'}
          aria-invalid={error !== undefined}
          aria-describedby={error === undefined ? undefined : `${id}-error`}
          onChange={(e) => {
            setDraft(e.target.value);
            // Spinner clicks and arrow keys apply at once; typing applies when valid.
            const n = Number(e.target.value);
            if (e.target.value.trim() !== '' && Number.isFinite(n) && n >= min && n <= max) commit(e.target.value);
          }}
          onBlur={(e) => commit(e.target.value)}
        />
        {unit !== undefined && <span className="unit">{unit}</span>}
      </span>
      {error !== undefined && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}

export function SelectField<T extends string>({ label, value, options, onChange }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="field field-inline">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField({ label, checked, onChange }: CheckboxFieldProps) {
  return (
    <label className="field field-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span className="field-label">{label}</span>
    </label>
  );
}

export interface TextFieldProps {
  label: string;
  value: string;
  /** Shown while empty: what an empty field stands for (the derived value). */
  placeholder?: string;
  /** What is wrong with a value, or undefined when it may be applied. */
  validate?: (value: string) => string | undefined;
  onChange: (value: string) => void;
  /** A textarea, for prose (a description). */
  multiline?: boolean;
  hint?: string;
  /** JSON pointer of the setting, so findings and import errors can lead here. */
  path?: string;
}

/**
 * Text applied on Enter or when the field is left, after `validate` passes; Escape puts the
 * applied value back. Until applied the text belongs to the field (Ctrl+Z undoes typing).
 */
export function TextField({ label, value, placeholder, validate, onChange, multiline = false, hint, path }: TextFieldProps) {
  const { id, error, props, setDraft } = useTextDraft({
    value,
    multiline,
    apply: (text) => {
      const problem = validate?.(text);
      if (problem === undefined && text !== value) onChange(text);
      return problem;
    },
  });
  const common = { ...props, placeholder, 'data-path': path, 'aria-describedby': describedBy(id, { hint, error }) };
  return (
    <div className="field field-text">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input {...common} type="text" spellCheck={false} onChange={(e) => setDraft(e.target.value)} />
      )}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
