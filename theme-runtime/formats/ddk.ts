import { relativeLuminance } from '../color/contrast.ts';
import { alphaOf } from '../color/hex.ts';
import { normalizeColor } from '../color/parse.ts';
import { toPointer } from '../model/issues.ts';
import { resolveTheme } from '../model/resolve.ts';
import type { ColorRole, Mode, OptionalColorRole, Theme, ThemeIssue } from '../model/types.ts';
import type { JsonValue } from '../model/types.ts';
import { asJson, isSmallValue, sameDdkValue } from './ddk-values.ts';
import { withGenericFallback } from './font-family.ts';
import { finish, type ImportResult } from './import-result.ts';
import { colorAt, defined, get, isObject, pxAt, stringAt } from './json-access.ts';

// Dash Design Kit's theme dict: the flat keys passed to ddk.App(theme=...), one mode per dict
// (DDK's "reversed" flavour is a second dict). Every key either maps to a theme setting or,
// where Design Kit has none that reproduces it, is kept under `extensions.ddk` and written
// back: a DDK dict survives the round trip key for key.

const ROLE_KEYS: [string, ColorRole][] = [
  ['accent', 'accent'],
  ['accent_positive', 'accentPositive'],
  ['accent_negative', 'accentNegative'],
  ['dbc_warning', 'accentWarning'],
  ['background_page', 'backgroundPage'],
  ['background_content', 'backgroundContent'],
  ['text', 'text'],
  ['body_text', 'text'],
  ['heading_text', 'heading'],
  ['header_text', 'heading'],
  ['border', 'border'],
  ['graph_grid_color', 'grid'],
];

// Per-component colours: each fills an optional colour of the mode.
const COMPONENT_COLOR_KEYS: [string, OptionalColorRole][] = [
  ['tooltip_background_color', 'tooltipBackground'],
  ['tooltip_text', 'tooltipText'],
  ['table_border', 'tableBorder'],
  ['tag_background_color', 'tagBackground'],
  ['tag_text', 'tagText'],
  ['control_background_color', 'controlBackground'],
  ['report_background_page', 'reportBackground'],
  ['report_text', 'reportText'],
];

const CASES = new Set(['none', 'uppercase', 'capitalize', 'lowercase']);

function colors(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out = value.map((c) => (typeof c === 'string' ? normalizeColor(c) : undefined));
  return out.every((c) => c !== undefined) && out.length >= 2 ? out : undefined;
}

/** A shadow CSS value that draws nothing: none, or zero offsets and blur, or a transparent colour. */
function isNoShadow(value: string): boolean {
  const v = value.trim();
  if (v === 'none' || v === '') return true;
  const numbers = v.match(/-?\d+(\.\d+)?px/g) ?? [];
  return numbers.every((n) => Number.parseFloat(n) === 0) || /rgba\([^)]*,\s*0\s*\)/.test(v);
}

const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
const transparent = (color: string | undefined) => color !== undefined && alphaOf(color) === 0;

/** The component choices a DDK dict's header, control, table and tag keys amount to. */
function ddkComponents(input: Record<string, unknown>, accent: string | undefined, page: string | undefined, content: string | undefined) {
  const header = colorAt(input, 'header_background_color');
  const controlBackground = colorAt(input, 'control_background_color');
  // DDK writes a bottom-only border as four widths: "0px 0px 1px 0px".
  const controlWidths = (stringAt(input, 'control_border', 'width') ?? '').trim().split(/\s+/);
  const underlined = controlWidths.length === 4 && controlWidths.filter((w) => Number.parseFloat(w) > 0).length === 1 && Number.parseFloat(controlWidths[2] ?? '0') > 0;
  const odd = colorAt(input, 'table_striped_odd');
  const even = colorAt(input, 'table_striped_even');
  const tagBackground = colorAt(input, 'tag_background_color');
  const tagRadius = pxAt(input, 'tag_border', 'radius');
  return {
    header: { style: same(header, accent) ? 'accent' : same(header, page) ? 'page' : 'surface' },
    controls: { style: underlined ? 'underlined' : controlBackground !== undefined && !same(controlBackground, content) && !transparent(controlBackground) ? 'filled' : 'outlined' },
    ...(odd === undefined ? {} : { table: { striped: !transparent(odd) && !same(odd, even) } }),
    tag: {
      shape: tagRadius === undefined ? 'pill' : tagRadius === 0 ? 'square' : tagRadius >= 12 ? 'pill' : 'rounded',
      variant: same(tagBackground, accent) ? 'solid' : transparent(tagBackground) ? 'outline' : 'subtle',
    },
  };
}

