import { checkColorway, NON_TEXT_CONTRAST } from './colorway-check.ts';
import { contrastOfLuminances } from './contrast.ts';
import { simulateLinear } from './cvd.ts';
import { deltaE2000, linearToLab, type Lab } from './lab.ts';
import { isInGamut, linearToOklch, oklchToLinear, oklchToLinearInGamut, toOklch } from './oklch.ts';
import type { HexColor } from './hex.ts';
import { requireColor } from './parse.ts';
import { SERIES_CONTRAST_TARGET, seriesVariant, seriesVariantLinear } from './series-variant.ts';
import { hexToLinear, linearToHex, luminanceOfLinear, type LinearRgb } from './srgb.ts';

/**
 * The characters a suggestion can have. Each is reproducible: the same accent and options
 * always give the same colours.
 * - `balanced`: even chroma (the most saturated colour at most 2.5× the least), hues spread.
 * - `vivid`: as saturated as sRGB allows at each lightness.
 * - `muted`: low chroma (still ≥ 0.05 OKLCH, never grey), for calm, editorial charts.
 * - `analogous`: hues kept near the accent's where distinctness allows, so the charts read
 *   as the brand's family; lightness carries the differences.
 */
export const COLORWAY_VARIANTS = ['balanced', 'vivid', 'muted', 'analogous'] as const;
export type ColorwayVariant = (typeof COLORWAY_VARIANTS)[number];

export interface SuggestColorwayOptions {
  /** How many colours, 2–20; default 8. Up to 8 are designed to pass the checks. */
  count?: number;
  /**
   * Which mode's colours to return. `light` and `dark` are the two variants of one series
   * list (suggestSeries): the same hues, each mode's lightness. `both` (the default) asks
   * for colours that serve both plot areas unchanged, as a v1 theme needed.
   */
  mode?: 'light' | 'dark' | 'both';
  /** Default `balanced`. */
  variant?: ColorwayVariant;
  /** Plot backgrounds; default white and #121212. */
  backgrounds?: { light?: HexColor; dark?: HexColor };
  /**
   * Smallest ΔE00 between any two colours in every vision that a colour must keep while
   * one that does remains; default 12 for up to 5 colours, 10 beyond.
   */
  threshold?: number;
  /**
   * Colours already in use that the new ones must stay clear of, e.g. the series already in
   * a colorway when one is added. They are not part of the result.
   */
  avoid?: readonly HexColor[];
  /**
   * Colours that mean something else — the theme's negative and positive accents — that a
   * series other than the accent keeps ΔE00 10 from (normal vision), so a series is never
   * read as "bad news".
   */
  reserved?: readonly HexColor[];
  /**
   * Colours that must be in the result, right after the accent and in this order — a
   * brand's second and third colours. Each is drawn per mode like any series.
   */
  include?: readonly HexColor[];
}

export interface SeriesSuggestion {
  /** The series as a theme stores them (its `colorway`): each mode derives its variant. */
  series: HexColor[];
  /** The series as light mode draws them (seriesVariant on the light plot background). */
  light: HexColor[];
  /** The series as dark mode draws them. */
  dark: HexColor[];
}

// 10 ΔE00 and a hair: distances are measured before colours round to 8-bit hex.
const RESERVED_DISTANCE = 10.3;
/** No muddy greys: every suggested colour keeps at least this OKLCH chroma. */
export const MIN_SERIES_CHROMA = 0.05;

interface VariantRule {
  /** OKLCH chroma range of candidates (of the colours drawn, after each mode's variant). */
  chroma: [number, number];
  /** The chroma a far-enough candidate is drawn towards. */
  preferred: number;
  /** How much a hue near the accent's counts, against a hue unlike those chosen. */
  nearAccent: number;
}

/**
 * The balanced chroma range, 2.5× wide: the band where sRGB has colours of every hue at
 * every lightness a series uses, so eight series can stay apart inside it. The brand
 * itself is exempt (it is what it is).
 */
const BALANCED_RANGE: [number, number] = [0.07, 0.175];

