import { contrastOfLuminances } from './contrast.ts';
import { DEFICIENCIES, simulateLinear, type Deficiency } from './cvd.ts';
import { deltaE2000, linearToLab, type Lab } from './lab.ts';
import type { HexColor } from './hex.ts';
import { requireColor } from './parse.ts';
import { hexToLinear, linearToHex, luminanceOfLinear } from './srgb.ts';

/**
 * Default smallest CIEDE2000 difference two series may have, under any simulated
 * deficiency. Chart marks are small and thin, and differences that are plain on large
 * swatches vanish on them (Stone, Szafir & Setlur 2014), so the floor is well above
 * the ~2.3 just-noticeable difference. At 6, Okabe–Ito (worst pair 7.9) and Tol's vibrant
 * (7.6) and muted (10.5) schemes pass, and category10's red/green (4.8 for deutans) fails.
 */
export const DEFAULT_DISTANCE_THRESHOLD = 6;

/** WCAG 2.2 SC 1.4.11: graphical objects need 3:1 against what is next to them. */
export const NON_TEXT_CONTRAST = 3;

export interface PairCheck {
  /** Smallest pairwise ΔE00 (Infinity for fewer than two colours). */
  minDistance: number;
  /** Index pairs `[i, j]` (i < j) closer than the threshold, closest first. */
  failingPairs: [number, number][];
}

export interface ColorwayReport {
  /** No pair too close for normal vision, protan, deutan or tritan. Greyscale is advisory only. */
  safe: boolean;
  threshold: number;
  severity: number;
  normal: PairCheck;
  deficiencies: Record<Deficiency, PairCheck>;
  /** The colours as each deficiency sees them, `#rrggbb`, in input order. */
  simulated: Record<Deficiency, HexColor[]>;
  /** Present when a background was given: each colour's WCAG ratio against it. */
  contrast?: { background: HexColor; minimum: number; ratios: number[]; failing: number[] };
}

export interface ColorwayCheckOptions {
  /** ΔE00 below which two series count as confusable; default DEFAULT_DISTANCE_THRESHOLD. */
  threshold?: number;
  /** 0–1; default 1 (dichromacy, the hardest case). */
  severity?: number;
  /** The plot background; adds the non-text contrast check. */
  background?: HexColor;
  /** Contrast each colour needs against the background; default 3. */
  minContrast?: number;
}

function pairCheck(labs: Lab[], threshold: number): PairCheck {
  let minDistance = Infinity;
  const failing: { pair: [number, number]; d: number }[] = [];
  for (let i = 0; i < labs.length; i++) {
    for (let j = i + 1; j < labs.length; j++) {
      const a = labs[i];
      const b = labs[j];
      if (!a || !b) continue;
      const d = deltaE2000(a, b);
      if (d < minDistance) minDistance = d;
      if (d < threshold) failing.push({ pair: [i, j], d });
    }
  }
  failing.sort((x, y) => x.d - y.d);
  return { minDistance, failingPairs: failing.map((f) => f.pair) };
}

/**
 * Checks that every pair of series colours stays distinguishable for normal vision and
 * under protan, deutan, tritan and achromatic vision, and (given a background) that each
 * colour stands out from it. Colours are `#rrggbb` or any CSS colour.
 */
export function checkColorway(colors: readonly HexColor[], options: ColorwayCheckOptions = {}): ColorwayReport {
  const threshold = options.threshold ?? DEFAULT_DISTANCE_THRESHOLD;
  const severity = options.severity ?? 1;
  const linear = colors.map((c) => hexToLinear(requireColor(c)));
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
  const report: ColorwayReport = { safe, threshold, severity, normal, deficiencies, simulated };
  if (options.background !== undefined) {
    const minimum = options.minContrast ?? NON_TEXT_CONTRAST;
    const bgY = luminanceOfLinear(hexToLinear(requireColor(options.background)));
    const ratios = linear.map((rgb) => contrastOfLuminances(luminanceOfLinear(rgb), bgY));
    const failing = ratios.flatMap((r, i) => (r < minimum ? [i] : []));
    report.contrast = { background: options.background, minimum, ratios, failing };
  }
  return report;
}