/** Why the import stored a key as it came: the dict's value, and what the theme gave for it then. */
interface Kept {
  value: JsonValue;
  /** What Design Kit wrote for the key at import time: while it still writes that, the kept value stands. */
  derived?: JsonValue;
}

/** A number of px within [min, max], or undefined (then the key is kept as it came). */
function pxIn(input: Record<string, unknown>, key: string, min: number, max: number, ...path: string[]): number | undefined {
  const n = pxAt(input, key, ...path);
  return n !== undefined && n >= min && n <= max ? n : undefined;
}

/**
 * A theme from a DDK theme dict. Keys with a Design Kit setting are mapped (colours to the
 * mode's roles and component colours, fonts, sizes, shape, breakpoints, report settings);
 * DDK themes have one mode: this one fills light (or dark, when the page background is dark)
 * and the other mode keeps Design Kit's. Every key whose value the theme would not write
 * back as it is — DDK layout keys Design Kit has no setting for, values outside its ranges —
 * is kept under `extensions.ddk` and written back by toDdkTheme, so nothing is lost.
 */
export function fromDdkTheme(input: unknown, options: { name?: string } = {}): ImportResult {
  if (!isObject(input)) return { ok: false, errors: [{ path: '', message: 'a DDK theme must be an object of theme keys, e.g. { "accent": "#1f78b4", … }' }] };
  const page = colorAt(input, 'background_page') ?? colorAt(input, 'background_content');
  const mode: Mode = page !== undefined && relativeLuminance(page) < 0.2 ? 'dark' : 'light';
  const document = mappedDocument(input, mode, options.name ?? 'Imported DDK theme');
  // A value the theme cannot take (a size out of range) must not sink the import: drop the
  // settings the schema refuses, one by one; their keys are kept below like any other.
  let first = finish(document, [], mode);
  for (let round = 0; !first.ok && round < 20; round++) {
    for (const issue of first.errors) dropAt(document, issue.path);
    first = finish(document, [], mode);
  }
  if (!first.ok) return first;
  const derived = derivedDict(first.theme, mode);
  const kept: Record<string, Kept> = {};
  const keys = Object.keys(input).filter((k) => k !== '__proto__');
  const tooLarge: string[] = [];
  for (const key of keys) {
    const value = input[key];
    if (!isSmallValue(value)) {
      tooLarge.push(key);
      continue;
    }
    if (Object.hasOwn(derived, key) && sameDdkValue(derived[key], value)) continue;
    kept[key] = Object.hasOwn(derived, key) ? { value: asJson(value), derived: derived[key] ?? null } : { value: asJson(value) };
  }
  const mapped = keys.length - Object.keys(kept).length - tooLarge.length;
  const unknown = Object.keys(kept).filter((k) => !Object.hasOwn(derived, k));
  const summary = `${mapped} of ${keys.length} DDK keys follow from the theme’s settings; ${Object.keys(kept).length} kept as they were for the DDK export${unknown.length > 0 ? ` (${unknown.length} unknown to Design Kit)` : ''}.`;
  const warnings: ThemeIssue[] = [];
  const named = (list: string[]) => list.sort().join(', ');
  const approximated = Object.keys(kept).filter((k) => Object.hasOwn(derived, k));
  if (approximated.length > 0) warnings.push({ path: '', message: `kept and written back as they came (Design Kit draws these from its own settings, or they were outside its ranges): ${named(approximated)}` });
  if (unknown.length > 0) warnings.push({ path: '', message: `no Design Kit meaning, written back as they were: ${named(unknown)}` });
  for (const key of tooLarge) warnings.push({ path: toPointer([key]), message: 'too large or too deeply nested for a DDK setting: left out' });
  const extensions = Object.keys(kept).length > 0 ? { ...document['extensions'] as object, ddk: { mode, kept: kept as unknown as JsonValue } } : undefined;
  return finish({ ...document, ...(extensions === undefined ? {} : { extensions }) }, warnings, mode, summary);
}

