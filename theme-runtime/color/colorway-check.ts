import { composite } from './composite.ts';
import { contrastOfLuminances } from './contrast.ts';
import { DEFICIENCIES, simulateLinear, type Deficiency } from './cvd.ts';
import { deltaE2000, linearToLab, type Lab } from './lab.ts';
import type { HexColor } from './hex.ts';
import { requireColor } from './parse.ts';
import { hexToLinear, linearToHex, luminanceOfLinear } from './srgb.ts';

/**
 * Levels of a pair's CIEDE2000 difference, as the published palette tools draw them:
 * below 6 two series are confusable (Okabe–Ito's closest pair for tritans is 7.9); below
 * 10 they are close — cols4all calls a palette colour-blind friendly from 10 and
 * Palettailor requires 10, Color Buddy and the chroma.js palette helper flag pairs under 9.
 */
export const CONFUSABLE_DISTANCE = 6;
export const CLOSE_DISTANCE = 10;
export type PairLevel = 'confusable' | 'close' | 'distinct';

export function levelOfDistance(d: number): PairLevel {
  return d < CONFUSABLE_DISTANCE ? 'confusable' : d < CLOSE_DISTANCE ? 'close' : 'distinct';
}

/**
 * What the series are drawn as. Stone, Szafir & Setlur (2014, "An engineering model for
 * color difference as a function of size"; d3-jnd implements it) measured that the colour
 * difference people notice grows as marks shrink, roughly as 1/size: a difference plain on
 * a bar vanishes on a 1.5 px line. So the verdict asks more of thin marks:
 * - `area` (bars, areas, filled regions, ≥ ~0.5° of visual angle): 6, the confusable line;
 * - `point` (markers of 6–10 px): 8;
 * - `line` (1–3 px lines, the default because line charts are what colorways colour most): 10.
 */
export type MarkKind = 'line' | 'point' | 'area';
export const MARK_THRESHOLDS: Record<MarkKind, number> = { area: CONFUSABLE_DISTANCE, point: 8, line: CLOSE_DISTANCE };

/** The verdict threshold for the default mark (lines). */
export const DEFAULT_DISTANCE_THRESHOLD = MARK_THRESHOLDS.line;

/** WCAG 2.2 SC 1.4.11: graphical objects need 3:1 against what is next to them. */
export const NON_TEXT_CONTRAST = 3;

/** One pair of series as one vision sees them. */
export interface PairDistance {
  /** Indexes into the colours, i < j. */
  pair: [number, number];
  /** CIEDE2000 difference. */
  distance: number;
  level: PairLevel;
}

export interface PairCheck {
  /** Smallest pairwise ΔE00 (Infinity for fewer than two colours). */
  minDistance: number;
  /** Index pairs `[i, j]` (i < j) closer than the verdict threshold, closest first. */
  failingPairs: [number, number][];
  /** Every pair, closest first, with its distance and level. */
  pairs: PairDistance[];
}

/** A pair at the vision that sees it closest (normal, protan, deutan or tritan). */
export interface WorstPair extends PairDistance {
  vision: 'normal' | 'protan' | 'deutan' | 'tritan';
}

export interface ColorwayReport {
  /** No pair closer than the threshold for normal vision, protan, deutan or tritan. Greyscale is advisory only. */
  safe: boolean;
  /** The mark the verdict was made for. */
  mark: MarkKind;
  /** ΔE00 the verdict asks of every pair: the mark's threshold unless one was given. */
  threshold: number;
  severity: number;
  normal: PairCheck;
  deficiencies: Record<Deficiency, PairCheck>;
  /**
   * Every pair once, at its worst vision (greyscale left out: it is advice), closest first:
   * what a verdict names.
   */
  worstPairs: WorstPair[];
  /** The colours as each deficiency sees them, `#rrggbb`, in input order. */
  simulated: Record<Deficiency, HexColor[]>;
  /** Present when a background was given: each colour's WCAG ratio against it. */
  contrast?: { background: HexColor; minimum: number; ratios: number[]; failing: number[] };
}

