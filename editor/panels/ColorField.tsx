import { memo, useCallback, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { normalizeColor } from '../../theme-runtime/index.ts';
import { ColorPicker } from './color-picker/ColorPicker.tsx';

// The picker is a popover tree of a dozen components per field, and the editor shows dozens
// of fields: with stable callbacks it re-renders only when its colour or label changes, not
// on every step of a drag elsewhere (bench:preview counts the renders).
const StillPicker = memo(ColorPicker);

export interface ColorFieldProps {
  /** Visible label; also the accessible name of the text input. */
  label: string;
  /** Normalised colour (`#rrggbb` or `#rrggbbaa`). */
  value: string;
  /**
   * Called with each new colour. `live` is true while the swatch picker is being dragged:
   * those calls form one gesture, which the editor undoes as a single step.
   */
  onChange: (color: string, live: boolean) => void;
  /** The gesture is over (picker closed or field left). */
  onCommit?: () => void;
  description?: string;
  /** Shown beside the field: a contrast badge, a "linked to Accent" note … */
  adornment?: ReactNode;
  /** JSON pointer of the setting, so findings can lead to this field. */
  path?: string;
}

/**
 * A colour control: a swatch that opens the system picker, and a text input that takes
 * any CSS colour. A typed value is applied on Enter or when the field loses focus; an
 * invalid one is shown as an error and changes nothing.
 */
export function ColorField({ label, value, onChange, onCommit, description, adornment, path }: ColorFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  const field = useRef<HTMLDivElement>(null);
  const shown = draft ?? value;
  // The latest handlers, behind callbacks that never change, so StillPicker can skip renders.
  const handlers = useRef({ onChange, onCommit });
  useLayoutEffect(() => {
    handlers.current = { onChange, onCommit };
  });
  const pick = useCallback((color: string, live: boolean) => {
    setDraft(undefined);
    setError(undefined);
    handlers.current.onChange(color, live);
  }, []);
  const pickerCommit = useCallback(() => handlers.current.onCommit?.(), []);

  const commit = () => {
    if (draft === undefined) return;
    const color = normalizeColor(draft);
    if (color === undefined) {
      setError(`'${draft.trim()}' is not a colour — try #3366ff, rgb(51 102 255) or a name like teal`);
      return;
    }
    setDraft(undefined);
    setError(undefined);
    if (color !== value) onChange(color, false);
    onCommit?.();
  };

  return (
    <div className="field" ref={field}>
      <div className="field-head">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {adornment}
      </div>
      {description !== undefined && <p className="field-hint">{description}</p>}
      <div className="color-row">
        <StillPicker label={label} value={value} onChange={pick} onCommit={pickerCommit} anchor={field} />
        <input
          id={id}
          type="text"
          className="color-text"
          spellCheck={false}
          autoComplete="off"
          value={shown}
          data-path={path}
          data-theme-field=""
          data-uncommitted={draft === undefined ? undefined : 'true'}
          aria-invalid={error !== undefined}
          aria-describedby={error !== undefined ? `${id}-error` : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            setError(undefined);
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setDraft(undefined);
              setError(undefined);
            }
          }}
        />
      </div>
      {error !== undefined && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
