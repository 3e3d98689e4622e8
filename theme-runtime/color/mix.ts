import { alphaOf, type HexColor } from './hex.ts';
import { linearToOklab, oklabToLinear } from './oklch.ts';
import { hexToLinear, linearToHex } from './srgb.ts';

/**
 * Mixes two colours in OKLab, so the midpoint of two equally light colours is as light as
 * they are (sRGB mixing darkens midpoints). Alpha is mixed linearly.
 * @param amount 0 gives `a`, 1 gives `b`.
 */
export function mix(a: HexColor, b: HexColor, amount: number): HexColor {
  const t = Math.min(1, Math.max(0, amount));
  const [l1, a1, b1] = linearToOklab(hexToLinear(a));
  const [l2, a2, b2] = linearToOklab(hexToLinear(b));
  const rgb = linearToHex(oklabToLinear(l1 + t * (l2 - l1), a1 + t * (a2 - a1), b1 + t * (b2 - b1)));
  const alpha = alphaOf(a) + t * (alphaOf(b) - alphaOf(a));
  return alpha >= 1 ? rgb : `${rgb}${Math.round(alpha * 255).toString(16).padStart(2, '0')}`;
}
