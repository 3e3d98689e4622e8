import { composite } from './composite.ts';
import { contrastOfLuminances } from './contrast.ts';
import { isHexColor, type HexColor } from './hex.ts';
import { linearToOklch, oklchToLinearInGamut } from './oklch.ts';
import { hexToLinear, linearToHex, luminanceOfLinear, type LinearRgb } from './srgb.ts';

/** WCAG 2.2 SC 1.4.11's 3:1 plus a margin, so 8-bit rounding cannot drop a variant below 3:1. */
export const SERIES_CONTRAST_TARGET = 3.08;

/**
 * A series colour as one mode draws it. Series are stored as their light-mode colours.
 * - On a light plot area: the colour itself where it stands out (3:1, WCAG 1.4.11), otherwise
 *   the nearest colour of the same OKLCH hue, chroma kept as far as sRGB allows, that does
 *   (a yellow brand deepens to an ochre).
 * - On a dark plot area: lifted the way designers draw dark-mode series (Tailwind's 600 → 400,
 *   Carbon's 60 → 40 grades): OKLCH lightness pulled a quarter of the way to white
 *   (L' = 1 − 0.75 (1 − L)), hue and chroma kept; then, if still needed, lifted to 3:1.
 *   Pulling every colour, not only the failing ones, keeps the lightness steps between series
 *   (a navy and a blue stay apart instead of both landing on the 3:1 line), and a yellow
 *   that glows on dark stays close to itself.
 */
export function seriesVariant(color: HexColor, background: HexColor, options: { lift?: boolean } = {}): HexColor {
  // Hex only: resolveTheme calls this, and exported theme packages carry no colour parser.
  if (!isHexColor(color) || !isHexColor(background)) throw new TypeError(`seriesVariant takes #rrggbb colours, got '${color}' on '${background}'`);
  const hex = color.toLowerCase();
  // A translucent series is drawn as set: what it shows depends on what lies under it.
  if (hex.length === 9) return hex;
  const rgb = hexToLinear(hex);
  const variant = seriesVariantLinear(rgb, luminanceOfLinear(hexToLinear(composite(background.toLowerCase(), '#ffffff'))), options.lift ?? true);
  return variant === rgb ? hex : linearToHex(variant);
}

/**
 * seriesVariant on linear RGB, against a background's luminance; returns `rgb` itself when
 * unchanged. `lift: false` skips the dark-mode lift (for a colour already chosen for this
 * mode, e.g. a `{role}` of the dark palette): only the 3:1 move remains.
 */
export function seriesVariantLinear(input: LinearRgb, backgroundY: number, lift = true, target = SERIES_CONTRAST_TARGET): LinearRgb {
  const darkPlot = contrastOfLuminances(1, backgroundY) > contrastOfLuminances(0, backgroundY);
  const rgb = darkPlot && lift ? liftedForDark(input) : input;
  if (contrastOfLuminances(luminanceOfLinear(rgb), backgroundY) >= target) return rgb;
  const [l, c, h] = linearToOklch(rgb);
  const at = (lightness: number) => oklchToLinearInGamut(lightness, c, h);
  // Away from the background: darker on a light plot area, lighter on a dark one.
  const end = darkPlot ? 1 : 0;
  let near = l;
  let far = end;
  for (let i = 0; i < 24; i++) {
    const mid = (near + far) / 2;
    if (contrastOfLuminances(luminanceOfLinear(at(mid)), backgroundY) >= target) far = mid;
    else near = mid;
  }
  return at(far);
}

const DARK_LIFT = 0.75;

function liftedForDark(rgb: LinearRgb): LinearRgb {
  const [l, c, h] = linearToOklch(rgb);
  return oklchToLinearInGamut(1 - DARK_LIFT * (1 - l), c, h);
}
