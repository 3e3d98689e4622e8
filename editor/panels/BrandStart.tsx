import { useId, useState } from 'react';
import { themeFromBrand, type ThemeFromBrandOptions } from '../../theme-runtime/index.ts';
import { useEditor } from '../store/editor-store.ts';
import { ColorField } from './ColorField.tsx';

type Neutral = NonNullable<ThemeFromBrandOptions['neutral']>;
type Contrast = NonNullable<ThemeFromBrandOptions['contrast']>;

/**
 * "Start from brand colours": one to three brand colours, an undertone for the greys and a
 * contrast level make a whole theme — both modes, series, scales — that passes every check.
 * Replacing the theme is one undo step, as loading a preset is.
 */
export function BrandStart() {
  const replaceTheme = useEditor((s) => s.replaceTheme);
  const showToast = useEditor((s) => s.showToast);
  const [open, setOpen] = useState(false);
  // Read only while the form shows it: closed, an Accent drag has nothing here to render.
  const current = useEditor((s) => (open ? s.theme.colors.light.accent : ''));
  const [colors, setColors] = useState<string[]>([]);
  const [neutral, setNeutral] = useState<Neutral>('cool');
  const [contrast, setContrast] = useState<Contrast>('standard');
  const id = useId();
  const brand = colors.length > 0 ? colors : [current];

  const setAt = (i: number, color: string) => setColors(brand.map((c, j) => (j === i ? color : c)));
  const create = () => {
    const theme = themeFromBrand(brand, { neutral, contrast });
    replaceTheme(theme);
    const [made, ...notes] = (theme.description ?? '').split(/(?<=\.) /);
    showToast({ title: `New theme from ${brand.join(', ')}`, details: [made ?? '', ...notes, 'Undo (Ctrl+Z) brings the previous theme back.'].filter((d) => d !== '') });
  };

  if (!open) {
    return (
      <div className="button-row brand-start-open">
        <button type="button" aria-expanded={false} onClick={() => setOpen(true)}>
          Start from brand colours…
        </button>
      </div>
    );
  }
  return (
    <div className="brand-start" role="group" aria-labelledby={`${id}-title`}>
      <h3 className="panel-subheading" id={`${id}-title`}>
        Start from brand colours
      </h3>
      {brand.map((c, i) => (
        <div key={i} className="brand-colour">
          <ColorField label={i === 0 ? 'Brand colour' : `Brand colour ${i + 1}`} value={c} onChange={(color) => setAt(i, color)} description={i === 0 ? 'Becomes the accent exactly: buttons, card edges, the first series' : 'Becomes the next series'} />
          {i > 0 && (
            <button type="button" className="link-button" aria-label={`Remove brand colour ${i + 1}`} onClick={() => setColors(brand.filter((_, j) => j !== i))}>
              Remove
            </button>
          )}
        </div>
      ))}
      {brand.length < 3 && (
        <button type="button" className="link-button" onClick={() => setColors([...brand, brand.length === 1 ? '#f97316' : '#0d9488'])}>
          Add a brand colour
        </button>
      )}
      <div className="brand-options">
        <label>
          Greys
          <select value={neutral} onChange={(e) => setNeutral(e.target.value as Neutral)}>
            <option value="cool">Cool (slate)</option>
            <option value="warm">Warm (stone)</option>
            <option value="neutral">Neutral</option>
          </select>
        </label>
        <label>
          Contrast
          <select value={contrast} onChange={(e) => setContrast(e.target.value as Contrast)}>
            <option value="standard">Standard (WCAG AA)</option>
            <option value="high">High (WCAG AAA)</option>
          </select>
        </label>
      </div>
      <div className="button-row">
        <button type="button" className="primary" onClick={create}>
          Create theme
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
