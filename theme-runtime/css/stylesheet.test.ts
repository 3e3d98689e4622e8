import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../model/defaults.ts';
import { resolveTheme } from '../model/resolve.ts';
import { compactStylesheet, componentStylesheet, modeStylesheet, safeScope } from './stylesheet.ts';
import { declarations, isSafeCssValue } from './declarations.ts';

describe('componentStylesheet', () => {
  const css = componentStylesheet(DEFAULT_THEME, 'light', 'dk-scope-1');

  it('scopes every rule under the provider’s class', () => {
    const selectors = css.split('\n').filter((line) => line.endsWith('{') && !line.trim().startsWith('@'));
    expect(selectors.length).toBeGreaterThan(40);
    for (const selector of selectors) expect(selector.trim()).toMatch(/^(\.dk-scope-1 |body:has\(\.dk-scope-1 \.dk-App\)|:root:has\(\.dk-scope-1 \.dk-Report\)|body:has\(\.dk-scope-1 \.dk-Report\))/);
  });

  it('sits in one cascade layer, so an app’s own classes and inline styles win', () => {
    const root = postcss.parse(css);
    expect(root.nodes.map((n) => (n.type === 'atrule' ? `@${n.name} ${n.params}` : n.type))).toEqual(['@layer design-kit']);
    // Unlayered on request (a theme editor's preview), the same rules otherwise.
    const plain = componentStylesheet(DEFAULT_THEME, 'light', 'dk-scope-1', false);
    expect(plain).not.toContain('@layer');
    expect(css).toContain(plain.split('\n')[0] ?? '');
  });

  it('has hover, keyboard focus and disabled states for buttons', () => {
    expect(css).toContain('.dk-scope-1 .dk-Button:hover:not(:disabled)');
    expect(css).toContain('.dk-scope-1 .dk-Button:focus-visible {');
    expect(css).toMatch(/\.dk-Button:disabled, \.dk-scope-1 \.dk-Button\[aria-disabled="true"\]/);
  });

  it('restyles the selected tab and striped table rows', () => {
    expect(css).toContain('.dk-scope-1 .dk-Tabs .dk-Tabs__tab[aria-selected="true"]');
    expect(css).toContain('.dk-scope-1 .dk-Table .dk-Table__row[aria-selected="true"]');
    expect(css).toContain('.dk-Table .dk-Table__row:nth-child(even)');
  });

  it('stacks rows below the phone breakpoint and prints A4 pages with page numbers', () => {
    expect(css).toContain(`@media (max-width: ${DEFAULT_THEME.breakpoints.phone - 0.02}px)`);
    expect(css).toContain(`@container dk-app (max-width: ${DEFAULT_THEME.breakpoints.phone - 0.02}px)`);
    expect(css).toMatch(/@media print \{[\s\S]*@page \{\n\s+size: A4 portrait;[\s\S]*counter\(page\) " of " counter\(pages\)/);
  });

  it('has balanced braces: no value can open or close a block', () => {
    expect(css.split('{').length).toBe(css.split('}').length);
  });
});

describe('CSS safety', () => {
  it('refuses values that could escape their declaration', () => {
    for (const bad of ['red; } body { display: none', '</style><script>', 'url(javascript:alert(1))', 'expression(alert(1))', 'x /* y', 'a\\62 c', 'red\n}', '@import "x"']) {
      expect(isSafeCssValue(bad), bad).toBe(false);
      expect(declarations({ color: bad })).toBe('');
    }
    expect(isSafeCssValue('"Source Serif 4", Georgia, serif')).toBe(true);
    expect(isSafeCssValue('0 1px 2px rgba(16, 24, 40, 0.06)')).toBe(true);
  });

  it('keeps scope names to selector-safe characters', () => {
    expect(safeScope(':r1:')).toBe('r1');
    expect(safeScope('1x')).toBe('dk-1x');
    expect(safeScope('a{b}')).toBe('ab');
  });
});

describe('modeStylesheet', () => {
  const css = modeStylesheet(DEFAULT_THEME, 'dk-scope-1', false);

  it('holds both modes, each under the provider’s mode attribute, so a switch replaces no sheet', () => {
    for (const mode of ['light', 'dark'] as const) {
      const one = componentStylesheet(DEFAULT_THEME, mode, 'dk-scope-1', false).replaceAll('.dk-scope-1', `.dk-scope-1[data-dk-mode=${mode}]`);
      // Every rule of the mode's own sheet is there, page rule aside.
      // (Rules both modes share in queries and print are written once, under [data-dk-mode].)
      const rules = one.split('\n').filter((line) => line.endsWith('{') && !line.startsWith(' ') && !line.startsWith('@') && !/:has\(.*\.dk-Report\)/.test(line) && !line.includes('.js-plotly-plot') && !/\.dk-Table__(scroll\[data-more=|caption)/.test(line));
      for (const selector of rules) expect(css).toContain(selector);
      expect(css).toContain(`.dk-scope-1[data-dk-mode=${mode}] {\n  color-scheme: ${mode};`);
    }
    // What stops inheritance at each chart, and what a table does, are the same in both modes: written once.
    expect(css.match(/\.js-plotly-plot \{/g)).toHaveLength(1);
    expect(css.match(/\.dk-Table__caption \{/g)).toHaveLength(1);
    expect(css.match(/\.dk-Table__scroll\[data-more=right\] \{/g)).toHaveLength(1);
    expect(css).toContain(`accent-color: ${resolveTheme(DEFAULT_THEME, 'dark').colors.accent}`);
  });

  it('writes a phone layout rule once when both modes have it, and per mode one that holds a colour', () => {
    const width = DEFAULT_THEME.breakpoints.phone - 0.02;
    const blocks = [...css.matchAll(new RegExp(`@container dk-app \\(max-width: ${width}px\\) \\{\n([\\s\\S]*?)\n\\}`, 'g'))].map((m) => m[1] ?? '');
    const shared = blocks.find((b) => b.includes('[data-dk-mode] .dk-Row'));
    expect(shared).toMatch(/\.dk-scope-1\[data-dk-mode\] \.dk-Row \{\n\s+flex-direction: column;/);
    // A report page on a phone is a reading view: the screen's width, not the paper's margins.
    expect(shared).toMatch(/\[data-dk-mode\] \.dk-Page \{\n\s+padding: 16px;\n\s+min-height: auto;/);
    // The sidebar's rule under it draws a border in the mode's colour: one per mode, none shared.
    for (const mode of ['light', 'dark'] as const) {
      const own = blocks.find((b) => b.includes(`[data-dk-mode=${mode}] .dk-Sidebar`));
      expect(own).toContain(`border-bottom: 1px solid ${resolveTheme(DEFAULT_THEME, mode).colors.border}`);
      expect(own).not.toContain('.dk-Row');
    }
    expect(shared).not.toContain('.dk-Sidebar');
    // Shared rules come after both modes' own: they override the base rules they follow.
    expect(css.indexOf('[data-dk-mode] .dk-Row {')).toBeGreaterThan(css.lastIndexOf('[data-dk-mode=dark] .dk-Row {'));
  });

  it('prints one page rule, in the light mode’s colours: page margins are paper', () => {
    expect(css.match(/@page \{/g)).toHaveLength(1);
    expect(css).toContain(`color: ${resolveTheme(DEFAULT_THEME, 'light').colors.subtleText};\n      font-family: Inter, system-ui, sans-serif;\n      font-size: 9pt;`);
  });

  it('prints what a report holds on light paper in dark mode, one class more specific than the screen rules', () => {
    const light = resolveTheme(DEFAULT_THEME, 'light').colors;
    const print = css.slice(css.indexOf('@media print', css.indexOf('[data-dk-mode=dark]')));
    expect(print).toContain(`.dk-scope-1[data-dk-mode=dark] .dk-Report .dk-Card {`);
    expect(print).toMatch(new RegExp(`\\.dk-Report \\.dk-Card \\{[^}]*background-color: ${light.backgroundContent};`));
    // Light mode is the paper: no second copy of its rules.
    expect(css).not.toContain('[data-dk-mode=light] .dk-Report .dk-Card');
  });

  it('writes running headers and footers as escaped CSS strings, and a dark paper edge to edge', () => {
    const theme = { ...DEFAULT_THEME, report: { header: 'Q3 "final" </style>', footer: 'Acme · confidential', paper: 'dark' as const } };
    const sheet = modeStylesheet(theme, 'scope-2');
    expect(sheet).toContain('@top-left {\n      content: "Q3 \\22 final\\22  \\3c \\2f style\\3e ";');
    expect(sheet).toContain('@bottom-left {\n      content: "Acme \\b7  confidential";');
    expect(sheet).not.toContain('</style>');
    expect(sheet).toContain(`background: ${resolveTheme(theme, 'dark').colors.reportBackground};`);
    expect(sheet).toContain('print-color-adjust: exact;');
    expect(sheet).toContain(".scope-2[data-dk-mode=light] .dk-Report .dk-Card {");
  });
});

describe('compactStylesheet', () => {
  it('gives the same rules in fewer bytes: postcss reads the same declarations', () => {
    const css = modeStylesheet({ ...DEFAULT_THEME, report: { header: 'Q3: revenue, costs & #1 "risk"' } }, 'dk-scope-9');
    const compact = compactStylesheet(css);
    expect(compact.length).toBeLessThan(css.length * 0.9);
    const declarations = (text: string) => {
      const out: string[] = [];
      postcss.parse(text).walkDecls((d) => void out.push(`${d.prop}:${d.value.replace(/,\s+/g, ',').replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/gi, '#$1$2$3')}`));
      return out;
    };
    expect(declarations(compact)).toEqual(declarations(css));
    // The running header's text survives as written (escaped in the content string).
    expect(compact).toContain('content:"Q3\\3a  revenue\\2c  costs \\26  \\23 1 \\22 risk\\22 "');
  });
});

