import { useShallow } from 'zustand/react/shallow';
import { resolveTheme, type Mode } from '../../theme-runtime/index.ts';
import { useChecks } from '../checks/checks.ts';
import { useEditor } from '../store/editor-store.ts';
import { verdictOf } from './colorway-verdict.ts';

/**
 * The colorway as both modes draw it, each on its own plot background, with its verdict:
 * the mode not being edited is one glance away, not one toggle.
 */
export function ColorwayModes() {
  return (
    <div className="colorway-modes" aria-label="Colorway in both modes">
      <ModeRow mode="light" />
      <ModeRow mode="dark" />
    </div>
  );
}

/** One mode's series and verdict; renders when they change, not on every edit of the theme. */
function ModeRow({ mode }: { mode: Mode }) {
  const [plot, ...colorway] = useEditor(
    useShallow((s) => {
      const r = resolveTheme(s.theme, mode);
      return [r.colors.plotBackground, ...r.colorway];
    }),
  );
  const verdict = verdictOf(useChecks()[mode].colorway);
  return (
    <div className="colorway-mode" data-testid={`colorway-${mode}`}>
      <span className="colorway-mode-name">{mode === 'light' ? 'Light' : 'Dark'}</span>
      <span className="colorway-mode-swatches" style={{ background: plot }} role="list" aria-label={`${mode} mode series`}>
        {colorway.map((c, i) => (
          <span key={i} role="listitem" className="mode-swatch" style={{ background: c }} title={`Series ${i + 1} in ${mode} mode: ${c}`} aria-label={`Series ${i + 1}: ${c}`} />
        ))}
      </span>
      <span className={`colorway-mode-verdict verdict-${verdict.tone}`}>{verdict.text}</span>
    </div>
  );
}
