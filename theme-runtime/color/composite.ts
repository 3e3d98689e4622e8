import { alphaOf, rgbaToHex, toRgba, type HexColor } from './hex.ts';

/**
 * The opaque colour a translucent `top` shows over `bottom`, blended the way browsers
 * and plotly paint it: per channel in gamma-encoded sRGB (CSS Compositing, "source-over").
 * A translucent `bottom` is first put on `canvas` (white unless told), because whatever
 * a person sees ends on something opaque. Opaque colours pass through unchanged.
 */
export function composite(top: HexColor, bottom: HexColor, canvas: HexColor = '#ffffff'): HexColor {
  const under = alphaOf(bottom) < 1 ? composite(bottom, canvas) : bottom.slice(0, 7);
  const a = alphaOf(top);
  if (a >= 1) return top.slice(0, 7);
  const [r1, g1, b1] = toRgba(top);
  const [r2, g2, b2] = toRgba(under);
  return rgbaToHex(r1 * a + r2 * (1 - a), g1 * a + g2 * (1 - a), b1 * a + b2 * (1 - a));
}