function ruleFor(variant: ColorwayVariant): VariantRule {
  switch (variant) {
    // Vivid and muted draw chroma towards their end as far as distinctness allows: a hard
    // range would leave too few colours to keep eight series apart.
    case 'vivid':
      return { chroma: [MIN_SERIES_CHROMA, 0.4], preferred: 0.3, nearAccent: 0 };
    case 'muted':
      return { chroma: [MIN_SERIES_CHROMA, 0.4], preferred: 0.07, nearAccent: 0 };
    case 'analogous':
      return { chroma: [MIN_SERIES_CHROMA, 0.4], preferred: 0.15, nearAccent: 1 };
    case 'balanced':
      return { chroma: BALANCED_RANGE, preferred: 0.12, nearAccent: 0 };
  }
}

type Views = Lab[];

interface Candidate {
  /** The series colour. */
  rgb: LinearRgb;
  /** Its variant per evaluated mode (the same object when unchanged). */
  variants: LinearRgb[];
  /** Smallest OKLCH chroma among the variants. */
  chroma: number;
  /** Largest OKLCH chroma among the variants. */
  chromaMax: number;
  /** OKLCH hue, degrees. */
  hue: number;
  /** Lab of each variant in normal vision and as protans, deutans and tritans see it. */
  views: Views;
}

function viewsOf(variants: readonly LinearRgb[]): Views {
  // A colour that both modes draw alike (one band for both) is seen once, not twice.
  return [...new Set(variants)].flatMap((rgb) => [
    linearToLab(rgb),
    linearToLab(simulateLinear(rgb, 'protan')),
    linearToLab(simulateLinear(rgb, 'deutan')),
    linearToLab(simulateLinear(rgb, 'tritan')),
  ]);
}

/**
 * ΔE00 is at least |ΔL| / S_L, and S_L (1 + 0.015 (L̄ − 50)² / √(20 + (L̄ − 50)²)) is at most
 * 1.75 for L in 0–100; the rotation term cannot take more than that away (|R_T| < 2 keeps
 * the chroma–hue part non-negative). So a view whose lightness gap alone exceeds the
 * distance already found cannot be the closest, and its full ΔE00 is skipped.
 */
const MAX_SL = 1.75;

/**
 * The smallest difference between two candidates over every mode's variant and the four
 * ways of seeing it, or `bound` if none is smaller: min(bound, true minimum).
 */
function worstDistance(a: Views, b: Views, bound = Infinity): number {
  let min = bound;
  for (let v = 0; v < a.length; v++) {
    const x = a[v] as Lab;
    const y = b[v] as Lab;
    if (Math.abs(x[0] - y[0]) / MAX_SL >= min) continue;
    const d = deltaE2000(x, y);
    if (d < min) min = d;
  }
  return min;
}

interface Setting {
  /** Background luminance of each evaluated mode. */
  backgroundsY: number[];
  /** For `both`: one colour must serve every background, so it is never moved. */
  fixed: boolean;
}

/** The variant a series colour takes in each evaluated mode; undefined when a fixed colour fails a background. */
function variantsOf(rgb: LinearRgb, setting: Setting): LinearRgb[] | undefined {
  if (setting.fixed) {
    const y = luminanceOfLinear(rgb);
    return setting.backgroundsY.every((bg) => contrastOfLuminances(y, bg) >= SERIES_CONTRAST_TARGET) ? setting.backgroundsY.map(() => rgb) : undefined;
  }
  return setting.backgroundsY.map((bg) => seriesVariantLinear(rgb, bg));
}

function candidateOf(rgb: LinearRgb, setting: Setting): Candidate | undefined {
  const variants = variantsOf(rgb, setting);
  if (variants === undefined) return undefined;
  const [, , hue] = linearToOklch(rgb);
  const chromas = variants.map((v) => linearToOklch(v)[1]);
  return { rgb, variants, chroma: Math.min(...chromas), chromaMax: Math.max(...chromas), hue, views: viewsOf(variants) };
}

// Candidates depend only on the backgrounds; the editor asks again and again with the same ones.
const pools = new Map<string, Candidate[]>();

