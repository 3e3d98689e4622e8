import { contrastRatio, readableOn } from '../color/contrast.ts';
import { fixContrastHex } from '../color/fix-contrast-hex.ts';
import { seriesVariant } from '../color/series-variant.ts';
import { withAlpha, type HexColor } from '../color/hex.ts';
import { mix } from '../color/mix.ts';
import { divergingFor, sequentialFor } from '../color/scale-for-mode.ts';
import { defined } from './defined.ts';
import { infoTone } from './info-tone.ts';
import { roleOfRef } from './refs.ts';
import type { ColorRef, ColorRole, FontSpec, Mode, OptionalColorRole, ReportSettings, Theme } from './types.ts';

export interface ResolvedFont extends FontSpec {
  /** CSS `text-transform` for this text's capitalisation. */
  textTransform: 'none' | 'uppercase' | 'capitalize' | 'lowercase';
}

/** Final, flat values for one mode: every compiler reads this, never the raw document. */
export interface ResolvedTheme {
  name: string;
  mode: Mode;
  /**
   * Every role, and every optional one (accent text, component colours: tooltips, tables,
   * tags, inputs, report pages) set or derived; then colours the runtime derives itself.
   */
  colors: Record<ColorRole | OptionalColorRole, HexColor> & {
    /** Text drawn on an accent fill (filled buttons, selected tabs). */
    onAccent: HexColor;
    /** Accent fill under the pointer. */
    accentHover: HexColor;
    /**
     * The accent as a line — button borders, focus rings: the accent where it shows on the
     * cards (3:1, WCAG 1.4.11), else the accent text colour, so a white or pale brand still
     * gives buttons a visible edge.
     */
    accentOutline: HexColor;
    /** Keyboard focus ring: the accent outline. */
    focusRing: HexColor;
    /** Zero line on charts: stronger than the grid, weaker than text. */
    zeroLine: HexColor;
    /** A surface a step away from content: table headers, 3-D panes, land on maps. */
    surfaceAlt: HexColor;
    /** A faint accent wash: tag fills, hovered rows and tabs. */
    accentSubtle: HexColor;
    /** The accent, translucent: an outline button under the pointer. */
    accentWash: HexColor;
    /** The accent, translucent and stronger: a selected table row. */
    accentSelected: HexColor;
    /** A border leaning toward the accent: tag outlines. */
    tagBorder: HexColor;
    /** An info notification's edge: the accent, or a grey where the accent could pass for a status colour (info-tone.ts). */
    info: HexColor;
    /** Notification fills: the content background tinted by each tone's colour. */
    infoWash: HexColor;
    positiveWash: HexColor;
    warningWash: HexColor;
    negativeWash: HexColor;
  };
  colorway: HexColor[];
  scales: { sequential: HexColor[]; diverging: HexColor[] };
  /** `header` is the app bar's title: the heading font unless the theme sets its own. */
  fonts: { body: ResolvedFont; heading: ResolvedFont; mono: ResolvedFont; header: ResolvedFont };
  /** Heading sizes in px: h3 is the theme's heading size, each level up multiplies by the scale ratio. */
  headingSizes: { h1: number; h2: number; h3: number };
  shape: { [K in keyof Theme['shape']]-?: Exclude<Theme['shape'][K], undefined> } & { boxShadow: string };
  chart: Theme['chart'];
  breakpoints: Theme['breakpoints'];
  components: Theme['components'];
  /** Cards as drawn: padding and title/description sizes in px, and the title's look. */
  card: { padding: number; headerStyle: 'divided' | 'plain' | 'filled'; titleSize: number; descriptionSize: number };
  /** Reports: every setting given (the defaults where the theme is silent), report text's font. */
  report: { [K in Exclude<keyof ReportSettings, 'fontFamily' | 'fontSize'>]-?: Exclude<ReportSettings[K], undefined> } & { font: ResolvedFont };
}

// Shadow opacity per level; dark surfaces need deeper shadows to read as lifted.
const SHADOWS: Record<Theme['shape']['shadow'], { light: string; dark: string }> = {
  none: { light: 'none', dark: 'none' },
  subtle: { light: '0 1px 2px rgba(16, 24, 40, 0.06), 0 1px 3px rgba(16, 24, 40, 0.10)', dark: '0 1px 3px rgba(0, 0, 0, 0.45)' },
  medium: { light: '0 4px 8px -2px rgba(16, 24, 40, 0.10), 0 2px 4px -2px rgba(16, 24, 40, 0.06)', dark: '0 4px 10px rgba(0, 0, 0, 0.55)' },
  strong: { light: '0 12px 24px -4px rgba(16, 24, 40, 0.16), 0 4px 8px -2px rgba(16, 24, 40, 0.08)', dark: '0 12px 28px rgba(0, 0, 0, 0.7)' },
};

