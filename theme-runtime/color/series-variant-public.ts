import type { HexColor } from './hex.ts';
import { requireColor } from './parse.ts';
import { seriesVariant as hexSeriesVariant } from './series-variant.ts';

/** seriesVariant for colours in any CSS syntax (the hex-only one keeps packages parser-free). */
export function seriesVariant(color: string, background: string, options: { lift?: boolean } = {}): HexColor {
  return hexSeriesVariant(requireColor(color), requireColor(background), options);
}