function candidatePool(setting: Setting): Candidate[] {
  const key = `${setting.fixed}:${setting.backgroundsY.map((y) => y.toFixed(5)).join(':')}`;
  const cached = pools.get(key);
  if (cached) return cached;
  const pool: Candidate[] = [];
  for (let l = 0.28; l <= 0.96; l += 0.03) {
    for (let c = 0.05; c <= 0.34; c += 0.025) {
      for (let h = 0; h < 360; h += 8) {
        const rgb = oklchToLinear(l, c, h);
        if (!isInGamut(rgb)) continue;
        const candidate = candidateOf(rgb, setting);
        // Near-white and near-black series read as holes or as text, not as colours.
        const y = luminanceOfLinear(candidate?.variants[0] ?? rgb);
        // No muddy greys, in either mode's variant (a margin for 8-bit rounding).
        if (candidate !== undefined && y >= 0.03 && y <= 0.8 && candidate.chroma >= MIN_SERIES_CHROMA + 0.004) pool.push(candidate);
      }
    }
  }
  pools.set(key, pool);
  return pool;
}

/**
 * A colour `fixed` can hold: the accent with its OKLCH lightness bisected into the
 * luminance band where it reaches the target on every background, hue and chroma kept.
 */
function fittedToAll(accent: LinearRgb, setting: Setting): LinearRgb {
  const t = SERIES_CONTRAST_TARGET;
  // Above the dark backgrounds' luminance by the target ratio, below the light ones'.
  const minY = Math.max(0, ...setting.backgroundsY.filter((y) => y < 0.18).map((y) => t * (y + 0.05) - 0.05));
  const maxY = Math.min(1, ...setting.backgroundsY.filter((y) => y >= 0.18).map((y) => (y + 0.05) / t - 0.05));
  const [, c, h] = linearToOklch(accent);
  const y = luminanceOfLinear(accent);
  if (y >= minY && y <= maxY) return accent;
  const targetY = y < minY ? minY * 1.02 + 0.001 : maxY * 0.98;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (luminanceOfLinear(oklchToLinearInGamut(mid, c, h)) < targetY) lo = mid;
    else hi = mid;
  }
  return oklchToLinearInGamut((lo + hi) / 2, c, h);
}

const hueGap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

/**
 * How welcome a far-enough candidate is: a hue unlike those already chosen (so a colorway
 * does not end up with two pinks told apart only by lightness) or, for `analogous`, near
 * the accent's; then chroma near the variant's preferred one. Hue gaps count up to 60°.
 */
function liveliness(candidate: Candidate, chosenHues: readonly number[], accentHue: number | undefined, rule: VariantRule): number {
  let gap = 60;
  for (const h of chosenHues) gap = Math.min(gap, hueGap(h, candidate.hue));
  const near = accentHue === undefined ? 0 : 1 - Math.min(90, hueGap(accentHue, candidate.hue)) / 90;
  const hue = (1 - rule.nearAccent) * (gap / 60) + rule.nearAccent * (0.3 * near + 0.7 * (gap / 60));
  return hue - Math.min(1, Math.abs(candidate.chroma - rule.preferred) / 0.1);
}

// Distance counts up to the threshold plus this margin; beyond it, character (hue, chroma)
// decides, worth up to LIVELINESS_WEIGHT ΔE. A cliff instead (any far-enough candidate by
// character alone) spends the colour space too early and leaves the last series close.
const DISTANCE_MARGIN = 4;
const LIVELINESS_WEIGHT = 4;
const OUT_OF_RANGE_COST = 20;
const RESERVED_COST = 14;

/**
 * A series list that starts from the accent and adds the colours that stay most distinct
 * from those already chosen — in normal vision and for protans, deutans and tritans, in
 * each mode's variant at once. Each step takes the candidate whose worst-case distance is
 * largest or, among those already far enough, the one that best fits the variant's
 * character, so the first colours are distinct hues.
 */
