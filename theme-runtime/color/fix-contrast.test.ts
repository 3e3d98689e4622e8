import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.ts';
import { fixContrast } from './fix-contrast.ts';
import { toOklch } from './oklch.ts';

const hexColor = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

describe('fixContrast', () => {
  it('moves #777 on white to the nearest grey that reaches 4.5:1 (#767676, 4.54:1)', () => {
    expect(fixContrast('#777777', '#ffffff', 4.5)).toBe('#767676');
  });

  it('returns the colour itself when it already meets the target', () => {
    expect(fixContrast('#000000', '#ffffff', 7)).toBe('#000000');
  });

  it('keeps a translucent colour translucent, measured as it shows', () => {
    // #606060 at 60 % shows as #a0a0a0 on white, 2.6:1; black at 60 % would show 5.7:1,
    // so a darker grey at the same 60 % gets there.
    expect(contrastRatio('#60606099', '#ffffff')).toBeLessThan(3);
    const fixed = fixContrast('#60606099', '#ffffff', 3);
    expect(fixed).toMatch(/^#[0-9a-f]{6}99$/);
    expect(contrastRatio(fixed ?? '', '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('goes opaque only when no colour at that alpha can reach the target', () => {
    // Even pure black at 30 % shows 2.1:1 on white.
    const fixed = fixContrast('#0000004d', '#ffffff', 4.5);
    expect(fixed).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrastRatio(fixed ?? '', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('says when no lightness of that hue gets there', () => {
    // Black on mid grey is 5.3:1 and white 3.9:1: 7:1 is out of reach.
    expect(fixContrast('#808080', '#808080', 7)).toBeUndefined();
  });

  it('always meets the target and keeps the hue of a clearly coloured foreground', () => {
    fc.assert(
      fc.property(hexColor, hexColor, fc.constantFrom(3, 4.5, 7), (fg, bg, target) => {
        const fixed = fixContrast(fg, bg, target);
        if (fixed === undefined) {
          // Only when even black or white cannot reach it.
          expect(Math.max(contrastRatio('#000000', bg), contrastRatio('#ffffff', bg))).toBeLessThan(target + 0.5);
          return;
        }
        expect(contrastRatio(fixed, bg)).toBeGreaterThanOrEqual(target);
        const [l, c, h] = toOklch(fg);
        const [fl, fcChroma, fh] = toOklch(fixed);
        if (c > 0.08 && fcChroma > 0.04 && fl > 0.1 && fl < 0.95 && l > 0.1 && l < 0.95) {
          expect(Math.min(Math.abs(fh - h), 360 - Math.abs(fh - h))).toBeLessThan(12);
        }
      }),
      { numRuns: 300 },
    );
  });
});
