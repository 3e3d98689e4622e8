import { alphaOf, toRgba } from '../color/hex.ts';
import { roleOfRef } from '../model/refs.ts';
import { resolveTheme } from '../model/resolve.ts';
import { COLOR_ROLES, OPTIONAL_COLOR_ROLES } from '../model/roles.ts';
import type { ColorRef, FontSpec, Mode, Theme } from '../model/types.ts';
import { familyList } from './font-family.ts';

// W3C Design Tokens Format Module (DTCG, 2025.10): every token has $value and $type;
// colours are sRGB component objects with a hex fallback; dimensions are {value, unit};
// references are "{group.token}" aliases.

type Token = { $type: string; $value: unknown; $description?: string; $extensions?: Record<string, unknown> };

/** Our key in DTCG `$extensions` (reverse-domain, as the format asks). */
export const EXTENSION = 'dev.design-kit';
type Group = { [key: string]: Token | Group | string };

export function colorToken(hex: string): Token {
  const [r, g, b] = toRgba(hex);
  const alpha = alphaOf(hex);
  const round = (n: number) => Number((n / 255).toFixed(4));
  return {
    $type: 'color',
    $value: { colorSpace: 'srgb', components: [round(r), round(g), round(b)], ...(alpha < 1 ? { alpha: Number(alpha.toFixed(4)) } : {}), hex: hex.slice(0, 7) },
  };
}

/** A colorway or scale entry: a colour, or an alias to the same mode's role. */
function refToken(ref: ColorRef, mode: Mode): Token {
  const role = roleOfRef(ref);
  return role === undefined ? colorToken(ref) : { $type: 'color', $value: `{color.${mode}.${role}}` };
}

const px = (value: number): Token => ({ $type: 'dimension', $value: { value, unit: 'px' } });


function fontGroup(font: FontSpec): Group {
  return {
    // The CSS text rides along so quoting and spacing survive a round trip.
    family: { $type: 'fontFamily', $value: familyList(font.family), $extensions: { [EXTENSION]: { css: font.family } } },
    size: px(font.size),
    weight: { $type: 'fontWeight', $value: font.weight },
    lineHeight: { $type: 'number', $value: font.lineHeight },
  };
}

function list(refs: ColorRef[], mode: Mode): Group {
  return Object.fromEntries(refs.map((ref, i) => [String(i + 1), refToken(ref, mode)]));
}

/**
 * The theme as W3C design tokens. Colours, the colorway and the scales are grouped per mode
 * (color.light / color.dark); `{accent}`-style colorway entries become aliases. Settings
 * that are choices rather than values (gridlines, legend position, …) go under
 * $extensions["dev.design-kit"], so a round trip loses nothing.
 */
export function toDesignTokens(theme: Theme): Group {
  // Each mode's group holds what that mode draws: its accent text and its own series (a
  // {role} series stays an alias where the mode draws the role itself). How they are
  // derived — the series list and which colours are set rather than derived — rides in
  // the extension, so a round trip gives the same document.
  const colors = (mode: Mode): Group => {
    const r = resolveTheme(theme, mode);
    const series = theme.colorway.map((ref, i) => {
      const override = theme.colorwayOverrides?.[mode]?.[i];
      if (override !== undefined && override !== null) return override;
      const role = roleOfRef(ref);
      return role !== undefined && r.colors[role] === r.colorway[i] ? ref : (r.colorway[i] ?? ref);
    });
    return {
      ...Object.fromEntries(COLOR_ROLES.map((role) => [role, colorToken(theme.colors[mode][role])])),
      // What the mode draws for each optional colour (accent text, component colours), set or derived.
      ...Object.fromEntries(OPTIONAL_COLOR_ROLES.map((role) => [role, colorToken(r.colors[role])])),
      colorway: list(series, mode),
      sequential: list(theme.scales[mode]?.sequential ?? theme.scales.sequential, mode),
      diverging: list(theme.scales[mode]?.diverging ?? theme.scales.diverging, mode),
    };
  };
  const setColors = (mode: Mode) => Object.fromEntries(OPTIONAL_COLOR_ROLES.map((role) => [role, theme.colors[mode][role] !== undefined]));
  const ownScales = (mode: Mode) => ({ sequential: theme.scales[mode]?.sequential !== undefined, diverging: theme.scales[mode]?.diverging !== undefined });
  const t = theme.typography;
  return {
    $description: `${theme.name} — Design Kit theme${theme.description === undefined ? '' : `: ${theme.description}`}`,
    color: { light: colors('light'), dark: colors('dark') },
    font: {
      body: fontGroup(t.body),
      heading: fontGroup(t.heading),
      mono: fontGroup(t.mono),
      // The app bar's title as drawn (the heading font at h2 unless the theme sets its own).
      header: fontGroup(resolveTheme(theme, 'light').fonts.header),
      report: fontGroup(resolveTheme(theme, 'light').report.font),
      scaleRatio: { $type: 'number', $value: t.scaleRatio },
    },
    size: {
      radius: px(theme.shape.radius),
      borderWidth: px(theme.shape.borderWidth),
      spacing: px(theme.shape.spacing),
      lineWidth: px(theme.chart.lineWidth),
      markerSize: px(theme.chart.markerSize),
      breakpointPhone: px(theme.breakpoints.phone),
      breakpointTablet: px(theme.breakpoints.tablet),
      sectionGap: px(resolveTheme(theme, 'light').shape.sectionGap),
      cardPadding: px(resolveTheme(theme, 'light').card.padding),
      cardTitle: px(resolveTheme(theme, 'light').card.titleSize),
      cardDescription: px(resolveTheme(theme, 'light').card.descriptionSize),
      reportMargin: { $type: 'dimension', $value: { value: resolveTheme(theme, 'light').report.margin, unit: 'mm' } },
    },
    $extensions: {
      [EXTENSION]: {
        version: theme.version,
        name: theme.name,
        series: theme.colorway,
        ...(theme.colorwayOverrides === undefined ? {} : { colorwayOverrides: theme.colorwayOverrides }),
        setColors: { light: setColors('light'), dark: setColors('dark') },
        ownScales: { light: ownScales('light'), dark: ownScales('dark') },
        // The scales both modes derive from, when a mode's group shows its own instead.
        ...(theme.scales.light !== undefined || theme.scales.dark !== undefined ? { scales: { sequential: theme.scales.sequential, diverging: theme.scales.diverging } } : {}),
        ...(theme.description === undefined ? {} : { description: theme.description }),
        titleCase: t.titleCase,
        shadow: theme.shape.shadow,
        chart: { gridlines: theme.chart.gridlines, symbols: theme.chart.symbols, dashes: theme.chart.dashes, legendPosition: theme.chart.legendPosition },
        components: theme.components,
        // Set rather than derived: the tokens above show what is drawn either way.
        ...(t.header === undefined ? {} : { headerFont: t.header }),
        ...(theme.shape.sectionGap === undefined ? {} : { sectionGap: theme.shape.sectionGap }),
        ...(theme.report === undefined ? {} : { report: theme.report }),
        ...(theme.package === undefined ? {} : { package: theme.package }),
        ...(theme.extensions === undefined ? {} : { extensions: theme.extensions }),
      },
    } as unknown as Group,
  };
}