export function suggestSeries(accent: HexColor, options: Omit<SuggestColorwayOptions, 'mode'> & { mode?: 'both' | 'each' } = {}): SeriesSuggestion {
  const count = Math.min(20, Math.max(2, Math.round(options.count ?? 8)));
  const light = requireColor(options.backgrounds?.light ?? '#ffffff');
  const dark = requireColor(options.backgrounds?.dark ?? '#121212');
  const backgrounds = [light, dark];
  const setting: Setting = { backgroundsY: backgrounds.map((bg) => luminanceOfLinear(hexToLinear(bg))), fixed: options.mode === 'both' };
  // The promised figures (12 up to five colours, 10 beyond) plus a margin for 8-bit rounding.
  const threshold = options.threshold ?? (count <= 5 ? 12.3 : 10.4);
  const accentRgb = hexToLinear(requireColor(accent));
  const [, accentChroma, accentHue] = toOklch(requireColor(accent));
  const rule = ruleFor(options.variant ?? 'balanced');

  const anchorRgb = setting.fixed ? fittedToAll(accentRgb, setting) : accentRgb;
  // Fitted to every background, the fixed anchor holds as it is; otherwise each mode derives its own.
  const anchorVariants = setting.fixed ? setting.backgroundsY.map(() => anchorRgb) : (variantsOf(anchorRgb, setting) ?? []);
  const anchor: Candidate = { rgb: anchorRgb, variants: anchorVariants, chroma: accentChroma, chromaMax: accentChroma, hue: accentHue, views: viewsOf(anchorVariants) };
  const reserved = (options.reserved ?? []).map((c) => linearToLab(hexToLinear(requireColor(c))));
  // A margin on the low end: 8-bit rounding moves chroma by a few thousandths.
  const inRange = (c: Candidate) => c.chroma >= rule.chroma[0] + 0.004 && c.chromaMax <= rule.chroma[1] - 0.004;
  const clearOfReserved = (c: Candidate) => c.variants.every((v) => reserved.every((r) => deltaE2000(linearToLab(v), r) >= RESERVED_DISTANCE));
  // Colours to avoid are seen as each mode draws them, like any series.
  const avoidViews = (color: HexColor) => {
    const rgb = hexToLinear(requireColor(color));
    return viewsOf(variantsOf(rgb, setting) ?? backgrounds.map(() => rgb));
  };
  const taken = [anchor.views, ...(options.avoid ?? []).map(avoidViews)];

  // The variant's chroma range and the reserved colours weigh as this many ΔE00: a
  // candidate outside them wins only where it is that much more distinct (a small sRGB
  // corner, many series), so a suggestion never runs out of colours.
  const penalty = (c: Candidate) => (inRange(c) ? 0 : OUT_OF_RANGE_COST) + (clearOfReserved(c) ? 0 : RESERVED_COST);
  const pool = candidatePool(setting);
  let active = pool.map((candidate) => ({
    candidate,
    cost: penalty(candidate),
    nearest: taken.reduce((nearest, views) => worstDistance(candidate.views, views, nearest), Infinity),
  }));
  const chosen: Candidate[] = [anchor];
  const chosenHues = accentChroma < 0.04 ? [] : [accentHue];
  for (const color of options.include ?? []) {
    if (chosen.length >= count) break;
    const rgb = hexToLinear(requireColor(color));
    const fixed = setting.fixed ? fittedToAll(rgb, setting) : rgb;
    const variants = setting.fixed ? setting.backgroundsY.map(() => fixed) : (variantsOf(rgb, setting) ?? []);
    const [, c, h] = linearToOklch(fixed);
    const included: Candidate = { rgb: fixed, variants, chroma: c, chromaMax: c, hue: h, views: viewsOf(variants) };
    chosen.push(included);
    if (c >= 0.04) chosenHues.push(h);
    for (const entry of active) entry.nearest = worstDistance(entry.candidate.views, included.views, entry.nearest);
  }
  const nearHue = rule.nearAccent > 0 && accentChroma >= 0.04 ? accentHue : undefined;

  while (chosen.length < count && active.length > 0) {
    // One within the threshold of a chosen colour is only picked when no clear one remains
    // (counts beyond what the gamut holds); then distance alone decides. While enough clear
    // ones remain for the colours still to come, the others leave the active list for good,
    // which keeps later rounds short.
    const clear = active.filter((entry) => entry.nearest >= threshold);
    if (clear.length >= count - chosen.length) active = clear;
    // The variant's range and the reserved colours come first while clear colours meet them.
    const fitting = clear.filter((entry) => entry.cost === 0);
    const contenders = fitting.length > 0 ? fitting : clear.length > 0 ? clear : active;
    let best = contenders[0];
    let bestScore = -Infinity;
    for (const entry of contenders) {
      const score = clear.length === 0 ? entry.nearest : Math.min(entry.nearest, threshold + DISTANCE_MARGIN) + LIVELINESS_WEIGHT * liveliness(entry.candidate, chosenHues, nearHue, rule) - entry.cost;
      if (score > bestScore) {
        bestScore = score;
        best = entry;
      }
    }
    if (best === undefined) break;
    const pick = best.candidate;
    chosen.push(pick);
    chosenHues.push(pick.hue);
    active = active.filter((entry) => entry !== best);
    for (const entry of active) entry.nearest = worstDistance(entry.candidate.views, pick.views, entry.nearest);
  }
  const near = (c: Candidate) => (setting.fixed ? [] : neighbours(c, setting, rule.chroma));
  // One band for both modes (the v1 squeeze) seldom has room to spare: there the finer
  // search and the character swap would cost time for little, so only the grid is searched.
  refine(chosen, 1 + (options.include?.length ?? 0), pool, threshold, (c) => penalty(c) === 0, near, !setting.fixed);
  const seriesHex = chosen.map((c, i) => (i === 0 && !setting.fixed ? requireColor(accent).slice(0, 7) : linearToHex(c.rgb)));
  // Each mode's colours are derived from the series as stored (8-bit hex), exactly as
  // resolveTheme derives them, so what a suggestion shows is what the theme draws.
  const drawn = (bg: HexColor) => seriesHex.map((hex) => (setting.fixed ? hex : seriesVariant(hex, bg)));
  return { series: seriesHex, light: drawn(light), dark: drawn(dark) };
}

