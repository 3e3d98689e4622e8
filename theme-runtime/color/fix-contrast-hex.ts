import { contrastRatio } from './contrast.ts';
import { fromOklch, toOklch } from './oklch.ts';
import { alphaOf, withAlpha, type HexColor } from './hex.ts';

/**
 * The colour nearest to `fg` — same OKLCH hue and chroma (as far as sRGB allows), only
 * lightness moved — whose WCAG contrast with `bg` reaches `target`; `undefined` when
 * neither lighter nor darker gets there (e.g. 7:1 on a mid grey). Contrast is measured as
 * the colour shows over `bg`, and a translucent `fg` keeps its alpha; only when no colour
 * at that alpha gets there is the answer opaque (30 % black on white can never pass).
 * Hex colours only (`#rrggbb[aa]`), so the theme compilers stay free of chroma-js; the public
 * `fixContrast` takes any CSS colour.
 * @param target WCAG ratio, 1–21: 4.5 for AA text, 3 for large text and graphics, 7 for AAA.
 */
export function fixContrastHex(fg: HexColor, bg: HexColor, target: number): HexColor | undefined {
  if (contrastRatio(fg, bg) >= target) return fg;
  const alpha = alphaOf(fg);
  return atAlpha(alpha) ?? (alpha < 1 ? atAlpha(1) : undefined);

  function atAlpha(a: number): HexColor | undefined {
    return nearestAt(fg, bg, target, (l, c, h) => withAlpha(fromOklch(l, c, h), a));
  }
}

function nearestAt(fg: HexColor, bg: HexColor, target: number, colorAt: (l: number, c: number, h: number) => HexColor): HexColor | undefined {
  const [l, c, h] = toOklch(fg);
  const candidates = [towards(0), towards(1)].filter((x): x is { hex: HexColor; shift: number } => x !== undefined);
  candidates.sort((a, b) => a.shift - b.shift);
  return candidates[0]?.hex;

  // Bisects lightness between fg's and the `end` (0 black, 1 white) for the smallest move
  // that reaches the target; contrast grows monotonically on the way to the end.
  function towards(end: number): { hex: HexColor; shift: number } | undefined {
    const at = (lightness: number) => colorAt(lightness, c, h);
    if (contrastRatio(at(end), bg) < target) return undefined;
    let near = l;
    let far = end;
    for (let i = 0; i < 24; i++) {
      const mid = (near + far) / 2;
      if (contrastRatio(at(mid), bg) >= target) far = mid;
      else near = mid;
    }
    // `far` meets the target; 8-bit rounding may cost a hair, so step on until it holds.
    let lightness = far;
    let hex = at(lightness);
    for (let i = 0; i < 50 && contrastRatio(hex, bg) < target; i++) {
      lightness += (end - l) * 0.002;
      hex = at(lightness);
    }
    return contrastRatio(hex, bg) >= target ? { hex, shift: Math.abs(lightness - l) } : undefined;
  }
}
