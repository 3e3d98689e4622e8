import { stringify } from 'smol-toml';
import { resolveTheme } from '../model/resolve.ts';
import type { Mode, Theme } from '../model/types.ts';
import { familyParts } from './font-family.ts';

// Streamlit's `.streamlit/config.toml` theme: the mode-free keys in [theme], each mode's
// colours in [theme.light] and [theme.dark] (Streamlit 1.46+ lets the viewer switch). Key
// names are those of Streamlit's config.toml reference (fixtures/formats/streamlit-theme.json).

const radius = (px: number) => `${px}px`;

function modeTable(theme: Theme, mode: Mode): Record<string, string | string[]> {
  const r = resolveTheme(theme, mode);
  const c = r.colors;
  return {
    primaryColor: c.accent,
    backgroundColor: c.backgroundPage,
    secondaryBackgroundColor: c.backgroundContent,
    textColor: c.text,
    linkColor: c.accentText,
    borderColor: c.border,
    codeBackgroundColor: r.colors.surfaceAlt,
    redColor: c.accentNegative,
    greenColor: c.accentPositive,
    orangeColor: c.accentWarning,
    chartCategoricalColors: r.colorway,
    chartSequentialColors: r.scales.sequential,
    chartDivergingColors: r.scales.diverging,
  };
}

/** The `[theme]` part of `.streamlit/config.toml` for both modes. */
export function toStreamlitConfig(theme: Theme): string {
  const light = resolveTheme(theme, 'light');
  // Streamlit names a family or one of its own: "sans-serif", "serif", "monospace".
  const font = (family: string) => familyParts(family).names[0] ?? familyParts(family).generic;
  const table = {
    theme: {
      base: 'light',
      font: font(light.fonts.body.family),
      headingFont: font(light.fonts.heading.family),
      codeFont: font(light.fonts.mono.family),
      baseFontSize: light.fonts.body.size,
      baseRadius: radius(light.shape.radius),
      buttonRadius: radius(light.shape.radius),
      showWidgetBorder: light.shape.borderWidth > 0,
      light: modeTable(theme, 'light'),
      dark: modeTable(theme, 'dark'),
    },
  };
  return `# ${theme.name.replace(/[\r\n]/g, ' ')}: Streamlit theme written by Design Kit. Put it in .streamlit/config.toml.\n${stringify(table)}\n`;
}
