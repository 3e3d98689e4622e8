import { paperMode } from '../model/paper.ts';
import { resolveTheme } from '../model/resolve.ts';
import type { Theme } from '../model/types.ts';
import { componentProps } from '../props/component-props.ts';
import type { ComponentName, StyleMap } from '../props/types.ts';
import { isSafeCssValue, rule } from './declarations.ts';
import { partSelector } from './selectors.ts';

/**
 * A CSS string for `content`: every character but letters, digits and spaces escaped, so
 * no header text can close the string, the rule or a server-rendered <style> element.
 */
export function cssString(text: string): string {
  // Code point by code point: an escape names one code point, whatever it is part of.
  return `"${text.replace(/[^A-Za-z0-9 ]/gu, (ch) => `\\${(ch.codePointAt(0) ?? 0x20).toString(16)} `)}"`;
}


/**
 * The sheet reports print on: size, orientation and margins, the running header and footer
 * and "Page n of m" in the margins, in the paper mode's quiet text and the report font. A
 * dark paper is painted edge to edge (the margins too) and printed with its backgrounds.
 * `scope` is the provider's class selector, whatever mode it shows.
 */
export function pageRule(theme: Theme, scope: string): string {
  const r = resolveTheme(theme, paperMode(theme));
  const { size, margin } = componentProps(theme, r.mode, 'Page').print?.page ?? { size: 'A4 portrait', margin: '16mm' };
  if (!isSafeCssValue(size) || !isSafeCssValue(margin)) return '';
  const font = r.report.font.family;
  const box = (where: string, content: string) =>
    `    @${where} {\n      content: ${content};\n      color: ${r.colors.subtleText};\n${isSafeCssValue(font) ? `      font-family: ${font};\n` : ''}      font-size: 9pt;\n    }\n`;
  const { header, footer, pageNumbers } = r.report;
  const dark = r.mode === 'dark';
  return [
    '@media print {\n',
    `  @page {\n    size: ${size};\n    margin: ${margin};\n`,
    dark ? `    background: ${r.colors.reportBackground};\n` : '',
    header === '' ? '' : box('top-left', cssString(header)),
    footer === '' ? '' : box('bottom-left', cssString(footer)),
    pageNumbers ? box('bottom-right', '"Page " counter(page) " of " counter(pages)') : '',
    '  }\n',
    // The page behind the report is the paper too (an app in dark mode would print its dark
    // canvas); browsers leave backgrounds out of print by default, and a dark paper needs them.
    `  :root:has(${scope} .dk-Report) {\n    color-scheme: ${r.mode};\n    background: ${r.colors.reportBackground};\n`,
    dark ? '    print-color-adjust: exact;\n    -webkit-print-color-adjust: exact;\n' : '',
    '  }\n',
    // The App's page colour on the body would cover the paper inside the margins, and the
    // body's own margin would push a full page onto another sheet: the sheet has margins.
    `  body:has(${scope} .dk-Report) {\n    margin: 0;\n    background: transparent;\n  }\n`,
    '}\n',
  ].join('');
}

// Declarations that carry colour; the rest (sizes, fonts, layout) is the same in every mode.
const COLOURED = /color|background|border|shadow|outline|fill|stroke/i;
const colours = (style: StyleMap): StyleMap => Object.fromEntries(Object.entries(style).filter(([property]) => COLOURED.test(property)));

// What a report holds: content, not the app's chrome or its controls (no one prints a
// sidebar, a tab bar or an input).
const REPORT_CONTENT: readonly ComponentName[] = ['Title', 'Card', 'CardHeader', 'CardFooter', 'DataCard', 'Graph', 'Table', 'Tag', 'Notification'];

/**
 * Printed, what sits in a report takes the paper's colours whatever the screen shows: the
 * paper mode's colours for the content components inside a Report, one class more specific
 * than the screen mode's rules (`s` selects the screen mode). Report and Page print by their
 * own rules.
 */
export function paperRules(theme: Theme, s: string): string {
  const mode = paperMode(theme);
  const out: string[] = [];
  for (const name of REPORT_CONTENT) {
    const props = componentProps(theme, mode, name);
    const base = `${s} .dk-Report .dk-${name}`;
    out.push(rule(base, colours(props.style), '  '));
    for (const [part, style] of Object.entries(props.parts)) out.push(rule(partSelector(base, name, part), colours(style), '  '));
  }
  return `@media print {\n${out.join('')}}\n`;
}