/**
 * Candidates a small step from `c` in OKLCH (lightness ±0.03, chroma ±0.03 and pulled to
 * the variant's range, hue ±8°), held to the pool's rules: for the repair pass only.
 */
function neighbours(c: Candidate, setting: Setting, range: [number, number]): Candidate[] {
  const [l, chroma, h] = linearToOklch(c.rgb);
  const chromas = new Set([chroma - 0.03, chroma - 0.015, chroma, chroma + 0.015, chroma + 0.03, range[0] + 0.012, Math.min(range[1] - 0.012, 0.3)]);
  const out: Candidate[] = [];
  for (const dl of [-0.03, -0.015, 0, 0.015, 0.03]) {
    for (const cc of chromas) {
      if (cc < MIN_SERIES_CHROMA) continue;
      for (const dh of [-8, -4, 0, 4, 8]) {
        const rgb = oklchToLinear(l + dl, cc, h + dh);
        if (!isInGamut(rgb)) continue;
        const candidate = candidateOf(rgb, setting);
        const y = luminanceOfLinear(candidate?.variants[0] ?? rgb);
        if (candidate !== undefined && y >= 0.03 && y <= 0.8 && candidate.chroma >= MIN_SERIES_CHROMA + 0.004) out.push(candidate);
      }
    }
  }
  return out;
}

/**
 * Greedy choice can corner itself: the last colours land close to earlier ones. Where the
 * closest pair is under the threshold, its replaceable member (not the accent or an
 * included colour) is swapped for the candidate farthest from all the others — one that
 * fits the variant if any improves, any otherwise — until the pair clears or nothing helps.
 * Then any member outside the variant's character is swapped for a fitting one that keeps
 * the distance. Both steps only search when something is wrong, so the usual case costs
 * one pass over the pairs.
 */
