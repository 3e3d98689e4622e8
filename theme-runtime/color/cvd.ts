import { BRETTEL_1997_TRITAN, MACHADO_2009, type Matrix3 } from './cvd-matrices.ts';
import type { HexColor } from './hex.ts';
import { requireColor } from './parse.ts';
import { hexToLinear, linearToHex, luminanceOfLinear, type LinearRgb } from './srgb.ts';

/** The colour-vision deficiencies we simulate: red-weak/blind, green-weak/blind, blue-weak/blind, no colour. */
export type Deficiency = 'protan' | 'deutan' | 'tritan' | 'achroma';
export const DEFICIENCIES: readonly Deficiency[] = ['protan', 'deutan', 'tritan', 'achroma'];

function apply(m: Matrix3, [r, g, b]: LinearRgb): LinearRgb {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return [clamp(m[0] * r + m[1] * g + m[2] * b), clamp(m[3] * r + m[4] * g + m[5] * b), clamp(m[6] * r + m[7] * g + m[8] * b)];
}

/** Machado's table holds severities 0.0, 0.1, … 1.0; between two steps the matrices are blended linearly. */
export function machadoMatrix(kind: 'protan' | 'deutan' | 'tritan', severity: number): Matrix3 {
  const table = MACHADO_2009[kind];
  const position = Math.min(1, Math.max(0, severity)) * 10;
  const lo = Math.floor(position);
  const t = position - lo;
  const a = table[lo];
  const b = table[Math.min(10, lo + 1)];
  if (a === undefined || b === undefined) throw new RangeError(`no Machado matrix for severity ${severity}`);
  return a.map((v, i) => v + t * ((b[i] ?? v) - v)) as unknown as Matrix3;
}

function brettelTritan(rgb: LinearRgb): LinearRgb {
  const [nr, ng, nb] = BRETTEL_1997_TRITAN.separationNormal;
  const side = nr * rgb[0] + ng * rgb[1] + nb * rgb[2];
  return apply(side >= 0 ? BRETTEL_1997_TRITAN.m1 : BRETTEL_1997_TRITAN.m2, rgb);
}

function blend(from: LinearRgb, to: LinearRgb, t: number): LinearRgb {
  return [from[0] + t * (to[0] - from[0]), from[1] + t * (to[1] - from[1]), from[2] + t * (to[2] - from[2])];
}

/**
 * How a colour looks with a colour-vision deficiency, in linear RGB.
 * Protan, deutan and partial tritan use Machado et al. (2009); full tritanopia uses
 * Brettel et al. (1997), whose model fits tritans better at full severity; achromatopsia
 * keeps luminance only. Partial Brettel and achromatopsia blend with the original.
 * @param severity 0 (normal vision) to 1 (dichromacy); clamped.
 */
export function simulateLinear(rgb: LinearRgb, deficiency: Deficiency, severity = 1): LinearRgb {
  const s = Math.min(1, Math.max(0, severity));
  if (s === 0) return rgb;
  switch (deficiency) {
    case 'protan':
    case 'deutan':
      return apply(machadoMatrix(deficiency, s), rgb);
    case 'tritan':
      return s === 1 ? brettelTritan(rgb) : apply(machadoMatrix('tritan', s), rgb);
    case 'achroma': {
      const y = luminanceOfLinear(rgb);
      return blend(rgb, [y, y, y], s);
    }
  }
}

/**
 * `color` as seen with `deficiency`, as `#rrggbb` (alpha dropped). Simulation runs on
 * linear sRGB: applying these matrices to gamma-encoded values is a common, visible error.
 * @param severity 0 (normal vision) to 1 (full dichromacy); default 1.
 */
export function simulateCvd(color: HexColor, deficiency: Deficiency, severity = 1): HexColor {
  return linearToHex(simulateLinear(hexToLinear(requireColor(color)), deficiency, severity));
}
