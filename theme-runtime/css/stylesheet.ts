import { resolveTheme } from '../model/resolve.ts';
import type { Mode, Theme } from '../model/types.ts';
import { componentProps } from '../props/component-props.ts';
import { COMPONENT_NAMES, type ComponentName, type ComponentState } from '../props/types.ts';
import { rule } from './declarations.ts';
import { paperMode } from '../model/paper.ts';
import { pageRule, paperRules } from './print.ts';
import { safeScope, STYLESHEET_LAYER } from './scope.ts';
import { partSelector } from './selectors.ts';

/** Which element a component's states restyle: the root unless named here. */
const STATE_TARGET: Partial<Record<ComponentName, string>> = { Tabs: 'tab', Table: 'row', ControlItem: 'control' };

const STATE_SELECTORS: Record<ComponentState, string[]> = {
  hover: [':hover:not(:disabled):not([aria-disabled="true"])'],
  focus: [':focus-visible'],
  active: [':active:not(:disabled)'],
  disabled: [':disabled', '[aria-disabled="true"]'],
  selected: ['[aria-selected="true"]', '[data-state="active"]'],
};

export { safeScope, STYLESHEET_LAYER } from './scope.ts';

/**
 * The stylesheet the React components need beyond inline styles: every component's base
 * style, its hover/focus/disabled/selected states, its parts, what changes below the phone
 * breakpoint, and print rules with page size and page numbers. Rules are scoped under
 * `.scope`, so two providers with different themes can share a page.
 *
 * Everything sits in the cascade layer `design-kit`: an app's own (unlayered) CSS, a class
 * on a component or a utility class, beats it whatever its specificity, and so does an
 * inline style. Apps that order their own layers (Tailwind 4) put `design-kit` first.
 * `layer: false` leaves the rules unlayered: Chromium restyles far more on each replacement
 * of a layered sheet (a colour drag in the editor: p95 15 → 27 ms, bench:preview), and an
 * editor's preview has no app CSS to yield to.
 */
export function componentStylesheet(theme: Theme, mode: Mode, scope: string, layer: string | false = STYLESHEET_LAYER): string {
  const s = `.${safeScope(scope)}`;
  const body = joinRules(rulesFor(theme, mode, s, { page: s, paper: false })) + plotReset(s) + tableRules(s);
  return layer === false ? body : `@layer ${safeScope(layer)} {\n${body}}\n`;
}

/**
 * Both modes' rules in one stylesheet, each under `.scope[data-dk-mode=light|dark]`: a mode
 * switch then flips one attribute instead of replacing the sheet. Replacing a sheet makes
 * Chromium restyle (and, inside a cascade layer, lay out) every node below the scope again —
 * each chart's thousands of SVG nodes included (bench:switch: about 25 ms for 24 charts);
 * an attribute change restyles only what its rules select. The print page's rule is
 * written once.
 */
export function modeStylesheet(theme: Theme, scope: string, layer: string | false = STYLESHEET_LAYER): string {
  const s = `.${safeScope(scope)}`;
  // The print page once; the paper's colours for what a report holds under the other mode.
  const [light, dark] = (['light', 'dark'] as const).map((mode) => rulesFor(theme, mode, `${s}[data-dk-mode=${mode}]`, { page: mode === 'light' ? s : undefined, paper: mode !== paperMode(theme) })) as [ModeRules, ModeRules];
  // Below-breakpoint and print rules the modes share (layout; a report's print is the paper's
  // either way) are written once, after both modes' rules, under either mode: the same
  // specificity and still after the rules they override.
  const either = (rule: string, mode: Mode) => rule.replaceAll(`${s}[data-dk-mode=${mode}]`, `${s}[data-dk-mode]`);
  // Rule by rule, pairing each with the other mode's rule in the same place (the modes write
  // the same components in the same order): a rule that differs stays in its mode's list.
  const split = (ours: string[], theirs: string[]) => {
    const same = ours.map((rule, i) => either(rule, 'light') === either(theirs[i] ?? '', 'dark'));
    const shared = ours.filter((_, i) => same[i]).map((rule) => either(rule, 'light'));
    return [shared, ours.filter((_, i) => !same[i]), theirs.filter((_, i) => !same[i])] as const;
  };
  // Each width's block too: the layout a phone gets is the same in both modes, but for a colour or two.
  const media = light.media.map((block, i) => {
    const other = dark.media[i];
    if (other?.width !== block.width) return { width: block.width, rules: [] };
    const [shared, ours, theirs] = split(block.rules, other.rules);
    [block.rules, other.rules] = [ours, theirs];
    return { width: block.width, rules: shared };
  });
  const [print, lightPrint, darkPrint] = split(light.print, dark.print);
  [light.print, dark.print] = [lightPrint, darkPrint];
  const shared: ModeRules = { out: [], media, print, rest: '' };
  const body = joinRules(light) + joinRules(dark) + joinRules(shared) + plotReset(s) + tableRules(s);
  return layer === false ? body : `@layer ${safeScope(layer)} {\n${body}}\n`;
}

