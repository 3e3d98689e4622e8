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

/**
 * Both modes' variables as rules, for a stylesheet compiled ahead (an exported package's):
 * under `.scope.dk-vars[data-dk-mode]`, the class a provider with CSS variables on carries.
 * What both modes share (fonts, sizes) is written once.
 */
export function variablesStylesheet(theme: Theme, scope: string, layer: string): string {
  const light = cssVariables(theme, 'light');
  const dark = cssVariables(theme, 'dark');
  const block = (selector: string, entries: [string, string][]) => `.${scope}.dk-vars${selector} {\n${entries.map(([name, value]) => `  ${name}: ${value};\n`).join('')}}\n`;
  const shared = Object.entries(light).filter(([name, value]) => dark[name] === value);
  const own = (vars: Record<string, string>) => Object.entries(vars).filter(([name]) => light[name] !== dark[name]);
  return `@layer ${layer} {\n${block('[data-dk-mode]', shared)}${block('[data-dk-mode=light]', own(light))}${block('[data-dk-mode=dark]', own(dark))}}\n`;
}