/** DDK's card header as one of Design Kit's title looks: a tinted band, bare, or a rule underneath. */
function cardHeaderStyle(input: Record<string, unknown>): 'filled' | 'plain' | 'divided' | undefined {
  const band = colorAt(input, 'card_header_background_color');
  const card = colorAt(input, 'card_background_color') ?? colorAt(input, 'background_content');
  if (band !== undefined && card !== undefined && !same(band, card) && !transparent(band)) return 'filled';
  const widths = stringAt(input, 'card_header_border', 'width');
  if (widths === undefined) return undefined;
  return widths.trim().split(/\s+/).every((w) => Number.parseFloat(w) === 0) ? 'plain' : 'divided';
}

/** Removes the setting at a JSON pointer of the document, so it falls back to its default. */
function dropAt(document: Record<string, unknown>, pointer: string): void {
  const path = pointer.split('/').slice(1);
  const last = path.pop();
  if (last === undefined) return;
  let at: unknown = document;
  for (const key of path) at = isObject(at) ? at[key] : undefined;
  if (isObject(at)) Reflect.deleteProperty(at, last);
}

function mappedDocument(input: Record<string, unknown>, mode: Mode, name: string): Record<string, unknown> {
  const roles: Partial<Record<ColorRole | OptionalColorRole, string>> = {};
  const components = ddkComponents(input, colorAt(input, 'accent'), colorAt(input, 'background_page'), colorAt(input, 'background_content'));
  for (const [key, role] of ROLE_KEYS) {
    // On an accent header the header text is the accent's readable colour, not the heading colour.
    if (key === 'header_text' && components.header.style === 'accent') continue;
    const hex = colorAt(input, key);
    if (hex !== undefined) roles[role] ??= hex;
  }
  if (roles.backgroundContent !== undefined) roles.plotBackground = roles.backgroundContent;
  for (const [key, role] of COMPONENT_COLOR_KEYS) {
    const hex = colorAt(input, key);
    if (hex !== undefined) roles[role] = hex;
  }
  const controlEdge = colorAt(input, 'control_border', 'color');
  if (controlEdge !== undefined) roles.controlBorder = controlEdge;
  const odd = colorAt(input, 'table_striped_odd');
  if (odd !== undefined && components.table?.striped === true) roles.tableStripe = odd;

  const radius = pxAt(input, 'card_border', 'radius');
  const width = pxAt(input, 'card_border', 'width');
  const shadow = stringAt(input, 'card_box_shadow');
  const accent = colorAt(input, 'card_accent');
  const phone = pxAt(input, 'breakpoint_stack_blocks');
  const tablet = pxAt(input, 'breakpoint_font');
  const titleCase = stringAt(input, 'title_capitalization');
  const family = (key: string, fallback: string) => {
    const f = stringAt(input, key)?.trim();
    return f === undefined || f === '' ? undefined : withGenericFallback(f, fallback);
  };
  const body = family('font_family', 'system-ui, sans-serif');
  const headings = family('font_family_headings', 'system-ui, sans-serif');
  const header = family('font_family_header', 'system-ui, sans-serif');
  return {
    version: 2,
    name,
    colors: { [mode]: roles },
    ...defined({ colorway: colors(get(input, 'colorway')) }),
    scales: defined({ sequential: colors(get(input, 'colorscale')) }),
    typography: defined({
      body: defined({ family: body, size: pxAt(input, 'font_size') }),
      heading: defined({ family: headings, size: pxAt(input, 'card_title_font_size') }),
      titleCase: titleCase !== undefined && CASES.has(titleCase) ? titleCase : undefined,
      header: header !== undefined && header !== (headings ?? body) ? defined({ family: header }) : undefined,
    }),
    shape: defined({ radius, borderWidth: width, shadow: shadow === undefined ? undefined : isNoShadow(shadow) ? 'none' : 'subtle', sectionGap: pxIn(input, 'section_gap', 0, 96) }),
    components: {
      card: defined({
        accentEdge: accent === undefined || alphaOf(accent) === 0 ? 'none' : 'top',
        headerStyle: cardHeaderStyle(input),
        padding: pxIn(input, 'card_padding', 0, 64),
        descriptionSize: pxIn(input, 'card_description_font_size', 8, 72),
      }),
      ...components,
    },
    breakpoints: defined({ phone, tablet: tablet !== undefined && phone !== undefined && tablet > phone ? tablet : undefined }),
    report: defined({ fontFamily: family('report_font_family', 'Georgia, serif'), fontSize: pxIn(input, 'report_font_size', 8, 72) }),
  };
}

