import type { KeyboardEvent } from 'react';
import { resolveTheme } from '../../theme-runtime/index.ts';
import { PRESETS } from '../presets.ts';
import { useEditor } from '../store/editor-store.ts';

/** One-click start from any preset; each thumbnail is drawn in the preset's own colours. */
export function PresetGallery() {
  const presetId = useEditor((s) => s.presetId);
  const mode = useEditor((s) => s.mode);
  const loadPreset = useEditor((s) => s.loadPreset);

  // Arrow keys move through the radio group, as in any radio group.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = PRESETS.findIndex((p) => p.id === presetId);
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = PRESETS[(Math.max(0, at) + step + PRESETS.length) % PRESETS.length];
    if (next) {
      loadPreset(next.id);
      document.getElementById(`preset-${next.id}`)?.focus();
    }
  };

  return (
    <div className="presets" role="radiogroup" aria-label="Start from a preset" onKeyDown={onKeyDown}>
      {PRESETS.map((p, i) => {
        const r = resolveTheme(p.theme, mode);
        const selected = p.id === presetId;
        return (
          <button
            key={p.id}
            id={`preset-${p.id}`}
            type="button"
            role="radio"
            aria-checked={selected}
            tabIndex={selected || (presetId === undefined && i === 0) ? 0 : -1}
            className="preset"
            onClick={() => loadPreset(p.id)}
            title={p.theme.description}
          >
            <span className="preset-thumb" aria-hidden="true" style={{ background: r.colors.backgroundPage }}>
              <span className="preset-card" style={{ background: r.colors.backgroundContent, borderTop: `3px solid ${r.colors.accent}`, borderRadius: Math.min(6, r.shape.radius) }}>
                <span className="preset-title" style={{ background: r.colors.heading }} />
                <span className="preset-swatches">
                  {r.colorway.slice(0, 6).map((c, j) => (
                    <span key={j} style={{ background: c }} />
                  ))}
                </span>
              </span>
            </span>
            <span className="preset-name" style={{ fontFamily: p.theme.typography.heading.family }}>
              {p.theme.name}
            </span>
          </button>
        );
      })}
    </div>
  );
}
