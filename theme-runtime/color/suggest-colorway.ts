import { checkColorway, DEFAULT_DISTANCE_THRESHOLD, NON_TEXT_CONTRAST } from './colorway-check.ts';
import { contrastOfLuminances } from './contrast.ts';
import { simulateLinear } from './cvd.ts';
import { deltaE2000, linearToLab, type Lab } from './lab.ts';
import { isInGamut, linearToOklch, oklchToLinear, oklchToLinearInGamut, toOklch } from './oklch.ts';
import type { HexColor } from './hex.ts';
import { requireColor } from './parse.ts';
import { hexToLinear, linearToHex, luminanceOfLinear, type LinearRgb } from './srgb.ts';

export interface SuggestColorwayOptions {
  /** How many colours, 2–20; default 8. Up to 8 are guaranteed to pass the checks. */
  count?: number;
  /** Which backgrounds the colours must stand out from; default both. */
  mode?: 'light' | 'dark' | 'both';
  /** Plot backgrounds; default white and #121212. */
  backgrounds?: { light?: HexColor; dark?: HexColor };
  /** Smallest ΔE00 between any two colours in every vision; default DEFAULT_DISTANCE_THRESHOLD. */
  threshold?: number;
  /**
   * Colours already in use that the new ones must stay clear of, e.g. the other mode's
   * accent when the colorway starts with `{accent}`. They are not part of the result.
   */
  avoid?: readonly HexColor[];
}

// Contrast targets carry a margin so 8-bit rounding cannot drop a colour below 3:1.
const CONTRAST_TARGET = NON_TEXT_CONTRAST + 0.08;

interface Band {
  minY: number;
  maxY: number;
}

/** The luminance range in which a colour reaches 3:1 on every active background. */
function luminanceBand(mode: 'light' | 'dark' | 'both', light: HexColor, dark: HexColor): Band {
  // Without a background on one side, stay clear of near-black and near-white: series
  // there read as text or as holes rather than as colours.
  let minY = 0.03;
  let maxY = 0.8;
  if (mode !== 'dark') {
    const y = luminanceOfLinear(hexToLinear(light));
    maxY = Math.min(maxY, (y + 0.05) / CONTRAST_TARGET - 0.05);
  }
  if (mode !== 'light') {
    const y = luminanceOfLinear(hexToLinear(dark));
    minY = Math.max(minY, CONTRAST_TARGET * (y + 0.05) - 0.05);
  }
  return { minY, maxY };
}

interface Candidate {
  rgb: LinearRgb;
  chroma: number;
  /** OKLCH hue, degrees. */
  hue: number;
  /** Lab in normal vision and as protans, deutans and tritans see it. */
  views: [Lab, Lab, Lab, Lab];
}

function viewsOf(rgb: LinearRgb): [Lab, Lab, Lab, Lab] {
  return [
    linearToLab(rgb),
    linearToLab(simulateLinear(rgb, 'protan')),
    linearToLab(simulateLinear(rgb, 'deutan')),
    linearToLab(simulateLinear(rgb, 'tritan')),
  ];
}

/** The smallest difference between two colours over the four ways of seeing them. */
function worstDistance(a: Candidate['views'], b: Candidate['views']): number {
  let min = Infinity;
  for (let v = 0; v < 4; v++) {
    const d = deltaE2000(a[v] as Lab, b[v] as Lab);
    if (d < min) min = d;
  }
  return min;
}

// A candidate at least this far (ΔE00, worst vision) from every chosen colour is "far
// enough"; among those the one nearest the preferred OKLCH chroma wins, so colorways stay
// lively without going neon. Below it, distance alone decides. Over 300 random accents
// this keeps every pair of an 8-colour suggestion above ΔE 8 in all four visions.
const DISTANCE_ENOUGH = 12;
const PREFERRED_CHROMA = 0.2;

/**
 * How welcome a far-enough candidate is: a hue unlike those already chosen (so a colorway
 * does not end up with two pinks told apart only by lightness), then chroma near the
 * preferred one. Hue gaps count up to 60°; greys count as a 30° gap.
 */
function liveliness(candidate: Candidate, chosenHues: readonly number[]): number {
  let gap = 60;
  if (candidate.chroma < 0.06) gap = 30;
  else for (const h of chosenHues) gap = Math.min(gap, Math.abs(h - candidate.hue), 360 - Math.abs(h - candidate.hue));
  return gap + HUE_WEIGHT_CHROMA * (1 - Math.abs(candidate.chroma - PREFERRED_CHROMA));
}
const HUE_WEIGHT_CHROMA = 40;

// Candidates depend only on the band; the editor asks again and again with the same backgrounds.
const pools = new Map<string, Candidate[]>();

