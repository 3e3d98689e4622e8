import { contrastRatio } from '../color/contrast.ts';
import { fromOklch } from '../color/oklch.ts';
import { requireColor } from '../color/parse.ts';
import { seriesVariant } from '../color/series-variant.ts';
import { suggestColorscale } from '../color/suggest-colorscale.ts';
import { suggestSeries } from '../color/suggest-colorway.ts';
import { DEFAULT_THEME } from '../model/defaults.ts';
import { deriveAccentText, readableOnAll } from '../model/resolve.ts';
import type { Mode, ModeColors, Theme } from '../model/types.ts';

export interface ThemeFromBrandOptions {
  /** The greys' undertone: towards blue, towards sand, or none. Default `cool`. */
  neutral?: 'cool' | 'warm' | 'neutral';
  /** `standard`: every text pair passes WCAG AA (4.5:1); `high`: AAA (7:1). Default `standard`. */
  contrast?: 'standard' | 'high';
  /** The theme's name; default "Brand" and the first colour. */
  name?: string;
}

// Neutral undertones as OKLCH hue and chroma: cool leans to slate, warm to stone.
const UNDERTONE = { cool: { hue: 255, chroma: 0.012 }, warm: { hue: 70, chroma: 0.01 }, neutral: { hue: 0, chroma: 0 } } as const;

// Surfaces and lines by OKLCH lightness, per mode: light paper with white cards; dark
// slate with cards a step lighter (elevation reads as lightness in the dark).
const SURFACES = {
  light: { page: 0.975, content: 1, text: 0.28, heading: 0.2, subtle: 0.52, border: 0.89, grid: 0.94 },
  dark: { page: 0.17, content: 0.215, text: 0.9, heading: 0.96, subtle: 0.74, border: 0.34, grid: 0.29 },
} as const;

// Good, bad and caution news keep their conventional hues whatever the brand.
const TONES = { accentPositive: { hue: 150, chroma: 0.15 }, accentNegative: { hue: 27, chroma: 0.19 }, accentWarning: { hue: 65, chroma: 0.15 } } as const;

const WEAK_FILL = 1.5;

/**
 * A complete theme, both modes, from one to three brand colours. The first is exactly the
 * light-mode accent (the brand fill: buttons, card edges, the first series); dark mode
 * draws it a step lighter, the way dark-mode palettes do. Every colour that is text — the
 * accent as text included (`accentText`) — is moved, hue kept, until it passes WCAG AA on
 * every surface it sits on (AAA with `contrast: 'high'`), so checkTheme finds no failures
 * for any brand. The series are the balanced suggestion from the brand (the other brand
 * colours next), kept clear of the positive and negative colours. When the brand cannot
 * carry text, or barely shows as a fill, the theme's description says so.
 */
export function themeFromBrand(brand: string | readonly string[], options: ThemeFromBrandOptions = {}): Theme {
  const colors = (typeof brand === 'string' ? [brand] : [...brand]).map((c) => requireColor(c).slice(0, 7));
  const [first, ...others] = colors;
  if (first === undefined) throw new TypeError('themeFromBrand needs at least one brand colour');
  if (others.length > 2) throw new TypeError(`themeFromBrand takes one to three brand colours, got ${colors.length}`);
  const high = options.contrast === 'high';
  const textTarget = high ? 7.05 : 4.55;
  const undertone = UNDERTONE[options.neutral ?? 'cool'];
  const grey = (l: number) => fromOklch(l, undertone.chroma, undertone.hue);
  const notes: string[] = [];

  const modeColors = (mode: Mode): ModeColors => {
    const s = SURFACES[mode];
    const page = grey(s.page);
    const content = grey(s.content);
    const surfaces = [page, content];
    // Text moved until it reads on the harder of the two surfaces.
    const readable = (color: string) => readableOnAll(color, surfaces, textTarget);
    const accent = mode === 'light' ? first : seriesVariant(first, content);
    const tone = (t: { hue: number; chroma: number }) => readable(fromOklch(mode === 'light' ? 0.55 : 0.78, t.chroma, t.hue));
    const roles: ModeColors = {
      accent,
      accentPositive: tone(TONES.accentPositive),
      accentNegative: tone(TONES.accentNegative),
      accentWarning: tone(TONES.accentWarning),
      backgroundPage: page,
      backgroundContent: content,
      plotBackground: content,
      text: readable(grey(s.text)),
      heading: readable(grey(s.heading)),
      subtleText: readable(grey(s.subtle)),
      border: grey(s.border),
      grid: grey(s.grid),
    };
    // Only set when it differs from what resolveTheme would derive at AA.
    const accentText = deriveAccentText(accent, surfaces, textTarget);
    if (accentText !== deriveAccentText(accent, surfaces)) roles.accentText = accentText;
    if (accentText !== accent) notes.push(`In ${mode} mode ${accent} cannot carry text on these surfaces: links and outline buttons use ${accentText}.`);
    if (contrastRatio(accent, content) < WEAK_FILL) notes.push(`In ${mode} mode ${accent} barely shows on the cards (${contrastRatio(accent, content).toFixed(2)}:1): keyboard focus rings use ${accentText}.`);
    return roles;
  };
  const light = modeColors('light');
  const dark = modeColors('dark');

  const series = suggestSeries(first, {
    count: 8,
    variant: 'balanced',
    include: others,
    backgrounds: { light: light.plotBackground, dark: dark.plotBackground },
    reserved: [light.accentNegative, light.accentPositive, dark.accentNegative, dark.accentPositive],
  });
  // A filled button's label is black or white; where neither reaches the target on the
  // brand (a mid grey at AAA), buttons and tags are outlined so no text sits on the fill.
  const labelFits = (accent: string) => Math.max(contrastRatio('#000000', accent), contrastRatio('#ffffff', accent)) >= textTarget;
  const fillCarriesText = labelFits(light.accent) && labelFits(dark.accent);
  if (!fillCarriesText) notes.push('Neither black nor white text reaches the contrast asked for on the brand fill: buttons and tags are outlined.');

  const theme: Theme = {
    ...DEFAULT_THEME,
    name: options.name ?? `Brand ${first}`,
    colors: { light, dark },
    colorway: ['{accent}', ...series.series.slice(1)],
    scales: { sequential: suggestColorscale(first, 'sequential'), diverging: suggestColorscale(first, 'diverging') },
    components: {
      ...DEFAULT_THEME.components,
      button: { variant: fillCarriesText ? 'filled' : 'outline' },
      header: { style: 'surface' },
      tag: { ...DEFAULT_THEME.components.tag, variant: fillCarriesText ? DEFAULT_THEME.components.tag.variant : 'outline' },
    },
  };
  const { colorwayOverrides: _defaults, ...withoutOverrides } = theme;
  const description = [`Made from ${colors.join(', ')}${high ? ', high contrast' : ''}.`, ...notes].join(' ');
  return { ...withoutOverrides, description: description.slice(0, 500) };
}
