import type { PlotlyTemplate } from '../../plotly/types.ts';

/** How two templates differ: not at all, only in colours (and colour scales), or in what is laid out. */
export interface TemplateChange {
  colors: boolean;
  scales: boolean;
  geometry: boolean;
}

// A colour attribute in plotly's schema is named for it: `color`, `bgcolor`, `gridcolor`,
// `fillcolor`, `colorway` … Colour scales are lists of [stop, colour] under a `colorscale` key.
/** A plotly colour attribute's name: `color`, `bgcolor`, `gridcolor`, `fillcolor` … */
export const isColorAttribute = (key: string) => /colou?r$/i.test(key);
const isScaleKey = (key: string) => key === 'colorscale' || key === 'sequential' || key === 'sequentialminus' || key === 'diverging';
// A template has a few hundred distinct keys, walked on every drag step: each is tested once.
const colorKeys = new Map<string, boolean>();
function isColorKey(key: string): boolean {
  let is = colorKeys.get(key);
  if (is === undefined) {
    is = isColorAttribute(key) || key === 'colorway';
    colorKeys.set(key, is);
  }
  return is;
}

function walk(a: unknown, b: unknown, key: string, inColor: boolean, inScale: boolean, out: TemplateChange): void {
  if (a === b) return;
  const color = inColor || isColorKey(key);
  const scale = inScale || isScaleKey(key);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length && !color && !scale) {
      out.geometry = true;
      return;
    }
    for (let i = 0; i < Math.max(a.length, b.length) && !out.geometry; i++) walk(a[i], b[i], key, color, scale, out);
    return;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    // for…in over plain JSON objects: no key arrays or sets allocated, once per drag step
    // over a whole template (what a Set of keys cost was a quarter of a step's garbage).
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    for (const k in ra) {
      walk(ra[k], rb[k], k, color, scale, out);
      if (out.geometry) return;
    }
    for (const k in rb) {
      if (k in ra) continue;
      walk(undefined, rb[k], k, color, scale, out);
      if (out.geometry) return;
    }
    return;
  }
  if (scale) out.scales = true;
  else if (color) out.colors = true;
  else out.geometry = true;
}

/**
 * What changes between the template a chart was drawn with and a new one. Read from the
 * templates themselves, not from which theme fields changed, so anything the compiler makes
 * of a theme edit (a font that moves a margin, a dash list that changes the cycle) counts.
 */
export function templateChange(from: PlotlyTemplate, to: PlotlyTemplate): TemplateChange {
  const out: TemplateChange = { colors: false, scales: false, geometry: false };
  walk(from, to, '', false, false, out);
  return out;
}
