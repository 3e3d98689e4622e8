import { relativeLuminance } from '../color/contrast.ts';
import { alphaOf } from '../color/hex.ts';
import { normalizeColor } from '../color/parse.ts';
import { resolveTheme } from '../model/resolve.ts';
import type { ColorRole, Mode, Theme, ThemeIssue } from '../model/types.ts';
import { finish, type ImportResult } from './import-result.ts';
import { colorAt, defined, get, isObject, pxAt, stringAt } from './json-access.ts';

// Dash Design Kit's theme dict: the flat keys passed to ddk.App(theme=...). One mode only.

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

const OTHER_KEYS = new Set([
  'colorway', 'colorscale', 'font_family', 'font_size', 'font_family_headings', 'card_title_font_size', 'title_capitalization',
  'card_border', 'card_box_shadow', 'card_accent', 'breakpoint_stack_blocks', 'breakpoint_font',
  'header_background_color', 'control_background_color', 'control_border', 'table_striped_odd', 'table_striped_even',
  'tag_background_color', 'tag_border',
]);

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

/**
 * A theme from a DDK theme dict. Keys with a Design Kit counterpart are mapped; the others
 * are named in one warning. DDK themes have one mode: this one fills light (or dark, when
 * the page background is dark) and the other mode keeps Design Kit's defaults.
 */
export function fromDdkTheme(input: unknown, options: { name?: string } = {}): ImportResult {
  if (!isObject(input)) return { ok: false, errors: [{ path: '', message: 'a DDK theme must be an object of theme keys, e.g. { "accent": "#1f78b4", … }' }] };
  const warnings: ThemeIssue[] = [];
  const page = colorAt(input, 'background_page') ?? colorAt(input, 'background_content');
  const mode: Mode = page !== undefined && relativeLuminance(page) < 0.2 ? 'dark' : 'light';
  const roles: Partial<Record<ColorRole, string>> = {};
  const skipped: string[] = [];
  const components = ddkComponents(input, colorAt(input, 'accent'), colorAt(input, 'background_page'), colorAt(input, 'background_content'));
  for (const [key, role] of ROLE_KEYS) {
    // On an accent header the header text is the accent's readable colour, not the heading colour.
    if (key === 'header_text' && components.header.style === 'accent') continue;
    const value = get(input, key);
    if (value === undefined || value === null) continue;
    const hex = colorAt(input, key);
    if (hex === undefined) skipped.push(`${key} (${JSON.stringify(value).slice(0, 30)} is not a colour)`);
    else roles[role] ??= hex;
  }
  if (roles.backgroundContent !== undefined) roles.plotBackground = roles.backgroundContent;

  const radius = pxAt(input, 'card_border', 'radius');
  const width = pxAt(input, 'card_border', 'width');
  const shadow = stringAt(input, 'card_box_shadow');
  const accent = colorAt(input, 'card_accent');
  const phone = pxAt(input, 'breakpoint_stack_blocks');
  const tablet = pxAt(input, 'breakpoint_font');
  const titleCase = stringAt(input, 'title_capitalization');
  const document: Record<string, unknown> = {
    version: 1,
    name: options.name ?? 'Imported DDK theme',
    colors: { [mode]: roles },
    ...defined({ colorway: colors(get(input, 'colorway')) }),
    scales: defined({ sequential: colors(get(input, 'colorscale')) }),
    typography: defined({
      body: defined({ family: stringAt(input, 'font_family'), size: pxAt(input, 'font_size') }),
      heading: defined({ family: stringAt(input, 'font_family_headings'), size: pxAt(input, 'card_title_font_size') }),
      titleCase: titleCase !== undefined && CASES.has(titleCase) ? titleCase : undefined,
    }),
    shape: defined({ radius, borderWidth: width, shadow: shadow === undefined ? undefined : isNoShadow(shadow) ? 'none' : 'subtle' }),
    components: { card: { accentEdge: accent === undefined || alphaOf(accent) === 0 ? 'none' : 'top' }, ...components },
    breakpoints: defined({ phone, tablet: tablet !== undefined && phone !== undefined && tablet > phone ? tablet : undefined }),
  };
  const known = new Set([...ROLE_KEYS.map(([k]) => k), ...OTHER_KEYS]);
  const notCarried = Object.keys(input).filter((k) => !known.has(k) && input[k] !== null);
  const nulls = Object.keys(input).filter((k) => input[k] === null);
  if (skipped.length > 0) warnings.push({ path: '', message: `unreadable, left at defaults: ${skipped.join(', ')}` });
  if (notCarried.length > 0) warnings.push({ path: '', message: `not carried over (${notCarried.length} keys Design Kit derives from its roles instead): ${notCarried.sort().join(', ')}` });
  if (nulls.length > 0) warnings.push({ path: '', message: `empty (null) and ignored: ${nulls.join(', ')}` });
  return finish(document, warnings, mode);
}

