// Plain `#rrggbb` / `#rrggbbaa` arithmetic with no colour library behind it: the theme
// compilers (and so every exported theme package) run on this alone. Colours reach it
// normalised by parseTheme; other CSS syntaxes go through parse.ts first.

/** A colour as the runtime stores it: `#rrggbb`, or `#rrggbbaa` when not fully opaque. */
export type HexColor = string;

const HEX = /^#[0-9a-f]{6}([0-9a-f]{2})?$/i;

/** True for `#rrggbb` or `#rrggbbaa` (either case). */
export function isHexColor(value: string): boolean {
  return HEX.test(value);
}

/** 0xRRGGBB of a hex colour (alpha ignored). Throws on anything else: callers normalise first. */
export function hexToInt(color: HexColor): number {
  if (!HEX.test(color)) throw new TypeError(`'${color}' is not a #rrggbb colour`);
  return Number.parseInt(color.slice(1, 7), 16);
}

/** Alpha 0–1 (1 for `#rrggbb`). */
export function alphaOf(color: HexColor): number {
  return color.length === 9 ? Number.parseInt(color.slice(7, 9), 16) / 255 : 1;
}

/** Red, green and blue 0–255 and alpha 0–1. */
export function toRgba(color: HexColor): [number, number, number, number] {
  const n = hexToInt(color);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alphaOf(color)];
}

const byte = (n: number) => Math.round(Math.min(255, Math.max(0, n))).toString(16).padStart(2, '0');

export function rgbaToHex(r: number, g: number, b: number, alpha = 1): HexColor {
  const a = Math.min(1, Math.max(0, alpha));
  return `#${byte(r)}${byte(g)}${byte(b)}${a >= 1 ? '' : byte(a * 255)}`;
}

/**
 * `color` with its alpha replaced, as `#rrggbbaa` (or `#rrggbb` for alpha 1).
 * @param alpha 0–1; values outside are clamped.
 */
export function withAlpha(color: HexColor, alpha: number): HexColor {
  const [r, g, b] = toRgba(color);
  return rgbaToHex(r, g, b, alpha);
}

/** `rgb()`/`rgba()` text, for consumers that do not read 8-digit hex (plotly.py). */
export function toRgbaString(color: HexColor): string {
  const [r, g, b, a] = toRgba(color);
  return a === 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Number(a.toFixed(3))})`;
}
