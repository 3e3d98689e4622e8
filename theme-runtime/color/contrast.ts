import { toRgba, type HexColor } from './parse.ts';

/** sRGB channel 0–255 to linear light 0–1 (IEC 61966-2-1; WCAG 2.2 uses the same 0.04045 threshold). */
export function srgbToLinear(channel255: number): number {
  const c = channel255 / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). Alpha is ignored. */
export function relativeLuminance(color: HexColor): number {
  const [r, g, b] = toRgba(color);
  return 0.2126 * srgbToLinear(r) + 0.7152 * srgbToLinear(g) + 0.0722 * srgbToLinear(b);
}

/**
 * WCAG 2 contrast ratio between two opaque colours, 1 to 21. Order does not matter.
 * AA asks 4.5 for body text, 3 for large text and non-text graphics.
 */
export function contrastRatio(fg: HexColor, bg: HexColor): number {
  const a = relativeLuminance(fg);
  const b = relativeLuminance(bg);
  const [hi, lo] = a > b ? [a, b] : [b, a];
  return (hi + 0.05) / (lo + 0.05);
}

/** Whichever of black-ish `dark` or white-ish `light` reads better on `bg`. */
export function readableOn(bg: HexColor, dark: HexColor = '#000000', light: HexColor = '#ffffff'): HexColor {
  return contrastRatio(dark, bg) >= contrastRatio(light, bg) ? dark : light;
}
