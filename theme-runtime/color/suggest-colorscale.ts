import { simulateLinear } from './cvd.ts';
import { deltaE2000, linearToLab } from './lab.ts';
import { oklchToLinearInGamut, toOklch } from './oklch.ts';
import type { HexColor } from './hex.ts';
import { requireColor } from './parse.ts';
import { linearToHex, type LinearRgb } from './srgb.ts';

export interface SuggestColorscaleOptions {
  /** Number of stops; default 9 (sequential) or 11 (diverging, odd so it has a middle). */
  steps?: number;
  /** Diverging only: a light middle (default, for light backgrounds) or a dark one. */
  midpoint?: 'light' | 'dark';
}

// OKLCH lightness of the ends. OKLab L is perceptually even, so equal steps in it give
// equal-looking steps: that is the lightness correction RGB or HSL ramps lack.
const LIGHT_END = 0.97;
const DARK_END = 0.27;
const DIVERGING_END = 0.45;

/** Chroma along a ramp: none at the pale end, peaking two thirds of the way, a little less at the deep end. */
function chromaAt(t: number, peak: number): number {
  return peak * Math.sin(Math.PI * Math.min(1, t * 0.75 + 0.02)) ** 0.8;
}

function ramp(steps: number, from: number, to: number, hue: (t: number) => number, chroma: (t: number) => number): HexColor[] {
  return Array.from({ length: steps }, (_, i) => {
    const t = steps === 1 ? 0 : i / (steps - 1);
    return linearToHex(oklchToLinearInGamut(from + (to - from) * t, chroma(t), hue(t)));
  });
}

/** Worst ΔE00 between two colours over normal, protan, deutan and tritan vision. */
function worstCaseDistance(a: LinearRgb, b: LinearRgb): number {
  let min = deltaE2000(linearToLab(a), linearToLab(b));
  for (const d of ['protan', 'deutan', 'tritan'] as const) {
    min = Math.min(min, deltaE2000(linearToLab(simulateLinear(a, d)), linearToLab(simulateLinear(b, d))));
  }
  return min;
}

/**
 * A colour scale built in OKLCH from the accent's hue.
 * - sequential: from near-white to deep, lightness falling evenly, so order reads at a glance
 *   in any colour vision (lightness is what every deficiency keeps);
 * - diverging: the accent's hue on one side and, on the other, the hue whose end colour
 *   stays most distinct from the accent's end for protans, deutans and tritans, meeting at a
 *   light (or dark) neutral middle.
 */
export function suggestColorscale(accent: HexColor, kind: 'sequential' | 'diverging', options: SuggestColorscaleOptions = {}): HexColor[] {
  const [, accentChroma, hue] = toOklch(requireColor(accent));
  // Greys have no hue to follow; give them a cool blue so the scale still reads as colour.
  const baseHue = accentChroma < 0.02 ? 250 : hue;
  const peak = Math.max(0.1, Math.min(0.2, accentChroma));
  if (kind === 'sequential') {
    const steps = Math.max(2, Math.round(options.steps ?? 9));
    // A slight hue turn towards yellow at the pale end, as in well-made scales (e.g. Blues → YlGnBu).
    return ramp(steps, LIGHT_END, DARK_END, (t) => baseHue - 12 * (1 - t), (t) => chromaAt(t, peak));
  }
  const steps = Math.max(3, Math.round(options.steps ?? 11));
  const half = Math.floor(steps / 2);
  const darkMiddle = options.midpoint === 'dark';
  const middleL = darkMiddle ? 0.25 : LIGHT_END;
  // Ends must differ in lightness from the middle: mid-dark ends for a light middle, light ends for a dark one.
  const endL = darkMiddle ? 0.8 : DIVERGING_END;
  const endAt = (h: number) => oklchToLinearInGamut(endL, peak, h);
  let otherHue = (baseHue + 180) % 360;
  let best = -Infinity;
  for (let offset = -90; offset <= 90; offset += 10) {
    const h = (baseHue + 180 + offset + 360) % 360;
    const d = worstCaseDistance(endAt(baseHue), endAt(h));
    if (d > best + 1) {
      best = d;
      otherHue = h;
    }
  }
  // Full colour at the ends, fading to neutral at the middle.
  const side = (h: number) => ramp(half + 1, endL, middleL, () => h, (t) => peak * (1 - t) ** 0.7).slice(0, half);
  const middle = linearToHex(oklchToLinearInGamut(middleL, 0.005, baseHue));
  const odd = steps % 2 === 1 ? [middle] : [];
  return [...side(otherHue), ...odd, ...side(baseHue).reverse()];
}
