import { fixContrastHex } from './fix-contrast-hex.ts';
import type { HexColor } from './hex.ts';
import { requireColor } from './parse.ts';

/**
 * The colour nearest to `fg` (any CSS colour), same hue, whose contrast with `bg` reaches
 * `target`; see fixContrastHex. Throws a TypeError naming a value that is not a colour.
 */
export function fixContrast(fg: string, bg: string, target: number): HexColor | undefined {
  return fixContrastHex(requireColor(fg), requireColor(bg), target);
}
