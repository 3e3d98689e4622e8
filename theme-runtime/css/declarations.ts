import type { StyleMap } from '../props/types.ts';

// A stylesheet is written on every step of a colour drag in the editor, from a few hundred
// declarations over a few dozen property names: each name is converted once.
const kebabs = new Map<string, string>();
function kebab(name: string): string {
  let k = kebabs.get(name);
  if (k === undefined) {
    k = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    kebabs.set(name, k);
  }
  return k;
}

// Values that could end a declaration, open or close a block, start a comment, escape,
// or fetch/execute something. Theme values never contain them (parseTheme sees to that);
// this is the second line of defence, for values that reach CSS by another way.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must not pass.
const UNSAFE_VALUE = /[;{}<>\\@!]|\/\*|\*\/|url\s*\(|expression\s*\(|javascript:|[\u0000-\u001f\u007f]/i;

/**
 * Quotes, parentheses and brackets open a token or block that only its partner closes: one
 * left open would swallow the declarations after it. Escapes are refused above, so counting
 * is enough.
 */
function balanced(value: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (const ch of value) {
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') {
      if (--depth < 0) return false;
    }
  }
  return depth === 0 && quote === undefined;
}
const SAFE_PROPERTY = /^[a-zA-Z][a-zA-Z-]*$/;

/** True when `value` can stand as one CSS declaration value without changing any other rule. */
export function isSafeCssValue(value: string | number): boolean {
  return typeof value === 'number' ? Number.isFinite(value) : value.length <= 400 && !UNSAFE_VALUE.test(value) && balanced(value);
}

/** `prop: value;` lines for a style map; unsafe properties or values are left out. */
export function declarations(style: StyleMap, indent = '  '): string {
  let out = '';
  for (const property in style) {
    const value = style[property];
    if (value === undefined || !SAFE_PROPERTY.test(property) || !isSafeCssValue(value)) continue;
    out += `${out === '' ? '' : '\n'}${indent}${kebab(property)}: ${String(value)};`;
  }
  return out;
}

export function rule(selector: string, style: StyleMap | undefined, indent = ''): string {
  if (style === undefined) return '';
  const body = declarations(style, `${indent}  `);
  return body === '' ? '' : `${indent}${selector} {\n${body}\n${indent}}\n`;
}