const px = (n: number) => `${n}px`;
const border = (width: number, color: string, radius: number) => ({ width: px(width), style: 'solid', color, radius: px(radius) });

/**
 * The theme as a DDK theme dict for one mode, every key DDK reads, so Dash Enterprise users
 * can paste it into ddk.App(theme=...).
 */
export function toDdkTheme(theme: Theme, mode: Mode = 'light'): Record<string, unknown> {
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
  const tagLook = { subtle: [c.accentSubtle, c.text, c.tagBorder], outline: ['transparent', c.text, c.accent], solid: [c.accent, c.onAccent, c.accent] }[tag.variant];
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
    card_description_font_size: px(body.size),
    card_description_text: c.text,
    card_header_accent: c.border,
    card_header_background_color: c.backgroundContent,
    card_header_border: { width: `0px 0px ${px(bw)} 0px`, style: 'solid', color: c.border, radius: '0px' },
    card_header_box_shadow: none,
    card_header_margin: '0px',
    card_header_padding: px(r.shape.spacing),
    card_margin: px(r.shape.spacing),
    card_menu_background_color: c.backgroundContent,
    card_menu_text: c.text,
    card_outline: { width: px(bw), style: 'solid', color: c.border },
    card_padding: px(r.shape.spacing * 2),
    card_title_font_size: px(r.headingSizes.h3),
    card_title_text: c.heading,
    colorscale: r.scales.sequential,
    colorway: r.colorway,
    control_background_color: controls.style === 'filled' ? c.surfaceAlt : controls.style === 'underlined' ? 'transparent' : c.backgroundContent,
    control_border:
      controls.style === 'underlined'
        ? { width: `0px 0px ${controlWidth} 0px`, color: c.border, radius: '0px' }
        : { width: controlWidth, color: controls.style === 'filled' ? c.surfaceAlt : c.border, radius: px(Math.min(radius, 8)) },
    control_text: c.text,
    dbc_danger: c.accentNegative,
    dbc_gray: c.subtleText,
    dbc_info: c.accent,
    dbc_primary: c.accent,
    dbc_secondary: c.subtleText,
    dbc_success: c.accentPositive,
    dbc_warning: c.accentWarning,
    font_family: body.family,
    font_family_header: heading.family,
    font_family_headings: heading.family,
    font_size: px(body.size),
    font_size_header: px(r.headingSizes.h2),
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
    report_background_page: c.backgroundContent,
    report_border: c.border,
    report_font_family: body.family,
    report_font_size: px(body.size),
    report_text: c.text,
    section_gap: px(r.shape.spacing * 3),
    section_padding: px(r.shape.spacing * 3),
    section_title_font_size: px(r.headingSizes.h2),
    table_border: c.border,
    table_striped_even: c.backgroundContent,
    table_striped_odd: table.striped ? c.tableStripe : c.backgroundContent,
    tag_background_color: tagLook[0],
    tag_border: { width: '1px', style: 'solid', color: tagLook[2], radius: px(tagRadius) },
    tag_font_size: px(Math.round(body.size * 0.8)),
    tag_text: tagLook[1],
    text: c.text,
    title_capitalization: caps,
    tooltip_background_color: c.backgroundContent,
    tooltip_font_size: px(Math.round(body.size * 0.9)),
    tooltip_text: c.text,
    top_control_panel_border: { width: px(bw), style: 'solid', color: c.border },
  };
}
