import { useId } from 'react';
import { ROLE_DESCRIPTIONS } from '../../theme-runtime/index.ts';
import { PRESETS } from '../presets.ts';
import { useEditor } from '../store/editor-store.ts';
import { ColorField } from './ColorField.tsx';

/** The control panel: where a theme starts (preset) and its brand colour. */
export function ThemePanel() {
  const presetSelectId = useId();
  const presetId = useEditor((s) => s.presetId);
  const loadPreset = useEditor((s) => s.loadPreset);
  const mode = useEditor((s) => s.mode);
  const accent = useEditor((s) => s.theme.colors[s.mode].accent);
  const setRole = useEditor((s) => s.setRole);

  return (
    <aside className="panel" aria-label="Theme settings">
      <section className="panel-section">
        <h2 className="panel-heading">Preset</h2>
        <label htmlFor={presetSelectId} className="field-label">
          Start from
        </label>
        <select id={presetSelectId} value={presetId} onChange={(e) => loadPreset(e.target.value)}>
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.theme.name}
            </option>
          ))}
        </select>
      </section>
      <section className="panel-section">
        <h2 className="panel-heading">Colours · {mode === 'light' ? 'light' : 'dark'} mode</h2>
        <ColorField label="Accent" value={accent} description={ROLE_DESCRIPTIONS.accent} onChange={(c) => setRole('accent', c)} />
      </section>
    </aside>
  );
}
