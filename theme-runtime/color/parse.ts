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
  if (text === '' || !chroma.valid(text)) return undefined;
  return chroma(text).hex('auto').toLowerCase();
}

/**
 * The colour as `#rrggbb[aa]`: hex passes straight through, other CSS syntaxes are
 * normalised. Throws a TypeError naming the value when it is not a colour — the colour
 * functions of the public API call this at their door.
 */
export function requireColor(input: string): HexColor {
  if (isHexColor(input)) return input.toLowerCase();
  const hex = normalizeColor(input);
  if (hex === undefined) throw new TypeError(`'${input}' is not a colour`);
  return hex;
}
