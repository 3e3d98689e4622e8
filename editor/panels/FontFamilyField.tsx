import { fontFamilyField } from '../../theme-runtime/model/fields.ts';
import type { FontCategory } from '../export/fonts.ts';
import { FONT_STACKS, fontWarning, withFallback } from './font-options.ts';
import { describedBy, FieldNotes, useTextDraft } from './text-draft.tsx';

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
  const { id, error, props, setDraft, commit } = useTextDraft({
    value,
    apply: (text) => {
      if (optional && text.trim() === '') {
        if (value !== '') onChange('');
        return undefined;
      }
      const parsed = fontFamilyField.safeParse(withFallback(text, kind));
      if (!parsed.success) return parsed.error.issues[0]?.message ?? 'not a font family list';
      if (parsed.data !== value) onChange(parsed.data);
      return undefined;
    },
  });
  const warning = value === '' ? undefined : fontWarning(value);
  return (
    <div className="field field-text">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        {...props}
        type="text"
        list={`${id}-stacks`}
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholder}
        aria-describedby={describedBy(id, { warning, error })}
        onChange={(e) => {
          const text = e.target.value;
          // Picking from the list applies at once; typing applies on Enter or leaving the field.
          if (FONT_STACKS.some(([stack]) => stack === text)) commit(text);
          else setDraft(text);
        }}
      />
      <datalist id={`${id}-stacks`}>
        {FONT_STACKS.map(([stack, name]) => (
          <option key={stack} value={stack} label={name} />
        ))}
      </datalist>
      <FieldNotes id={id} warning={warning} error={error} />
    </div>
  );
}
