import { useId, useState, type KeyboardEvent } from 'react';

/**
 * Text that belongs to its field until applied: Enter or leaving the field applies it
 * (`apply` returns what is wrong instead, and nothing changes), Escape puts the applied
 * value back. `data-uncommitted` tells the undo shortcut that Ctrl+Z is the field's.
 */
export function useTextDraft({ value, apply, multiline = false }: { value: string; apply: (text: string) => string | undefined; multiline?: boolean }) {
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  const commit = (text: string) => {
    const problem = apply(text);
    setError(problem);
    if (problem === undefined) setDraft(undefined);
  };
  const props = {
    id,
    value: draft ?? value,
    'data-theme-field': '',
    'data-uncommitted': draft === undefined ? undefined : 'true',
    'aria-invalid': error !== undefined,
    onBlur: (e: { currentTarget: { value: string } }) => {
      if (draft !== undefined) commit(e.currentTarget.value);
    },
    onKeyDown: (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (e.key === 'Enter' && !(multiline && e.shiftKey)) {
        e.preventDefault();
        commit(e.currentTarget.value);
      } else if (e.key === 'Escape' && draft !== undefined) {
        e.preventDefault();
        setDraft(undefined);
        setError(undefined);
      }
    },
  };
  return { id, error, props, setDraft, commit };
}

/** A field's notes under it, each with the id its input's aria-describedby names. */
export function FieldNotes({ id, hint, warning, error }: { id: string; hint?: string | undefined; warning?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint !== undefined && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
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
    </>
  );
}

/** The ids of the notes shown, for aria-describedby. */
export function describedBy(id: string, notes: { hint?: string | undefined; warning?: string | undefined; error?: string | undefined }): string | undefined {
  const ids = (['hint', 'warning', 'error'] as const).filter((k) => notes[k] !== undefined).map((k) => `${id}-${k}`);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
