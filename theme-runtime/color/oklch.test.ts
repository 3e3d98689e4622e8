import chroma from 'chroma-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromOklch, toOklch } from './oklch.ts';

const hexColor = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

describe('OKLCH conversions', () => {
  it('agree with chroma-js (independent implementation of Ottosson 2020)', () => {
    fc.assert(
      fc.property(hexColor, (hex) => {
        const [l, c, h] = toOklch(hex);
        const [cl, cc, ch] = chroma(hex).oklch();
        expect(l).toBeCloseTo(cl, 4);
        expect(c).toBeCloseTo(cc, 4);
        // Hue is ill-conditioned near the grey axis; compare it where there is colour to speak of.
        if (cc > 0.03) expect(Math.min(Math.abs(h - ch), 360 - Math.abs(h - ch))).toBeLessThan(0.1);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trip every sRGB colour', () => {
    fc.assert(
      fc.property(hexColor, (hex) => {
        expect(fromOklch(...toOklch(hex))).toBe(hex);
      }),
      { numRuns: 300 },
    );
  });

  it('lower chroma, not lightness or hue, for colours sRGB cannot show', () => {
    const [l, c, h] = toOklch(fromOklch(0.7, 0.4, 145));
    expect(l).toBeCloseTo(0.7, 2);
    expect(c).toBeLessThan(0.4);
    expect(h).toBeCloseTo(145, 0);
  });
});