/**
 * The theme as a DDK theme dict for one mode, every key DDK reads, so Dash Enterprise users
 * can paste it into ddk.App(theme=...): `toDdkTheme(theme, 'dark')` is DDK's "reversed"
 * dict. Keys an import kept (extensions.ddk) are written back as they came, unless the
 * setting that gives the key has changed since (then the edit wins) or the key is a colour
 * of the other mode; keys DDK has that Design Kit does not know are written back too.
 */
export function toDdkTheme(theme: Theme, mode: Mode = 'light'): Record<string, unknown> {
  const dict: Record<string, unknown> = derivedDict(theme, mode);
  const kept = get(theme.extensions, 'ddk', 'kept');
  if (!isObject(kept)) return dict;
  for (const [key, entry] of Object.entries(kept)) {
    if (!isObject(entry) || !Object.hasOwn(entry, 'value')) continue;
    const now = dict[key];
    // Written back while the theme still gives what it gave at import: a key that follows a
    // setting the person changed since, or that differs between modes, takes today's value.
    if (!Object.hasOwn(entry, 'derived') || now === undefined || sameDdkValue(now, entry['derived'])) dict[key] = entry['value'];
  }
  return dict;
}

const px = (n: number) => `${n}px`;
const border = (width: number, color: string, radius: number) => ({ width: px(width), style: 'solid', color, radius: px(radius) });

