import { resolveTheme, type Theme } from '../../theme-runtime/index.ts';
import { colorwayVerdict } from './colorway-verdict.ts';

/**
 * The colorway as both modes draw it, each on its own plot background, with its verdict:
 * the mode not being edited is one glance away, not one toggle.
 */
export function ColorwayModes({ theme }: { theme: Theme }) {
  return (
    <div className="colorway-modes" aria-label="Colorway in both modes">
      {(['light', 'dark'] as const).map((mode) => {
        const r = resolveTheme(theme, mode);
        const verdict = colorwayVerdict(r.colorway, r.colors.plotBackground);
        return (
          <div className="colorway-mode" key={mode} data-testid={`colorway-${mode}`}>
            <span className="colorway-mode-name">{mode === 'light' ? 'Light' : 'Dark'}</span>
            <span className="colorway-mode-swatches" style={{ background: r.colors.plotBackground }} role="list" aria-label={`${mode} mode series`}>
              {r.colorway.map((c, i) => (
                <span key={i} role="listitem" className="mode-swatch" style={{ background: c }} title={`Series ${i + 1} in ${mode} mode: ${c}`} aria-label={`Series ${i + 1}: ${c}`} />
              ))}
            </span>
            <span className={`colorway-mode-verdict verdict-${verdict.tone}`}>{verdict.text}</span>
          </div>
        );
      })}
    </div>
  );
}