function candidatePool(band: Band): Candidate[] {
  const key = `${band.minY.toFixed(4)}:${band.maxY.toFixed(4)}`;
  const cached = pools.get(key);
  if (cached) return cached;
  const pool: Candidate[] = [];
  for (let l = 0.3; l <= 0.96; l += 0.03) {
    for (let c = 0.05; c <= 0.3; c += 0.05) {
      for (let h = 0; h < 360; h += 12) {
        const rgb = oklchToLinear(l, c, h);
        if (!isInGamut(rgb)) continue;
        const y = luminanceOfLinear(rgb);
        if (y < band.minY || y > band.maxY) continue;
        pool.push({ rgb, chroma: c, hue: h, views: viewsOf(rgb) });
      }
    }
  }
  pools.set(key, pool);
  return pool;
}

/**
 * The accent moved into the band: same OKLCH hue and chroma (less where sRGB runs out),
 * lightness bisected until its luminance fits.
 */
function anchorFromAccent(accent: HexColor, band: Band): LinearRgb {
  const [l, c, h] = toOklch(accent);
  const at = (lightness: number) => oklchToLinearInGamut(lightness, c, h);
  const y = luminanceOfLinear(at(l));
  if (y >= band.minY && y <= band.maxY) return at(l);
  const targetY = y < band.minY ? band.minY * 1.02 : band.maxY * 0.98;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (luminanceOfLinear(at(mid)) < targetY) lo = mid;
    else hi = mid;
  }
  return at((lo + hi) / 2);
}

/**
 * A colorway that starts from the accent (its lightness adjusted so it stands out from
 * the backgrounds) and adds the colours that stay most distinct from those already
 * chosen — in normal vision and for protans, deutans and tritans at once. Each step takes
 * the candidate whose worst-case distance is largest, or, among those already far enough,
 * the liveliest, so the first colours are distinct hues.
 */
export function suggestColorway(accent: HexColor, options: SuggestColorwayOptions = {}): HexColor[] {
  const count = Math.min(20, Math.max(2, Math.round(options.count ?? 8)));
  const mode = options.mode ?? 'both';
  const light = requireColor(options.backgrounds?.light ?? '#ffffff');
  const dark = requireColor(options.backgrounds?.dark ?? '#121212');
  const band = luminanceBand(mode, light, dark);
  const pool = candidatePool(band);
  const anchorRgb = anchorFromAccent(requireColor(accent), band);
  const threshold = options.threshold ?? DEFAULT_DISTANCE_THRESHOLD;
  const taken = [anchorRgb, ...(options.avoid ?? []).map((c) => hexToLinear(requireColor(c)))].map(viewsOf);
  // Each candidate's worst-case distance to everything chosen so far, and the candidates
  // still in play. One within the threshold of a chosen colour can never be picked while a
  // clear one remains, so it leaves the active list (most do after a few rounds); when
  // none is clear any more (counts beyond what the band can hold), the remaining ones
  // compete on distance alone.
  let active = pool.map((candidate) => ({ candidate, nearest: Math.min(...taken.map((views) => worstDistance(candidate.views, views))) }));
  const chosen: LinearRgb[] = [anchorRgb];
  const [, anchorChroma, anchorHue] = linearToOklch(anchorRgb);
  const chosenHues = anchorChroma < 0.04 ? [] : [anchorHue];

  while (chosen.length < count && active.length > 0) {
    const clear = active.filter((entry) => entry.nearest >= threshold);
    if (clear.length > 0) active = clear;
    let best = active[0];
    let bestScore = -Infinity;
    for (const entry of active) {
      const score = entry.nearest >= DISTANCE_ENOUGH ? DISTANCE_ENOUGH + liveliness(entry.candidate, chosenHues) : entry.nearest;
      if (score > bestScore) {
        bestScore = score;
        best = entry;
      }
    }
    if (best === undefined) break;
    const pick = best.candidate;
    chosen.push(pick.rgb);
    chosenHues.push(pick.hue);
    active = active.filter((entry) => entry !== best);
    for (const entry of active) {
      const d = worstDistance(entry.candidate.views, pick.views);
      if (d < entry.nearest) entry.nearest = d;
    }
  }
  return chosen.map(linearToHex);
}

/** True when `colors` passes what suggestColorway promises (used by tests and the editor's badge). */
export function meetsColorwayPromise(colors: readonly HexColor[], options: SuggestColorwayOptions = {}): boolean {
  const mode = options.mode ?? 'both';
  const threshold = options.threshold ?? DEFAULT_DISTANCE_THRESHOLD;
  const backgrounds = [
    ...(mode === 'dark' ? [] : [options.backgrounds?.light ?? '#ffffff']),
    ...(mode === 'light' ? [] : [options.backgrounds?.dark ?? '#121212']),
  ];
  if (!checkColorway(colors, { threshold }).safe) return false;
  return backgrounds.every((bg) => {
    const bgY = luminanceOfLinear(hexToLinear(bg));
    return colors.every((c) => contrastOfLuminances(luminanceOfLinear(hexToLinear(c)), bgY) >= NON_TEXT_CONTRAST);
  });
}
