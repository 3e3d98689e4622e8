import { contrastRatio as hexContrast, relativeLuminance as hexLuminance } from './contrast.ts';
import { requireColor } from './parse.ts';

// The public forms of the contrast functions take any CSS colour. The theme compilers use
// the hex-only ones in contrast.ts, which keeps chroma-js out of exported theme packages.

/** WCAG 2 contrast ratio, 1–21, of two colours in any CSS syntax. Throws on what is not a colour. */
export function contrastRatio(fg: string, bg: string): number {
  return hexContrast(requireColor(fg), requireColor(bg));
}

/** WCAG 2 relative luminance, 0–1, of a colour in any CSS syntax. */
export function relativeLuminance(color: string): number {
  return hexLuminance(requireColor(color));
}