export interface ColorwayCheckOptions {
  /** What the series are drawn as; default `line`. Sets the verdict threshold (MARK_THRESHOLDS). */
  mark?: MarkKind;
  /** ΔE00 below which a pair fails the verdict; overrides the mark's threshold. */
  threshold?: number;
  /** 0–1; default 1 (dichromacy, the hardest case). */
  severity?: number;
  /**
   * The plot background; adds the non-text contrast check. Translucent series colours
   * are composited over it before every check, as they show.
   */
  background?: HexColor;
  /** Contrast each colour needs against the background; default 3. */
  minContrast?: number;
}

function pairCheck(labs: Lab[], threshold: number): PairCheck {
  const pairs: PairDistance[] = [];
  for (let i = 0; i < labs.length; i++) {
    for (let j = i + 1; j < labs.length; j++) {
      const a = labs[i];
      const b = labs[j];
      if (!a || !b) continue;
      const distance = deltaE2000(a, b);
      pairs.push({ pair: [i, j], distance, level: levelOfDistance(distance) });
    }
  }
  pairs.sort((x, y) => x.distance - y.distance);
  return {
    minDistance: pairs[0]?.distance ?? Infinity,
    failingPairs: pairs.filter((p) => p.distance < threshold).map((p) => p.pair),
    pairs,
  };
}

function worstPairsOf(normal: PairCheck, deficiencies: Record<Deficiency, PairCheck>): WorstPair[] {
  const worst = new Map<string, WorstPair>();
  const visions = [['normal', normal], ['protan', deficiencies.protan], ['deutan', deficiencies.deutan], ['tritan', deficiencies.tritan]] as const;
  for (const [vision, check] of visions) {
    for (const p of check.pairs) {
      const key = p.pair.join(':');
      const seen = worst.get(key);
      if (seen === undefined || p.distance < seen.distance) worst.set(key, { ...p, vision });
    }
  }
  return [...worst.values()].sort((a, b) => a.distance - b.distance);
}

/**
 * Checks that every pair of series colours stays distinguishable for normal vision and
 * under protan, deutan, tritan and achromatic vision, and (given a background) that each
 * colour stands out from it. Colours are `#rrggbb` or any CSS colour.
 */
export function checkColorway(colors: readonly HexColor[], options: ColorwayCheckOptions = {}): ColorwayReport {
  const mark = options.mark ?? 'line';
  const threshold = options.threshold ?? MARK_THRESHOLDS[mark];
  const severity = options.severity ?? 1;
  const under = options.background === undefined ? undefined : requireColor(options.background);
  const linear = colors.map((c) => hexToLinear(under === undefined ? requireColor(c) : composite(requireColor(c), under)));
  const normal = pairCheck(linear.map(linearToLab), threshold);
  const deficiencies = {} as Record<Deficiency, PairCheck>;
  const simulated = {} as Record<Deficiency, HexColor[]>;
  for (const deficiency of DEFICIENCIES) {
    const seen = linear.map((rgb) => simulateLinear(rgb, deficiency, severity));
    simulated[deficiency] = seen.map(linearToHex);
    deficiencies[deficiency] = pairCheck(seen.map(linearToLab), threshold);
  }
  const safe =
    normal.failingPairs.length === 0 &&
    deficiencies.protan.failingPairs.length === 0 &&
    deficiencies.deutan.failingPairs.length === 0 &&
    deficiencies.tritan.failingPairs.length === 0;
  const report: ColorwayReport = { safe, mark, threshold, severity, normal, deficiencies, worstPairs: worstPairsOf(normal, deficiencies), simulated };
  if (options.background !== undefined && under !== undefined) {
    const minimum = options.minContrast ?? NON_TEXT_CONTRAST;
    const bgY = luminanceOfLinear(hexToLinear(composite(under, '#ffffff')));
    const ratios = linear.map((rgb) => contrastOfLuminances(luminanceOfLinear(rgb), bgY));
    const failing = ratios.flatMap((r, i) => (r < minimum ? [i] : []));
    report.contrast = { background: options.background, minimum, ratios, failing };
  }
  return report;
}
