import chroma from 'chroma-js';

/** A colour as the runtime stores it: `#rrggbb`, or `#rrggbbaa` when not fully opaque. */
export type HexColor = string;

const HEX = /^#[0-9a-f]{6}([0-9a-f]{2})?$/;

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

/** True for a colour already in the runtime's normal form. */
export function isHexColor(value: string): boolean {
  return HEX.test(value);
}

/** Red, green and blue as 0–255 numbers, and alpha 0–1. */
export function toRgba(color: HexColor): [number, number, number, number] {
  const [r, g, b, a] = chroma(color).rgba();
  return [r, g, b, a];
}

/**
 * `color` with its alpha replaced, as `#rrggbbaa` (or `#rrggbb` for alpha 1).
 * @param alpha 0–1; values outside are clamped.
 */
export function withAlpha(color: HexColor, alpha: number): HexColor {
  return chroma(color).alpha(Math.min(1, Math.max(0, alpha))).hex('auto');
}

/**
 * Mixes two colours in OKLab, so that the midpoint of two equally light colours
 * is as light as they are (sRGB mixing darkens midpoints).
 * @param amount 0 gives `a`, 1 gives `b`.
 */
export function mix(a: HexColor, b: HexColor, amount: number): HexColor {
  return chroma.mix(a, b, amount, 'oklab').hex('auto');
}

/** `rgba(r, g, b, a)` text for consumers that do not read 8-digit hex (older plotly.py). */
export function toRgbaString(color: HexColor): string {
  const [r, g, b, a] = toRgba(color);
  return a === 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Number(a.toFixed(3))})`;
}