/** Rounds to half pixels: finer steps are invisible and make generated values noisy. */
const halfPx = (n: number) => Math.round(n * 2) / 2;

/** WCAG AA for body text, with a margin so 8-bit rounding cannot drop below it. */
const ACCENT_TEXT_TARGET = 4.55;

/**
 * The accent as text on cards and on the page: the accent itself where it reads (4.5:1 on
 * both), otherwise the nearest colour of its hue that does on the harder of the two.
 */
export function deriveAccentText(accent: HexColor, surfaces: readonly HexColor[], target = ACCENT_TEXT_TARGET): HexColor {
  return readableOnAll(accent, surfaces, target, target - 0.05);
}

/**
 * `color` moved (hue kept) until it reaches `target` on every surface: each round fixes it
 * against the surface it is weakest on, so two close surfaces (page and card) both pass.
 * Already at `enough` everywhere, it is returned as it is.
 */
export function readableOnAll(color: HexColor, surfaces: readonly HexColor[], target: number, enough = target): HexColor {
  let current = color;
  for (let round = 0; round < 4; round++) {
    const hardest = [...surfaces].sort((a, b) => contrastRatio(current, a) - contrastRatio(current, b))[0];
    if (hardest === undefined || contrastRatio(current, hardest) >= (round === 0 ? enough : target)) return current;
    current = fixContrastHex(current, hardest, target) ?? readableOn(hardest);
  }
  return current;
}

/** Series i as `mode` draws it: the override, else the mode's variant of the series colour. */
function seriesColor(theme: Theme, mode: Mode, i: number, roles: Record<ColorRole, HexColor>): HexColor {
  const override = theme.colorwayOverrides?.[mode]?.[i];
  if (override !== undefined && override !== null) return resolveColor(override, roles);
  const ref = theme.colorway[i] ?? '#000000';
  // A {role} is already this mode's colour: only moved if it would not stand out.
  return seriesVariant(resolveColor(ref, roles), roles.plotBackground, { lift: roleOfRef(ref) === undefined });
}

export function resolveColor(ref: ColorRef, roles: Record<ColorRole, HexColor>): HexColor {
  const role = roleOfRef(ref);
  return role === undefined ? ref : roles[role];
}

/**
 * One scale as `mode` draws it: the mode's own, else the shared one oriented for the mode's
 * plot area. `roles` are the mode's colours ({role} stops resolve to them).
 */
export function resolveScale(scales: Theme['scales'], mode: Mode, kind: 'sequential' | 'diverging', roles: Record<ColorRole, HexColor>): HexColor[] {
  const own = scales[mode]?.[kind];
  if (own) return own.map((c) => resolveColor(c, roles));
  const shared = scales[kind].map((c) => resolveColor(c, roles));
  return kind === 'sequential' ? sequentialFor(shared, roles.plotBackground) : divergingFor(shared, roles.plotBackground);
}

/** The fonts and heading sizes a theme's typography resolves to (the same in both modes). */
export function resolveTypography(t: Theme['typography']): Pick<ResolvedTheme, 'fonts' | 'headingSizes'> {
  const caseOf = (font: FontSpec, transform: ResolvedFont['textTransform']): ResolvedFont => ({ ...font, textTransform: transform });
  const h2 = halfPx(t.heading.size * t.scaleRatio);
  const header = { ...t.heading, size: h2, ...defined(t.header) };
  return {
    fonts: { body: caseOf(t.body, 'none'), heading: caseOf(t.heading, t.titleCase), mono: caseOf(t.mono, 'none'), header: caseOf(header, t.titleCase) },
    headingSizes: { h1: halfPx(t.heading.size * t.scaleRatio ** 2), h2, h3: t.heading.size },
  };
}

const REPORT_DEFAULTS = { pageSize: 'A4', orientation: 'portrait', margin: 16, header: '', footer: '', pageNumbers: true, paper: 'light' } as const;

const TRANSPARENT = '#00000000';

