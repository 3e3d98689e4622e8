import { colorDistance } from '../color/distance.ts';
import type { HexColor } from '../color/hex.ts';
import { fromOklch, toOklch } from '../color/oklch.ts';

/**
 * How far (ΔE00) an info notification's colour must be from each status colour — success,
 * warning, error — to be told from them. A notification shows alone, as a 4 px edge and a
 * faint wash, with no other to compare it with: twice the 10 ΔE00 that keeps a series clear of
 * the status colours in a legend, where they sit side by side (suggest-colorway.ts).
 */
export const INFO_DISTANCE = 20;

/**
 * The colour of an info notification: the accent, as in most design systems, unless the
 * accent could be taken for a status colour — Broadsheet's accent is its error red, Graphite's
 * orange is 10 ΔE00 from its warning brown and its red — and then a grey as light as `subtle`
 * (the subtle text): a grey, because a warm theme's subtle text leans toward its ochre warning.
 */
export function infoTone(accent: HexColor, statuses: readonly HexColor[], subtle: HexColor): HexColor {
  if (statuses.every((status) => colorDistance(accent, status) >= INFO_DISTANCE)) return accent;
  return fromOklch(toOklch(subtle)[0], 0, 0);
}
