import { useState } from 'react';
import { resolveColor } from '../../theme-runtime/index.ts';
import { useEditor } from '../store/editor-store.ts';
import { loadSavedColorways, storeSavedColorways, type SavedColorway } from '../store/persistence.ts';
import { useStoredListNotice } from './stored-list-notice.ts';

/** Keep colorways you like and reuse them in other themes. */
export function SavedColorways() {
  const [loaded] = useState(() => loadSavedColorways());
  const [saved, setSaved] = useState<SavedColorway[]>(loaded.colorways);
  const name = useEditor((s) => s.theme.name);
  const colorway = useEditor((s) => s.theme.colorway);
  // The colours the saved series are drawn against, only while there are some to draw: a drag
  // of any colour would render this panel on every step for nothing.
  const colors = useEditor((s) => (saved.length > 0 ? s.theme.colors[s.mode] : undefined));
  const replaceColorway = useEditor((s) => s.replaceColorway);
  const notify = useEditor((s) => s.notify);
  useStoredListNotice(loaded, 'saved colorways');
  const update = (next: SavedColorway[]) => {
    setSaved(next);
    const result = storeSavedColorways(next);
    if (!result.ok) notify({ tone: 'warning', title: `Saved colorways could not be stored: ${result.message}.` });
  };
  return (
    <div className="saved-colorways">
      <div className="button-row">
        <button type="button" onClick={() => update([...saved, { name: `${name} colorway ${saved.length + 1}`, colors: [...colorway] }])}>
          Save this colorway
        </button>
      </div>
      {saved.length > 0 && (
        <ul aria-label="Saved colorways">
          {saved.map((c, i) => (
            <li key={`${c.name}-${i}`}>
              <span className="cvd-swatches" aria-hidden="true">
                {c.colors.map((color, j) => (
                  <span key={j} className="cvd-swatch" style={colors && { background: resolveColor(color, colors) }} />
                ))}
              </span>
              <span className="saved-name">{c.name}</span>
              <button type="button" onClick={() => replaceColorway([...c.colors])} aria-label={`Use ${c.name}`}>
                Use
              </button>
              <button type="button" onClick={() => update(saved.filter((_, j) => j !== i))} aria-label={`Delete ${c.name}`}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