/** Component colours: each optional role the theme sets, else what the roles and component choices give. */
function componentColors(theme: Theme, mode: Mode, c: Record<ColorRole, HexColor> & { accentSubtle: HexColor; surfaceAlt: HexColor; onAccent: HexColor }) {
  const set = theme.colors[mode];
  const { tag, controls } = theme.components;
  const tagBackground = set.tagBackground ?? { subtle: c.accentSubtle, outline: TRANSPARENT, solid: c.accent }[tag.variant];
  const tagText = set.tagText ?? (tag.variant === 'solid' ? (set.tagBackground === undefined ? c.onAccent : readableOn(tagBackground, '#000000', '#ffffff')) : c.text);
  return {
    tooltipBackground: set.tooltipBackground ?? c.backgroundContent,
    tooltipText: set.tooltipText ?? c.text,
    tableBorder: set.tableBorder ?? c.border,
    tableStripe: set.tableStripe ?? mix(c.backgroundContent, c.grid, 0.35),
    tagBackground,
    tagText,
    controlBackground: set.controlBackground ?? { outlined: c.backgroundContent, filled: c.surfaceAlt, underlined: TRANSPARENT }[controls.style],
    controlBorder: set.controlBorder ?? c.border,
    reportBackground: set.reportBackground ?? c.backgroundContent,
    reportText: set.reportText ?? c.text,
  };
}

// Themes are immutable values (edits make new objects), so a theme object's resolution
// never changes: compile calls for every component share one. WeakMap keys let unused
// themes be collected.
const cache = new WeakMap<Theme, Partial<Record<Mode, ResolvedTheme>>>();

/** Final values for one mode. The result is shared between callers: treat it as read-only. */
export function resolveTheme(theme: Theme, mode: Mode): ResolvedTheme {
  let entry = cache.get(theme);
  if (entry === undefined) cache.set(theme, (entry = {}));
  return (entry[mode] ??= computeResolved(theme, mode));
}

function computeResolved(theme: Theme, mode: Mode): ResolvedTheme {
  const { accentText: setAccentText, ...roles } = theme.colors[mode];
  const accentText = setAccentText ?? deriveAccentText(roles.accent, [roles.backgroundContent, roles.backgroundPage]);
  const accentOutline = contrastRatio(roles.accent, roles.backgroundContent) >= 3 ? roles.accent : accentText;
  const { typography: t } = theme;
  // Tints stronger in dark mode, where a faint one disappears into the dark surface.
  const wash = (color: HexColor) => mix(roles.backgroundContent, color, mode === 'light' ? 0.08 : 0.14);
  const onAccent = readableOn(roles.accent, '#000000', '#ffffff');
  const surfaceAlt = mix(roles.backgroundContent, roles.grid, 0.6);
  const accentSubtle = mix(roles.backgroundContent, roles.accent, mode === 'light' ? 0.1 : 0.18);
  const info = infoTone(roles.accent, [roles.accentPositive, roles.accentWarning, roles.accentNegative], roles.subtleText);
  const typography = resolveTypography(t);
  const report = theme.report ?? {};
  return {
    name: theme.name,
    mode,
    colors: {
      ...roles,
      ...componentColors(theme, mode, { ...roles, accentSubtle, surfaceAlt, onAccent }),
      accentText,
      onAccent,
      accentHover: mix(roles.accent, mode === 'light' ? '#000000' : '#ffffff', 0.12),
      accentOutline,
      focusRing: accentOutline,
      zeroLine: mix(roles.grid, roles.text, 0.35),
      surfaceAlt,
      accentSubtle,
      accentWash: withAlpha(roles.accent, 0.1),
      accentSelected: withAlpha(roles.accent, 0.22),
      tagBorder: mix(roles.border, roles.accent, 0.3),
      info,
      infoWash: wash(info),
      positiveWash: wash(roles.accentPositive),
      warningWash: wash(roles.accentWarning),
      negativeWash: wash(roles.accentNegative),
    },
    colorway: theme.colorway.map((_, i) => seriesColor(theme, mode, i, roles)),
    // One pair of scales serves both modes, oriented for each mode's plot area, unless the
    // mode has its own.
    scales: { sequential: resolveScale(theme.scales, mode, 'sequential', roles), diverging: resolveScale(theme.scales, mode, 'diverging', roles) },
    ...typography,
    shape: { ...theme.shape, sectionGap: theme.shape.sectionGap ?? theme.shape.spacing * 3, boxShadow: SHADOWS[theme.shape.shadow][mode] },
    chart: theme.chart,
    breakpoints: theme.breakpoints,
    components: theme.components,
    card: {
      padding: theme.components.card.padding ?? theme.shape.spacing * 2,
      headerStyle: theme.components.card.headerStyle ?? 'divided',
      titleSize: theme.components.card.titleSize ?? typography.headingSizes.h3,
      descriptionSize: theme.components.card.descriptionSize ?? t.body.size * 0.875,
    },
    report: {
      ...REPORT_DEFAULTS,
      ...defined(report),
      font: { ...typography.fonts.body, ...defined({ family: report.fontFamily, size: report.fontSize }) },
    },
  };
}