/**
 * What a theme change alters by inheritance stops at each chart: its thousands of SVG nodes
 * draw their colours from the template (set inline), so nothing there reads these, and
 * Chromium then has no reason to restyle them all on a mode switch (bench:switch). The
 * theme's custom properties are not pinned too: a mode switch changes none of them (each
 * holds both modes' values, as light-dark()), and a changed one restyles everything below
 * it, pinned or not (docs/performance.md).
 */
function plotReset(s: string): string {
  return `${s} .js-plotly-plot {\n  color: initial;\n  color-scheme: normal;\n  accent-color: auto;\n}\n`;
}

/** How far in from a cut side a table that scrolls sideways fades out. */
const FADE = '2.5em';

/**
 * What a Table does rather than how it looks, the same in every theme and mode: written
 * once. A table that scrolls sideways fades out at each side with more of it beyond (the
 * Table says which in data-more): a phone's overlay scrollbar shows nothing until the
 * person already scrolls. The caption is the table's title above its box, in the type
 * around it, and never the last line of a printed sheet without its table; on paper
 * nothing scrolls, and nothing fades.
 */
function tableRules(s: string): string {
  const box = `${s} .dk-Table__scroll[data-more`;
  const fade = (angle: string, stops: string) => ({ maskImage: `linear-gradient(${angle}, #0000, #000 ${stops})` });
  return (
    rule(`${box}=right]`, fade('-90deg', FADE)) +
    rule(`${box}=left]`, fade('90deg', FADE)) +
    rule(`${box}=both]`, fade('90deg', `${FADE}, #000 calc(100% - ${FADE}), #0000`)) +
    rule(`${s} .dk-Table__caption`, { fontWeight: 600, paddingBottom: '0.5em', breakAfter: 'avoid' }) +
    `@media print {\n${rule(`${box}]`, { maskImage: 'none' }, '  ')}}\n`
  );
}

/**
 * One mode's rules under the selector `s`. `page` (the provider's scope) adds the print
 * page's `@page` rule; `paper` the paper mode's colours for what reports hold, printed (print.ts).
 */
interface ModeRules {
  /** Base, part and state rules, in cascade order. */
  out: string[];
  /** Below-the-breakpoint rules by width (each a media and a container query), after all of `out`. */
  media: { width: number; rules: string[] }[];
  /** Print rules (inside `@media print`), after `media`. */
  print: string[];
  /** The paper's colours and the page rule, last. */
  rest: string;
}

function joinRules({ out, media, print, rest }: ModeRules): string {
  const printed = print.join('');
  // The container query makes layouts follow the App's own width (a narrow panel, the
  // editor's phone frame); the media query covers pages without an App.
  const below = media
    .filter(({ rules }) => rules.length > 0)
    .flatMap(({ width, rules }) => [`@media (max-width: ${width}px) {\n${rules.join('')}}\n`, `@container dk-app (max-width: ${width}px) {\n${rules.join('')}}\n`]);
  return [...out, ...below, printed === '' ? '' : `@media print {\n${printed}}\n`, rest].join('');
}

