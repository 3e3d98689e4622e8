import { stringify } from 'yaml';
import { resolveTheme } from '../model/resolve.ts';
import type { Mode, Theme } from '../model/types.ts';
import { familyParts } from './font-family.ts';

// Posit's brand.yml, read by Quarto, Shiny for Python and R, and plotnine / great_tables
// through brand_yml: a palette, semantic colours and typography. A brand.yml colour is a
// single value, so each mode is its own file (Quarto takes both: `brand: { light:
// _brand.yml, dark: _brand-dark.yml }`). Semantic colours name palette entries, as the
// format suggests, so the palette carries the theme's roles and its series colours.

/** The theme as a brand.yml document for one mode. */
export function toBrandYml(theme: Theme, mode: Mode): string {
  const r = resolveTheme(theme, mode);
  const c = r.colors;
  const family = (css: string) => familyParts(css).names[0] ?? familyParts(css).generic;
  const named = [...new Set([r.fonts.body.family, r.fonts.heading.family, r.fonts.mono.family].map((f) => familyParts(f).names[0]).filter((f) => f !== undefined))];
  const document = {
    meta: { name: theme.name, ...(theme.description === undefined ? {} : { description: theme.description }) },
    color: {
      palette: {
        accent: c.accent,
        positive: c.accentPositive,
        negative: c.accentNegative,
        warning: c.accentWarning,
        page: c.backgroundPage,
        surface: c.backgroundContent,
        text: c.text,
        subtle: c.subtleText,
        ...Object.fromEntries(r.colorway.map((color, i) => [`series-${i + 1}`, color])),
      },
      foreground: 'text',
      background: 'page',
      primary: 'accent',
      secondary: 'subtle',
      success: 'positive',
      warning: 'warning',
      danger: 'negative',
      light: mode === 'light' ? 'surface' : c.text,
      dark: mode === 'dark' ? 'surface' : c.text,
    },
    typography: {
      fonts: named.map((f) => ({ family: f, source: 'system' })),
      base: { family: family(r.fonts.body.family), size: `${r.fonts.body.size}px`, weight: r.fonts.body.weight, 'line-height': r.fonts.body.lineHeight },
      headings: { family: family(r.fonts.heading.family), weight: r.fonts.heading.weight, 'line-height': r.fonts.heading.lineHeight, color: c.heading },
      monospace: { family: family(r.fonts.mono.family), size: `${r.fonts.mono.size}px`, weight: r.fonts.mono.weight },
      link: { color: 'accent' },
    },
  };
  return `# ${theme.name.replace(/[\r\n]/g, ' ')} (${mode}): brand.yml written by Design Kit.\n${stringify(document)}`;
}