/** Every key DDK reads, as this theme's settings give it (before kept keys are written back). */
function derivedDict(theme: Theme, mode: Mode): Record<string, JsonValue> {
  const r = resolveTheme(theme, mode);
  const c = r.colors;
  const bw = r.shape.borderWidth;
  const radius = r.shape.radius;
  const body = r.fonts.body;
  const heading = r.fonts.heading;
  const none = 'none';
  const shadow = r.shape.boxShadow;
  const caps = r.fonts.heading.textTransform;
  const { header, controls, table, tag } = r.components;
  const headerBackground = header.style === 'accent' ? c.accent : header.style === 'page' ? c.backgroundPage : c.backgroundContent;
  const controlWidth = px(Math.max(1, bw));
  const tagEdge = { subtle: c.tagBorder, outline: c.accent, solid: c.tagBackground }[tag.variant];
  const tagRadius = tag.shape === 'pill' ? 999 : tag.shape === 'rounded' ? Math.min(Math.max(radius, 3), 8) : 0;
  return {
    accent: c.accent,
    accent_positive: c.accentPositive,
    accent_negative: c.accentNegative,
    background_content: c.backgroundContent,
    background_page: c.backgroundPage,
    body_text: c.text,
    border: c.border,
    border_style: { name: 'boxed', borderWidth: px(bw), borderStyle: 'solid', borderRadius: radius },
    breakpoint_font: px(r.breakpoints.tablet),
    breakpoint_stack_blocks: px(r.breakpoints.phone),
    button_background_color: r.components.button.variant === 'filled' ? c.accent : c.backgroundContent,
    button_border: { width: px(Math.max(1, bw)), color: c.accent, radius: px(radius) },
    button_capitalization: caps === 'uppercase' ? 'uppercase' : 'none',
    button_text: r.components.button.variant === 'filled' ? c.onAccent : c.accentText,
    card_accent: r.components.card.accentEdge === 'none' ? 'transparent' : c.accent,
    card_background_color: c.backgroundContent,
    card_border: border(bw, c.border, radius),
    card_box_shadow: shadow,
    card_description_background_color: c.backgroundContent,
    card_description_font_size: px(r.card.descriptionSize),
    card_description_text: c.text,
    card_header_accent: c.border,
    card_header_background_color: r.card.headerStyle === 'filled' ? c.surfaceAlt : c.backgroundContent,
    card_header_border: { width: r.card.headerStyle === 'plain' ? '0px 0px 0px 0px' : `0px 0px ${px(bw)} 0px`, style: 'solid', color: c.border, radius: '0px' },
    card_header_box_shadow: none,
    card_header_margin: '0px',
    card_header_padding: px(r.shape.spacing),
    card_margin: px(r.shape.spacing),
    card_menu_background_color: c.backgroundContent,
    card_menu_text: c.text,
    card_outline: { width: px(bw), style: 'solid', color: c.border },
    card_padding: px(r.card.padding),
    card_title_font_size: px(r.card.titleSize),
    card_title_text: c.heading,
    colorscale: r.scales.sequential,
    colorway: r.colorway,
    control_background_color: c.controlBackground,
    control_border:
      controls.style === 'underlined'
        ? { width: `0px 0px ${controlWidth} 0px`, color: c.controlBorder, radius: '0px' }
        : { width: controlWidth, color: controls.style === 'filled' ? c.controlBackground : c.controlBorder, radius: px(Math.min(radius, 8)) },
    control_text: c.text,
    dbc_danger: c.accentNegative,
    dbc_gray: c.subtleText,
    dbc_info: c.info,
    dbc_primary: c.accent,
    dbc_secondary: c.subtleText,
    dbc_success: c.accentPositive,
    dbc_warning: c.accentWarning,
    font_family: body.family,
    font_family_header: r.fonts.header.family,
    font_family_headings: heading.family,
    font_size: px(body.size),
    font_size_header: px(r.fonts.header.size),
    font_size_smaller_screen: px(Math.max(12, body.size - 2)),
    footer_background_color: c.backgroundPage,
    footer_title_font_size: px(r.headingSizes.h3),
    footer_title_text: c.heading,
    graph_grid_color: c.grid,
    header_background_color: headerBackground,
    header_border: { width: `0px 0px ${px(bw)} 0px`, style: 'solid', color: header.style === 'accent' ? c.accent : c.border, radius: '0px' },
    header_box_shadow: none,
    header_content_alignment: 'spread',
    header_margin: '0px',
    header_padding: `${px(r.shape.spacing * 1.5)} ${px(r.shape.spacing * 3)}`,
    header_text: header.style === 'accent' ? c.onAccent : c.heading,
    heading_text: c.heading,
    hero_background_color: c.backgroundContent,
    hero_border: { width: '0', style: 'solid', color: 'transparent' },
    hero_controls_accent: c.border,
    hero_controls_background_color: c.backgroundPage,
    hero_controls_grid_columns: 4,
    hero_controls_label_font_size: px(body.size),
    hero_controls_label_text: c.text,
    hero_gap: px(r.shape.spacing * 3),
    hero_padding: px(r.shape.spacing * 3),
    hero_subtitle_font_size: px(body.size),
    hero_subtitle_text: c.subtleText,
    hero_title_font_size: px(r.headingSizes.h1),
    hero_title_text: c.heading,
    report_background: c.backgroundPage,
    report_background_content: c.backgroundContent,
    report_background_page: c.reportBackground,
    report_border: c.border,
    report_font_family: r.report.font.family,
    report_font_size: px(r.report.font.size),
    report_text: c.reportText,
    section_gap: px(r.shape.sectionGap),
    section_padding: px(r.shape.spacing * 3),
    section_title_font_size: px(r.headingSizes.h2),
    table_border: c.tableBorder,
    table_striped_even: c.backgroundContent,
    table_striped_odd: table.striped ? c.tableStripe : c.backgroundContent,
    tag_background_color: c.tagBackground,
    tag_border: { width: '1px', style: 'solid', color: tagEdge, radius: px(tagRadius) },
    tag_font_size: px(Math.round(body.size * 0.8)),
    tag_text: c.tagText,
    text: c.text,
    title_capitalization: caps,
    tooltip_background_color: c.tooltipBackground,
    tooltip_font_size: px(Math.round(body.size * 0.9)),
    tooltip_text: c.tooltipText,
    top_control_panel_border: { width: px(bw), style: 'solid', color: c.border },
  };
}
