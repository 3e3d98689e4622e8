import { memo, useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import { roleOfRef } from '../../theme-runtime/index.ts';
import { ColorPicker } from './color-picker/ColorPicker.tsx';
import { ROLE_LABELS } from './role-labels.ts';
import { useReorder } from './use-reorder.ts';

interface ColorwayStripProps {
  /** The colorway as written (`{accent}` or `#rrggbb`). */
  entries: string[];
  /** The same entries resolved for the mode shown. */
  colors: string[];
  /** Indices of colours a colour-vision check flags, outlined in the strip. */
  flagged: ReadonlySet<number>;
  onChange: (index: number, color: string, live: boolean) => void;
  onCommit: () => void;
  onMove: (from: number, to: number) => void;
}

/**
 * The colorway at a glance: one swatch per series, in order, in a single row. Each swatch
 * opens the colour picker for its series; drag a swatch onto another place, or press
 * Alt+←/→ on it, to reorder. The detailed list (text fields, move and remove buttons) is one
 * click away.
 */
export function ColorwayStrip({ entries, colors, flagged, onChange, onCommit, onMove }: ColorwayStripProps) {
  const { dragging, itemProps } = useReorder(entries.length, onMove, 'row');
  // The latest handlers behind callbacks that never change, so a slot's picker (a dozen
  // components) re-renders only when its own colour does, not on every step of a drag.
  const handlers = useRef({ onChange, onCommit });
  useLayoutEffect(() => {
    handlers.current = { onChange, onCommit };
  });
  const change = useCallback((index: number, color: string, live: boolean) => handlers.current.onChange(index, color, live), []);
  const commit = useCallback(() => handlers.current.onCommit(), []);
  // Pickers open beside the whole strip, so the colours they are compared with stay in view.
  const strip = useRef<HTMLOListElement>(null);
  return (
    <ol className="colorway-strip" aria-label="Colorway, in series order" ref={strip}>
      {entries.map((entry, i) => {
        const role = roleOfRef(entry);
        return (
          <li
            key={i}
            className={`strip-item${dragging === i ? ' dragging' : ''}${flagged.has(i) ? ' flagged' : ''}`}
            title={role === undefined ? `Series ${i + 1}: ${colors[i] ?? ''}` : `Series ${i + 1} follows ${ROLE_LABELS[role]}`}
            {...itemProps(i)}
          >
            <SlotPicker index={i} value={colors[i] ?? '#000000'} onChange={change} onCommit={commit} anchor={strip} />
            <span className="strip-index" aria-hidden="true">
              {role === undefined ? i + 1 : '↔'}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

interface SlotPickerProps {
  index: number;
  value: string;
  onChange: (index: number, color: string, live: boolean) => void;
  onCommit: () => void;
  anchor: RefObject<HTMLElement | null>;
}

/** One slot's picker; memoised, with stable props unless its own colour changes. */
const SlotPicker = memo(function SlotPicker({ index, value, onChange, onCommit, anchor }: SlotPickerProps) {
  const change = useCallback((color: string, live: boolean) => onChange(index, color, live), [index, onChange]);
  return <ColorPicker label={`Colorway colour ${index + 1}`} value={value} onChange={change} onCommit={onCommit} anchor={anchor} />;
});