function refine(
  chosen: Candidate[],
  fixedCount: number,
  pool: readonly Candidate[],
  threshold: number,
  fits: (c: Candidate) => boolean,
  near: (c: Candidate) => Candidate[],
  keepCharacter: boolean,
): void {
  for (let round = 0; round < 6; round++) {
    let worst = Infinity;
    let pair: [number, number] = [0, 0];
    for (let i = 0; i < chosen.length; i++) {
      for (let j = i + 1; j < chosen.length; j++) {
        const d = worstDistance((chosen[i] as Candidate).views, (chosen[j] as Candidate).views);
        if (d < worst) [worst, pair] = [d, [i, j]];
      }
    }
    if (worst >= threshold) break;
    let improved = false;
    for (const k of pair.filter((i) => i >= fixedCount).reverse()) {
      const others = chosen.filter((_, i) => i !== k);
      const farthest = (strict: boolean) => {
        let best: Candidate | undefined;
        let bestD = worst + 0.05;
        // The grid, and a finer one around the colour being replaced: the best swap is
        // often a small move the grid does not hold.
        for (const c of [...pool, ...near(chosen[k] as Candidate)]) {
          if (strict && !fits(c)) continue;
          let d = Infinity;
          for (const o of others) {
            d = worstDistance(c.views, o.views, d);
            if (d <= bestD) break;
          }
          if (d > bestD) [best, bestD] = [c, d];
        }
        return best;
      };
      const swap = farthest(true) ?? farthest(false);
      if (swap !== undefined) {
        chosen[k] = swap;
        improved = true;
        break;
      }
    }
    if (!improved) break;
  }
  // Then members outside the variant's character (taken when nothing fitting was clear)
  // are swapped for fitting ones wherever that costs no distance below the threshold.
  for (let k = fixedCount; keepCharacter && k < chosen.length; k++) {
    const member = chosen[k] as Candidate;
    if (fits(member)) continue;
    const others = chosen.filter((_, i) => i !== k);
    const own = Math.min(...others.map((o) => worstDistance(member.views, o.views)));
    const needed = Math.min(threshold, own);
    let best: Candidate | undefined;
    let bestD = needed;
    for (const c of [...pool, ...near(member)]) {
      if (!fits(c)) continue;
      let d = Infinity;
      for (const o of others) {
        d = worstDistance(c.views, o.views, d);
        if (d < bestD) break;
      }
      if (d >= bestD) [best, bestD] = [c, d];
    }
    if (best !== undefined) chosen[k] = best;
  }
}

/**
 * Series colours from an accent: the accent first (as the mode draws it), then the colours
 * that stay most distinct for every colour vision while matching the variant's character.
 * See suggestSeries for how the two modes share one list.
 */
export function suggestColorway(accent: HexColor, options: SuggestColorwayOptions = {}): HexColor[] {
  const mode = options.mode ?? 'both';
  const suggestion = suggestSeries(accent, { ...options, mode: mode === 'both' ? 'both' : 'each' });
  return mode === 'dark' ? suggestion.dark : suggestion.light;
}

/** True when `colors` are distinct for every vision (at the threshold) and stand out on the mode's backgrounds. */
export function meetsColorwayPromise(colors: readonly HexColor[], options: SuggestColorwayOptions = {}): boolean {
  const mode = options.mode ?? 'both';
  const threshold = options.threshold ?? (colors.length <= 5 ? 12 : 10);
  const backgrounds = [
    ...(mode === 'dark' ? [] : [options.backgrounds?.light ?? '#ffffff']),
    ...(mode === 'light' ? [] : [options.backgrounds?.dark ?? '#121212']),
  ];
  const report = checkColorway(colors, { threshold });
  if (!(['protan', 'deutan', 'tritan'] as const).every((d) => report.deficiencies[d].failingPairs.length === 0) || report.normal.failingPairs.length > 0) return false;
  return backgrounds.every((bg) => {
    const bgY = luminanceOfLinear(hexToLinear(bg));
    return colors.every((c) => contrastOfLuminances(luminanceOfLinear(hexToLinear(c)), bgY) >= NON_TEXT_CONTRAST);
  });
}
