// The colour strings a template holds (`#rrggbb`, `#rgb`, `rgb()`, `rgba()`), read into channels
// and written back the way plotly.js writes them, so a repainted node reads exactly as one
// plotly drew itself.
import { contrastOfLuminances } from '../../color/contrast.ts';
import { luminanceOfLinear, srgbToLinear } from '../../color/srgb.ts';

export interface Rgba {
  /** Channels 0–255. */
  r: number;
  g: number;
  b: number;
  /** Opacity 0–1. */
  a: number;
}

const FUNCTIONAL = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/i;

/** Channels of a colour string, or undefined for one this module does not read (a name, `hsl()` …). */
export function parseCssColor(css: string): Rgba | undefined {
  const s = css.trim();
  if (/^#[0-9a-f]{3}$/i.test(s)) {
    const n = (i: number) => Number.parseInt(s.charAt(i).repeat(2), 16);
    const [r, g, b] = [n(1), n(2), n(3)];
    return { r, g, b, a: 1 };
  }
  if (/^#[0-9a-f]{6}([0-9a-f]{2})?$/i.test(s)) {
    const n = (i: number) => Number.parseInt(s.slice(i, i + 2), 16);
    return { r: n(1), g: n(3), b: n(5), a: s.length === 9 ? n(7) / 255 : 1 };
  }
  const m = FUNCTIONAL.exec(s);
  if (m === null) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: Math.min(1, Math.max(0, alpha)) };
}

/** `rgb(r, g, b)`: what plotly's `Color.fill` / `Color.stroke` write, the opacity going separately. */
export function rgbText({ r, g, b }: Rgba): string {
  return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
}

/** The same colour with its opacity replaced, as plotly's `Color.addOpacity` does (fills at 0.5 …). */
export function withAlpha(c: Rgba, a: number): Rgba {
  return { ...c, a };
}

/** WCAG relative luminance of an opaque colour. */
const luminance = ({ r, g, b }: Rgba) => luminanceOfLinear([srgbToLinear(r), srgbToLinear(g), srgbToLinear(b)]);

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
const DEFAULT_LINE: Rgba = { r: 68, g: 68, b: 68, a: 1 }; // plotly's `#444`

/**
 * The text colour plotly.js puts on a fill it chose no text colour for (a pie slice's inside
 * label): white on a fill that contrasts more with white than with `#444`, else `#444`;
 * a translucent fill is first laid over white. Mirrors plotly's `Color.contrast`.
 */
export function plotlyContrast(fill: Rgba): Rgba {
  const over = (v: number, w: number) => v * fill.a + w * (1 - fill.a);
  const flat = fill.a === 1 ? fill : { r: over(fill.r, 255), g: over(fill.g, 255), b: over(fill.b, 255), a: 1 };
  const l = luminance(flat);
  return contrastOfLuminances(l, luminance(WHITE)) > contrastOfLuminances(l, luminance(DEFAULT_LINE)) ? WHITE : DEFAULT_LINE;
}
