import { normalizeColor, type HexColor } from './parse.ts';

/** Linear-light RGB, each channel 0–1. */
export type LinearRgb = [number, number, number];

/** sRGB channel 0–255 to linear light 0–1 (IEC 61966-2-1, threshold 0.04045). */
export function srgbToLinear(channel255: number): number {
  const c = channel255 / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

// Every 8-bit value's linear light, computed once: decoding is on the hot path of the checks.
const DECODE = Float64Array.from({ length: 256 }, (_, i) => srgbToLinear(i));

/** Linear light 0–1 (clamped) to an sRGB channel 0–255, rounded. */
export function linearToSrgb255(linear: number): number {
  const c = Math.min(1, Math.max(0, linear));
  const encoded = c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055;
  return Math.round(encoded * 255);
}

/**
 * A colour as one 24-bit integer 0xRRGGBB (alpha ignored). `#rrggbb` is read directly;
 * other CSS syntaxes go through normalizeColor. Throws on what is not a colour.
 */
export function colorToInt(color: HexColor): number {
  const hex = /^#[0-9a-f]{6}/i.test(color) ? color : normalizeColor(color);
  if (hex === undefined) throw new TypeError(`'${color}' is not a colour`);
  return Number.parseInt(hex.slice(1, 7), 16);
}

/**
 * A `#rrggbb`/`#rrggbbaa` colour (alpha ignored) to linear RGB. Other CSS syntaxes go
 * through normalizeColor first; throws on something that is not a colour at all.
 */
export function hexToLinear(color: HexColor): LinearRgb {
  const n = colorToInt(color);
  return [DECODE[(n >> 16) & 255] ?? 0, DECODE[(n >> 8) & 255] ?? 0, DECODE[n & 255] ?? 0];
}

export function linearToHex([r, g, b]: LinearRgb): HexColor {
  const byte = (v: number) => linearToSrgb255(v).toString(16).padStart(2, '0');
  return `#${byte(r)}${byte(g)}${byte(b)}`;
}

/** WCAG relative luminance (Y of linear sRGB, Rec. 709 weights), 0–1. */
export function luminanceOfLinear([r, g, b]: LinearRgb): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
