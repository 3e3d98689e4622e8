import { cssVariables, type Mode, type Theme } from '../../theme-runtime/index.ts';

function block(selector: string, vars: Record<string, string>, indent = ''): string {
  const lines = Object.entries(vars).map(([k, v]) => `${indent}  ${k}: ${v};`);
  return `${indent}${selector} {\n${lines.join('\n')}\n${indent}}\n`;
}

/** A name as comment text: nothing that could close the comment, break the line, or close a <style> element it is inlined into. */
// eslint-disable-next-line no-control-regex -- control characters are what must go.
const commentText = (name: string) => name.replace(/\*\/|[<>]/g, '').replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');

/**
 * theme.css for apps without React: the theme's `--dk-*` custom properties. Light by
 * default, dark when the system prefers it, and either forced by `data-dk-mode` on any
 * element (usually <html>).
 */
export function themeCss(theme: Theme): string {
  const vars = (mode: Mode) => cssVariables(theme, mode);
  return [
    `/* ${commentText(theme.name)} — Design Kit theme. Use as var(--dk-accent), var(--dk-font-body-family) … */\n`,
    block(':root,\n[data-dk-mode="light"]', vars('light')),
    block('[data-dk-mode="dark"]', vars('dark')),
    `@media (prefers-color-scheme: dark) {\n${block(':root:not([data-dk-mode="light"])', vars('dark'), '  ')}}\n`,
  ].join('\n');
}