function rulesFor(theme: Theme, mode: Mode, s: string, add: { page: string | undefined; paper: boolean }): ModeRules {
  const r = resolveTheme(theme, mode);
  const out: string[] = [];
  const print: string[] = [];
  const paper = paperMode(theme);
  // Below-breakpoint rules by width, so each width has one media and one container query.
  const below = new Map<number, string[]>();

  for (const name of COMPONENT_NAMES) {
    const props = componentProps(theme, mode, name);
    const base = `${s} .dk-${name}`;
    out.push(rule(base, props.style));
    for (const [part, style] of Object.entries(props.parts)) out.push(rule(partSelector(base, name, part), style));
    const target = STATE_TARGET[name];
    // Part states sit under the component class too, so they match the specificity of part
    // rules such as striped rows, and win by coming later.
    const stateBase = target === undefined ? base : `${base} .dk-${name}__${target}`;
    for (const [state, style] of Object.entries(props.states) as [ComponentState, Record<string, string | number>][]) {
      out.push(rule(STATE_SELECTORS[state].map((sel) => `${stateBase}${sel}`).join(', '), style));
    }
    if (props.below) {
      // max-width is inclusive, so stop just short of the breakpoint itself.
      const width = props.below.width - 0.02;
      below.set(width, [...(below.get(width) ?? []), rule(base, props.below.style, '  ')]);
    }
    // Reports print on the paper's colours, whichever mode the screen shows.
    const printed = props.print === undefined ? undefined : mode === paper ? props.print : componentProps(theme, paper, name).print;
    if (printed) {
      print.push(rule(base, printed.style, '  '));
      for (const [part, style] of Object.entries(printed.parts ?? {})) print.push(rule(partSelector(base, name, part), style, '  '));
    }
  }
  // Native controls (checkboxes, sliders, scrollbars, date pickers) follow the mode and the accent.
  out.push(rule(s, { colorScheme: mode, accentColor: r.colors.accent }));
  // An App fills the page: no browser margin around it, the page colour behind any overscroll.
  out.push(rule(`body:has(${s} .dk-App)`, { margin: 0, backgroundColor: r.colors.backgroundPage }));
  // Screen page numbers count pages within each report.
  out.push(`${s} .dk-Report { counter-reset: dk-page; }\n${s} .dk-Page { counter-increment: dk-page; }\n${s} .dk-Page__pageNumber::after { content: "Page " counter(dk-page); }\n`);
  // A scroll box would keep a long table from breaking across sheets and cut a wide one off.
  print.push(`  ${s} .dk-Page__pageNumber { display: none; }\n  ${s} .dk-Table__scroll { overflow: visible; }\n`);
  return { out, media: [...below].map(([width, rules]) => ({ width, rules })), print, rest: (add.paper ? paperRules(theme, s) : '') + (add.page === undefined ? '' : pageRule(theme, add.page)) };
}

/**
 * A stylesheet this module wrote, without its line breaks, indentation and spaces after
 * colons and commas, quotes around identifier attribute values, and with short hex colours:
 * for sheets shipped compiled (an exported package's). Safe because of what this module writes: no value holds a line break (values
 * are checked), content strings escape every punctuation mark, and no selector names an id.
 */
export function compactStylesheet(css: string): string {
  return css
    .replace(/\n\s*/g, '')
    .replace(/([:,]) /g, '$1')
    .replace(/ \{/g, '{')
    .replace(/;\}/g, '}')
    // Attribute values that are identifiers need no quotes: [aria-selected="true"] → [aria-selected=true].
    .replace(/\[([a-z-]+)="([a-z]+)"\]/g, '[$1=$2]')
    .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3(?:([0-9a-f])\4)?(?![0-9a-f])/gi, (_, r: string, g: string, b: string, a: string | undefined) => `#${r}${g}${b}${a ?? ''}`);
}
