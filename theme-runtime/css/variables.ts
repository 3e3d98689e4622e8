import { resolveTheme } from '../model/resolve.ts';
import { isSafeCssValue } from './declarations.ts';
import type { Mode, Theme } from '../model/types.ts';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Every resolved value as a `--dk-*` custom property, so plain CSS (and the editor's
 * preview, which changes a variable instead of re-rendering) can bind to the theme.
 */
export function cssVariables(theme: Theme, mode: Mode): Record<string, string> {
  const r = resolveTheme(theme, mode);
  const vars: Record<string, string> = {};
  // Roles and derived colours alike: --dk-accent, --dk-accent-hover, --dk-info-wash …
  for (const [name, value] of Object.entries(r.colors)) vars[`--dk-${kebab(name)}`] = value;
  r.colorway.forEach((c, i) => (vars[`--dk-colorway-${i + 1}`] = c));
  vars['--dk-colorway-count'] = String(r.colorway.length);
  r.scales.sequential.forEach((c, i) => (vars[`--dk-scale-sequential-${i + 1}`] = c));
  r.scales.diverging.forEach((c, i) => (vars[`--dk-scale-diverging-${i + 1}`] = c));
  for (const kind of ['body', 'heading', 'mono', 'header'] as const) {
    const f = r.fonts[kind];
    vars[`--dk-font-${kind}-family`] = f.family;
    vars[`--dk-font-${kind}-size`] = `${f.size}px`;
    vars[`--dk-font-${kind}-weight`] = String(f.weight);
    vars[`--dk-font-${kind}-line-height`] = String(f.lineHeight);
  }
  // CSS `capitalize` capitalises every word ("Response Time (Ms)"); the components title-case
  // text themselves (titleCase), so plain CSS gets `none` for it rather than a mangling transform.
  vars['--dk-heading-transform'] = r.fonts.heading.textTransform === 'capitalize' ? 'none' : r.fonts.heading.textTransform;
  for (const level of ['h1', 'h2', 'h3'] as const) vars[`--dk-${level}-size`] = `${r.headingSizes[level]}px`;
  vars['--dk-radius'] = `${r.shape.radius}px`;
  vars['--dk-border-width'] = `${r.shape.borderWidth}px`;
  vars['--dk-spacing'] = `${r.shape.spacing}px`;
  vars['--dk-shadow'] = r.shape.boxShadow;
  vars['--dk-section-gap'] = `${r.shape.sectionGap}px`;
  vars['--dk-card-padding'] = `${r.card.padding}px`;
  vars['--dk-card-title-size'] = `${r.card.titleSize}px`;
  vars['--dk-card-description-size'] = `${r.card.descriptionSize}px`;
  vars['--dk-report-font-family'] = r.report.font.family;
  vars['--dk-report-font-size'] = `${r.report.font.size}px`;
  vars['--dk-report-margin'] = `${r.report.margin}mm`;
  vars['--dk-chart-line-width'] = `${r.chart.lineWidth}px`;
  vars['--dk-chart-marker-size'] = `${r.chart.markerSize}px`;
  vars['--dk-breakpoint-phone'] = `${r.breakpoints.phone}px`;
  vars['--dk-breakpoint-tablet'] = `${r.breakpoints.tablet}px`;
  // parseTheme admits no value that could break out of its declaration; a theme built in
  // plain JavaScript has not been through it, so anything unsafe is left out here too.
  return Object.fromEntries(Object.entries(vars).filter(([, value]) => isSafeCssValue(value)));
}

// What the names are depends on the theme's shape only (its colours' names, how many series
// and scale stops): the stylesheet, written on every step of a drag, asks each shape once.
const namesByShape = new Map<string, string[]>();

