import chroma from 'chroma-js';
import { isHexColor, type HexColor } from './hex.ts';

export type { HexColor } from './hex.ts';

/**
 * Normalises any CSS colour syntax chroma-js understands (names, hex, rgb(), hsl(),
 * lab(), lch(), oklab(), oklch()) to lower-case `#rrggbb`, or `#rrggbbaa` when the
 * alpha is below 1. Returns `undefined` for anything that is not a colour.
 */
export function normalizeColor(input: string): HexColor | undefined {
  const text = input.trim();
  // Hex is read here, not by chroma-js, which rounds alpha to two decimals (#00000001 → #00000000).
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])([0-9a-f])?$/i.exec(text);
  if (short) {
    // The alpha digit is optional: absent, it reads as ''.
    const [, r = '', g = '', b = '', a = ''] = short;
    return normalizeHex(`#${r}${r}${g}${g}${b}${b}${a}${a}`);
  }
  if (/^#[0-9a-f]{6}([0-9a-f]{2})?$/i.test(text)) return normalizeHex(text);
  if (text === '' || !chroma.valid(text)) return undefined;
  return chroma(text).hex('auto').toLowerCase();
}

/** Lower case, and `#rrggbbff` (fully opaque) shortened to `#rrggbb`. */
function normalizeHex(hex: string): HexColor {
  const lower = hex.toLowerCase();
  return lower.length === 9 && lower.endsWith('ff') ? lower.slice(0, 7) : lower;
}

/**
 * The colour as `#rrggbb[aa]`: hex passes straight through, other CSS syntaxes are
 * normalised. Throws a TypeError naming the value when it is not a colour — the colour
 * functions of the public API call this at their door.
 */
export function requireColor(input: string): HexColor {
  if (isHexColor(input)) return normalizeHex(input);
  const hex = normalizeColor(input);
  if (hex === undefined) throw new TypeError(`'${input}' is not a colour`);
  return hex;
}
