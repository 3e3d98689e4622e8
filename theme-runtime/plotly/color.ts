import { toRgbaString, type HexColor } from '../color/hex.ts';

/**
 * A colour as plotly should receive it: opaque colours as `#rrggbb`; translucent ones as
 * `rgba()`, because plotly.py's colour validator does not accept 8-digit hex.
 */
export function plotlyColor(color: HexColor): string {
  return color.length === 9 ? toRgbaString(color) : color;
}

/** Evenly spaced `[[0, c0], …, [1, cn]]`, plotly's colour scale form. */
export function plotlyColorscale(colors: readonly HexColor[]): [number, string][] {
  const last = Math.max(1, colors.length - 1);
  return colors.map((c, i) => [Number((i / last).toFixed(6)), plotlyColor(c)]);
}
