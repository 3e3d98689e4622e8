import { hexToInt, type HexColor } from './hex.ts';

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

/** A `#rrggbb`/`#rrggbbaa` colour (alpha ignored) to linear RGB. */
export function hexToLinear(color: HexColor): LinearRgb {
  const n = hexToInt(color);
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
