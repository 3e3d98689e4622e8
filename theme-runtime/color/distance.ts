import { deltaE2000, linearToLab } from './lab.ts';
import type { HexColor } from './hex.ts';
import { requireColor } from './parse.ts';
import { hexToLinear } from './srgb.ts';

/** CIEDE2000 difference between two colours (alpha ignored). 0 = identical; ~2.3 just noticeable. */
export function colorDistance(a: HexColor, b: HexColor): number {
  return deltaE2000(linearToLab(hexToLinear(requireColor(a))), linearToLab(hexToLinear(requireColor(b))));
}
