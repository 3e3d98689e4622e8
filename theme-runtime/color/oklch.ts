import type { HexColor } from './hex.ts';
import { hexToLinear, linearToHex, type LinearRgb } from './srgb.ts';

/** OKLCH: lightness 0–1, chroma 0–~0.37, hue 0–360° (0 for greys). */
export type Oklch = [number, number, number];

// Björn Ottosson's OKLab (2020) matrices. Written out rather than taken from chroma-js
// because suggestions convert thousands of candidates; a test checks them against chroma-js.
export function linearToOklab([r, g, b]: LinearRgb): [number, number, number] {
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** OKLab to linear sRGB, unclamped. */
export function oklabToLinear(l: number, a: number, b: number): LinearRgb {
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
}

export function linearToOklch(rgb: LinearRgb): Oklch {
  const [L, A, B] = linearToOklab(rgb);
  const c = Math.hypot(A, B);
  // Below this chroma the hue is noise from rounding: call it a grey.
  const h = c < 1e-4 ? 0 : ((Math.atan2(B, A) * 180) / Math.PI + 360) % 360;
  return [L, c, h];
}

/** OKLCH to linear sRGB, unclamped: channels outside 0–1 mean "not in sRGB". */
export function oklchToLinear(l: number, c: number, h: number): LinearRgb {
  // A neutral is exactly L³ on every channel; the matrices would add ~1e-7 of round-off
  // that, at an 8-bit rounding boundary, tints a grey (#777677 instead of #767676).
  if (c < 1e-4) {
    const y = l ** 3;
    return [y, y, y];
  }
  const rad = (h * Math.PI) / 180;
  return oklabToLinear(l, c * Math.cos(rad), c * Math.sin(rad));
}

const EPS = 1e-6;
export function isInGamut([r, g, b]: LinearRgb): boolean {
  return r >= -EPS && r <= 1 + EPS && g >= -EPS && g <= 1 + EPS && b >= -EPS && b <= 1 + EPS;
}

export function toOklch(color: HexColor): Oklch {
  return linearToOklch(hexToLinear(color));
}

/**
 * The sRGB colour at this OKLCH lightness and hue with as much of the requested chroma as
 * sRGB can show. Lowering chroma keeps lightness and hue, where per-channel clipping
 * would shift both.
 */
export function oklchToLinearInGamut(l: number, c: number, h: number): LinearRgb {
  const lightness = Math.min(1, Math.max(0, l));
  let rgb = oklchToLinear(lightness, Math.max(0, c), h);
  if (isInGamut(rgb)) return rgb;
  let lo = 0;
  let hi = Math.max(0, c);
  for (let i = 0; i < 18; i++) {
    const mid = (lo + hi) / 2;
    if (isInGamut(oklchToLinear(lightness, mid, h))) lo = mid;
    else hi = mid;
  }
  rgb = oklchToLinear(lightness, lo, h);
  return rgb;
}

export function fromOklch(l: number, c: number, h: number): HexColor {
  return linearToHex(oklchToLinearInGamut(l, c, h));
}
