import { composite } from './composite.ts';
import type { HexColor } from './hex.ts';
import { hexToInt } from './hex.ts';
import { requireColor } from './parse.ts';

// APCA 0.0.98G-4g constants (Myndex, "APCA-W3" base algorithm).
const R_CO = 0.2126729;
const G_CO = 0.7151522;
const B_CO = 0.072175;
const MAIN_TRC = 2.4;
const NORM_BG = 0.56;
const NORM_TXT = 0.57;
const REV_TXT = 0.62;
const REV_BG = 0.65;
const BLK_THRS = 0.022;
const BLK_CLMP = 1.414;
const SCALE = 1.14;
const LO_OFFSET = 0.027;
const LO_CLIP = 0.1;
const DELTA_Y_MIN = 0.0005;

/** APCA's screen luminance: a plain 2.4 power curve, not the piecewise sRGB one. */
function apcaY(color: HexColor): number {
  const n = hexToInt(color);
  const channel = (shift: number) => (((n >> shift) & 255) / 255) ** MAIN_TRC;
  const y = R_CO * channel(16) + G_CO * channel(8) + B_CO * channel(0);
  // Soft clamp near black, where screens and eyes flare.
  return y > BLK_THRS ? y : y + (BLK_THRS - y) ** BLK_CLMP;
}

/**
 * APCA lightness contrast Lc of `text` on `background`, roughly −108 to 106. Positive for
 * dark text on a light background, negative for light on dark. |Lc| 75 is the usual floor
 * for body text, 60 for large text, 45 for headlines and non-text.
 */
export function apcaContrast(text: HexColor, background: HexColor): number {
  // Translucent colours are measured as they show (see contrastRatio).
  const bg = composite(requireColor(background), '#ffffff');
  const yText = apcaY(composite(requireColor(text), bg));
  const yBg = apcaY(bg);
  if (Math.abs(yBg - yText) < DELTA_Y_MIN) return 0;
  if (yBg > yText) {
    const sapc = (yBg ** NORM_BG - yText ** NORM_TXT) * SCALE;
    return sapc < LO_CLIP ? 0 : (sapc - LO_OFFSET) * 100;
  }
  const sapc = (yBg ** REV_BG - yText ** REV_TXT) * SCALE;
  return sapc > -LO_CLIP ? 0 : (sapc + LO_OFFSET) * 100;
}
