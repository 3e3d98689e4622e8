import { composite } from './composite.ts';
import type { HexColor } from './hex.ts';
import { hexToLinear, luminanceOfLinear } from './srgb.ts';

export { srgbToLinear } from './srgb.ts';

/** WCAG 2 relative luminance, 0 (black) to 1 (white). Alpha is ignored. */
export function relativeLuminance(color: HexColor): number {
  return luminanceOfLinear(hexToLinear(color));
}

/** WCAG 2 contrast ratio from two relative luminances. */
export function contrastOfLuminances(a: number, b: number): number {
  const [hi, lo] = a > b ? [a, b] : [b, a];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * WCAG 2 contrast ratio of `fg` drawn on `bg`, 1 to 21. A translucent `fg` is measured as
 * it shows, composited over `bg` (a translucent `bg` over white): `#0000004d` text on white
 * is 2.1:1, not 21:1. For opaque colours order does not matter.
 * AA asks 4.5 for body text, 3 for large text and non-text graphics (1.4.11); AAA asks 7.
 */
export function contrastRatio(fg: HexColor, bg: HexColor): number {
  const under = composite(bg, '#ffffff');
  return contrastOfLuminances(relativeLuminance(composite(fg, under)), relativeLuminance(under));
}

/** Whichever of `dark` or `light` reads better on `bg`. */
export function readableOn(bg: HexColor, dark: HexColor = '#000000', light: HexColor = '#ffffff'): HexColor {
  return contrastRatio(dark, bg) >= contrastRatio(light, bg) ? dark : light;
}
