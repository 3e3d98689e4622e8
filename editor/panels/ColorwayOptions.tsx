import { useMemo } from 'react';
import { COLORWAY_VARIANTS, suggestSeries, type ColorwayVariant } from '../../theme-runtime/index.ts';
import { colorwayVerdict } from './colorway-verdict.ts';
import { usePacedSelector } from '../ui/use-paced-value.ts';

const NAMES: Record<ColorwayVariant, { title: string; hint: string }> = {
  balanced: { title: 'Balanced', hint: 'Even saturation, hues spread' },
  vivid: { title: 'Vivid', hint: 'As saturated as the screen allows' },
  muted: { title: 'Muted', hint: 'Calm, editorial, never grey' },
  analogous: { title: 'Analogous', hint: 'Hues leaning to the brand’s, as far as distinctness allows' },
};

/**
 * Four suggestions from the accent side by side, each in both modes with its verdict, so a
 * person compares them as a designer would and takes one with a click.
 */
export function ColorwayOptions({ count, onUse }: { count: number; onUse: (series: string[], variant: ColorwayVariant) => void }) {
  // Shown only when asked for: this panel alone follows the whole theme.
  const theme = usePacedSelector((s) => s.theme);
  const accent = theme.colors.light.accent;
  const light = theme.colors.light;
  const dark = theme.colors.dark;
  const options = useMemo(
    () =>
      COLORWAY_VARIANTS.map((variant) => ({
        variant,
        ...suggestSeries(accent, {
          count,
          variant,
          backgrounds: { light: light.plotBackground, dark: dark.plotBackground },
          reserved: [light.accentNegative, light.accentPositive, dark.accentNegative, dark.accentPositive],
        }),
      })),
    [accent, count, light.plotBackground, dark.plotBackground, light.accentNegative, light.accentPositive, dark.accentNegative, dark.accentPositive],
  );
  return (
    <ul className="colorway-options" aria-label="Suggested colorways">
      {options.map((o) => (
        <li key={o.variant} className="colorway-option" data-variant={o.variant}>
          <div className="colorway-option-head">
            <strong>{NAMES[o.variant].title}</strong>
            <span className="field-hint">{NAMES[o.variant].hint}</span>
          </div>
          {(['light', 'dark'] as const).map((mode) => {
            const colors = o[mode];
            const bg = mode === 'light' ? light.plotBackground : dark.plotBackground;
            const verdict = colorwayVerdict(colors, bg);
            return (
              <div key={mode} className="colorway-option-mode">
                <span className="colorway-option-swatches" style={{ background: bg }} role="list" aria-label={`${NAMES[o.variant].title}, ${mode} mode`}>
                  {colors.map((c, i) => (
                    <span key={i} role="listitem" className="mode-swatch" style={{ background: c }} title={c} aria-label={c} />
                  ))}
                </span>
                <span className={`colorway-mode-verdict verdict-${verdict.tone}`}>
                  {mode === 'light' ? 'Light' : 'Dark'}: {verdict.text}
                </span>
              </div>
            );
          })}
          <button type="button" onClick={() => onUse(['{accent}', ...o.series.slice(1)], o.variant)} aria-label={`Use the ${NAMES[o.variant].title.toLowerCase()} colorway`}>
            Use
          </button>
        </li>
      ))}
    </ul>
  );
}