/** The names of `cssVariables(theme, 'light')`, without working out its values. */
export function cssVariableNames(theme: Theme): string[] {
  const r = resolveTheme(theme, 'light');
  const shape = `${Object.keys(r.colors).join()}|${r.colorway.length}|${r.scales.sequential.length}|${r.scales.diverging.length}`;
  let names = namesByShape.get(shape);
  if (names === undefined) {
    names = Object.keys(cssVariables(theme, 'light'));
    namesByShape.set(shape, names);
  }
  return names;
}

const PLAIN_COLOR = /^(#[0-9a-f]{3,8}|rgba?\([^()]*\))$/i;
const SHADOW_COLOR = /#[0-9a-f]{3,8}\b|rgba?\([^()]*\)/gi;

/**
 * One shadow list for both modes: each mode's layers, each with its colour transparent in the
 * other mode (a transparent shadow draws nothing). Undefined for a layer without exactly one colour.
 */
function bothModesShadow(light: string, dark: string): string | undefined {
  const layers = (value: string, other: (color: string) => string): string[] | undefined => {
    if (value === 'none') return [];
    const out: string[] = [];
    for (const layer of value.split(/,\s*(?![^(]*\))/)) {
      if ((layer.match(SHADOW_COLOR) ?? []).length !== 1) return undefined;
      out.push(layer.replace(SHADOW_COLOR, other));
    }
    return out;
  };
  const own = layers(light, (c) => `light-dark(${c}, transparent)`);
  const theirs = layers(dark, (c) => `light-dark(transparent, ${c})`);
  if (own === undefined || theirs === undefined) return undefined;
  const all = [...own, ...theirs];
  return all.length === 0 ? 'none' : all.join(', ');
}

/**
 * Both modes' variables in one set that never changes with the mode: a value the modes share
 * as it is, a colour they differ in as `light-dark(light, dark)` (CSS picks one by the colour
 * scheme, which the provider's stylesheet sets per mode), the card shadow as both modes'
 * layers. A mode switch then changes no custom property: Chromium restyles every element
 * below a changed one, each chart's thousands of nodes included (bench:switch: 24 charts,
 * about 30 ms of the switch's 60). Undefined when some value cannot be written so.
 */
export function bothModesVariables(theme: Theme): Record<string, string> | undefined {
  const light = cssVariables(theme, 'light');
  const dark = cssVariables(theme, 'dark');
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(light)) {
    const other = dark[name];
    if (other === undefined) return undefined;
    const both =
      value === other ? value : PLAIN_COLOR.test(value) && PLAIN_COLOR.test(other) ? `light-dark(${value}, ${other})` : name === '--dk-shadow' ? bothModesShadow(value, other) : undefined;
    if (both === undefined) return undefined;
    out[name] = both;
  }
  return Object.keys(dark).every((name) => name in out) ? out : undefined;
}

/**
 * Both modes' variables as rules, for a stylesheet compiled ahead (an exported package's):
 * under `.scope.dk-vars[data-dk-mode]`, the class a provider with CSS variables on carries.
 * As `bothModesVariables` writes them where it can, so a mode switch changes none of them;
 * otherwise what both modes share is written once and the rest per mode.
 */
export function variablesStylesheet(theme: Theme, scope: string, layer: string): string {
  const block = (selector: string, entries: [string, string][]) => `.${scope}.dk-vars${selector} {\n${entries.map(([name, value]) => `  ${name}: ${value};\n`).join('')}}\n`;
  const both = bothModesVariables(theme);
  if (both !== undefined) return `@layer ${layer} {\n${block('[data-dk-mode]', Object.entries(both))}}\n`;
  const light = cssVariables(theme, 'light');
  const dark = cssVariables(theme, 'dark');
  const shared = Object.entries(light).filter(([name, value]) => dark[name] === value);
  const own = (vars: Record<string, string>) => Object.entries(vars).filter(([name]) => light[name] !== dark[name]);
  return `@layer ${layer} {\n${block('[data-dk-mode]', shared)}${block('[data-dk-mode=light]', own(light))}${block('[data-dk-mode=dark]', own(dark))}}\n`;
}
