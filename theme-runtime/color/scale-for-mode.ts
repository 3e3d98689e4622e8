import type { HexColor } from './hex.ts';
import { fromOklch, toOklch } from './oklch.ts';

const lightness = (c: HexColor) => toOklch(c)[0];

/**
 * A sequential scale oriented for the background it is drawn on: the low end is the one
 * nearest the background's lightness, so small values recede and large ones stand out. A
 * light-mode scale (pale to deep) is reversed for a dark plot area; otherwise heatmap lows
 * glare white and highs sink into the background.
 */
export function sequentialFor(scale: HexColor[], background: HexColor): HexColor[] {
  const first = scale[0];
  const last = scale.at(-1);
  if (first === undefined || last === undefined) return scale;
  const bg = lightness(background);
  return Math.abs(lightness(first) - bg) <= Math.abs(lightness(last) - bg) ? scale : [...scale].reverse();
}

/**
 * A diverging scale whose neutral midpoint sits near the background. When the midpoint is
 * farther from it than the ends (a white-centred scale on a dark plot area), the lightness
 * profile is redrawn for this background, hue and chroma kept: the midpoint just off the
 * background, each end at least 0.45 (OKLCH) away from it, and the stops between in the
 * proportions they had. The way dark-mode diverging scales are drawn: a dark neutral
 * middle, bright ends.
 */
export function divergingFor(scale: HexColor[], background: HexColor): HexColor[] {
  const first = scale[0];
  const last = scale.at(-1);
  const middle = Math.floor(scale.length / 2);
  const mid = scale[middle];
  if (first === undefined || last === undefined || mid === undefined) return scale;
  const bg = lightness(background);
  const midL = lightness(mid);
  if (Math.abs(midL - bg) <= Math.abs((lightness(first) + lightness(last)) / 2 - bg)) return scale;
  const away = bg < 0.5 ? 1 : -1;
  const targetMid = bg + away * 0.06;
  return scale.map((c, i) => {
    const endL = lightness(i <= middle ? first : last);
    const targetEnd = away > 0 ? Math.max(endL, bg + 0.45) : Math.min(endL, bg - 0.45);
    const [l, chroma, hue] = toOklch(c);
    const t = endL === midL ? 0 : Math.min(1, Math.max(0, (l - midL) / (endL - midL)));
    return fromOklch(targetMid + t * (targetEnd - targetMid), chroma, hue);
  });
}
