import { CONFUSABLE_DISTANCE } from './colorway-check.ts';
import { DEFICIENCIES, simulateLinear, type Deficiency } from './cvd.ts';
import { deltaE2000, linearToLab } from './lab.ts';
import { linearToOklch } from './oklch.ts';
import type { HexColor } from './hex.ts';
import { requireColor } from './parse.ts';
import { hexToLinear } from './srgb.ts';

export interface ColorscaleReport {
  kind: 'sequential' | 'diverging';
  /** OKLab lightness of each stop, 0–1. */
  lightness: number[];
  /** Sequential: lightness only rises or only falls. Diverging: each half runs towards the middle. */
  monotone: boolean;
  /** Diverging only: the middle stop is the lightest (`light`) or darkest (`dark`) one, else `none`. */
  midpoint?: 'light' | 'dark' | 'none';
  /** ΔE00 between the two ends, in normal vision and under each deficiency. */
  endDistance: { normal: number } & Record<Deficiency, number>;
  /** Ends stay distinguishable for normal vision, protan, deutan and tritan (greyscale advisory). */
  endsDistinct: boolean;
  pass: boolean;
  problems: string[];
}

// Lightness steps smaller than this are rounding noise, not a reversal.
const FLAT = 0.002;

function runs(values: number[], direction: 1 | -1): boolean {
  return values.every((v, i) => i === 0 || (v - (values[i - 1] ?? v)) * direction >= -FLAT);
}

/**
 * Checks a colour scale as charts read it: a sequential scale must change lightness in one
 * direction (that is what every vision, and greyscale print, keeps); a diverging one must
 * run from each end towards a clearly light or dark middle; and in both the two ends must
 * stay distinct under each colour-vision deficiency.
 */
export function checkColorscale(colors: readonly HexColor[], kind: 'sequential' | 'diverging', threshold = CONFUSABLE_DISTANCE): ColorscaleReport {
  const linear = colors.map((c) => hexToLinear(requireColor(c)));
  const lightness = linear.map((rgb) => linearToOklch(rgb)[0]);
  const problems: string[] = [];
  let monotone: boolean;
  let midpoint: ColorscaleReport['midpoint'];

  if (kind === 'sequential') {
    monotone = runs(lightness, 1) || runs(lightness, -1);
    if (!monotone) problems.push('lightness goes up and down, so higher values do not always look stronger');
  } else {
    const middle = Math.floor((lightness.length - 1) / 2);
    const mids = lightness.length % 2 === 1 ? [middle] : [middle, middle + 1];
    const midL = Math.max(...mids.map((i) => lightness[i] ?? 0));
    const midLow = Math.min(...mids.map((i) => lightness[i] ?? 1));
    const ends = [lightness[0] ?? 0, lightness.at(-1) ?? 0];
    midpoint = ends.every((e) => midL > e + 0.05) ? 'light' : ends.every((e) => midLow < e - 0.05) ? 'dark' : 'none';
    const left = lightness.slice(0, (mids[0] ?? 0) + 1);
    const right = lightness.slice(mids.at(-1) ?? 0);
    const towards: 1 | -1 = midpoint === 'dark' ? -1 : 1;
    monotone = midpoint !== 'none' && runs(left, towards) && runs(right, towards === 1 ? -1 : 1);
    if (midpoint === 'none') problems.push('the middle is neither clearly lighter nor clearly darker than the ends');
    else if (!monotone) problems.push('lightness does not run steadily from each end to the middle');
  }

  const first = linear[0];
  const last = linear.at(-1);
  const endDistance = { normal: 0, protan: 0, deutan: 0, tritan: 0, achroma: 0 };
  if (first && last) {
    endDistance.normal = deltaE2000(linearToLab(first), linearToLab(last));
    for (const d of DEFICIENCIES) {
      endDistance[d] = deltaE2000(linearToLab(simulateLinear(first, d)), linearToLab(simulateLinear(last, d)));
    }
  }
  const confusedFor = (['normal', 'protan', 'deutan', 'tritan'] as const).filter((d) => endDistance[d] < threshold);
  const endsDistinct = confusedFor.length === 0;
  if (!endsDistinct) problems.push(`the two ends look alike for ${confusedFor.join(', ')} vision`);
  return { kind, lightness, monotone, ...(midpoint ? { midpoint } : {}), endDistance, endsDistinct, pass: monotone && endsDistinct, problems };
}
