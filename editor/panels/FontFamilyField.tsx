import { useId, useState } from 'react';
import { fontFamilyField } from '../../theme-runtime/model/fields.ts';
import type { FontCategory } from '../export/fonts.ts';
import { FONT_STACKS, fontWarning, withFallback } from './font-options.ts';

export interface FontFamilyFieldProps {
  label: string;
  value: string;
  /** What the family is for, which decides the fallback a typed family gets. */
  kind: FontCategory;
  onChange: (stack: string) => void;
  /** Shown as the placeholder when the value is empty and empty is allowed (derived fonts). */
  placeholder?: string;
  /** Empty clears (follows another font) instead of being an error. */
  optional?: boolean;
}

/**
 * A font family: pick a bundled or system stack from the list, or type any family. A
 * typed family gets a fallback stack; one that is neither bundled nor on every machine is
 * flagged, because it will not load offline.
 */
export function FontFamilyField({ label, value, kind, onChange, placeholder, optional = false }: FontFamilyFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  const commit = (text: string) => {
    if (optional && text.trim() === '') {
      setError(undefined);
      setDraft(undefined);
      if (value !== '') onChange('');
      return;
    }
    const stack = withFallback(text, kind);
    const parsed = fontFamilyField.safeParse(stack);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'not a font family list');
      return;
    }
    setError(undefined);
    setDraft(undefined);
    if (parsed.data !== value) onChange(parsed.data);
  };
  const warning = value === '' ? undefined : fontWarning(value);
  const described = [warning === undefined ? '' : `${id}-warning`, error === undefined ? '' : `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field field-text">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        type="text"
        list={`${id}-stacks`}
        spellCheck={false}
        autoComplete="off"
        value={draft ?? value}
        placeholder={placeholder}
        data-theme-field=""
        data-uncommitted={draft === undefined ? undefined : 'true'}
        aria-invalid={error !== undefined}
        aria-describedby={described === '' ? undefined : described}
        onChange={(e) => {
          const text = e.target.value;
          // Picking from the list applies at once; typing applies on Enter or leaving the field.
          if (FONT_STACKS.some(([stack]) => stack === text)) commit(text);
          else setDraft(text);
        }}
        onBlur={(e) => draft !== undefined && commit(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(e.currentTarget.value);
          } else if (e.key === 'Escape' && draft !== undefined) {
            e.preventDefault();
            setDraft(undefined);
            setError(undefined);
          }
        }}
      />
      <datalist id={`${id}-stacks`}>
        {FONT_STACKS.map(([stack, name]) => (
          <option key={stack} value={stack} label={name} />
        ))}
      </datalist>
      {warning !== undefined && (
        <p className="field-warning" id={`${id}-warning`} role="status">
          {warning}
        </p>
      )}
      {error !== undefined && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
