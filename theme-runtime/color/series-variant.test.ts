import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.ts';
import { toOklch } from './oklch.ts';
import { seriesVariant } from './series-variant.ts';

const hexColor = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

describe('seriesVariant', () => {
  it('keeps a light-mode colour that stands out on white; lifts every series a step for a dark plot area', () => {
    expect(seriesVariant('#2563eb', '#ffffff')).toBe('#2563eb');
    const dark = seriesVariant('#2563eb', '#121212');
    // Tailwind's blue-600 → blue-400 is +0.16 OKLCH lightness; this lift is a little gentler.
    const lift = toOklch(dark)[0] - toOklch('#2563eb')[0];
    expect(lift).toBeGreaterThan(0.08);
    expect(lift).toBeLessThan(0.16);
  });

  it('keeps the lightness steps between series on a dark plot area', () => {
    const navy = seriesVariant('#1e3a8a', '#121212');
    const blue = seriesVariant('#3b82f6', '#121212');
    expect(toOklch(blue)[0] - toOklch(navy)[0]).toBeGreaterThan(0.05);
  });

  it('deepens a yellow on white and lifts a navy on a dark plot area', () => {
    const ochre = seriesVariant('#ffcc00', '#ffffff');
    expect(contrastRatio(ochre, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(toOklch(ochre)[0]).toBeLessThan(toOklch('#ffcc00')[0]);
    const blue = seriesVariant('#1e3a8a', '#121212');
    expect(contrastRatio(blue, '#121212')).toBeGreaterThanOrEqual(3);
    expect(toOklch(blue)[0]).toBeGreaterThan(toOklch('#1e3a8a')[0]);
  });

  it('always reaches 3:1 on the usual plot backgrounds and keeps the hue of a coloured series within 10°', () => {
    fc.assert(
      fc.property(hexColor, fc.constantFrom('#ffffff', '#f8fafc', '#121212', '#0f172a', '#1e2430'), (color, bg) => {
        const variant = seriesVariant(color, bg);
        expect(contrastRatio(variant, bg)).toBeGreaterThanOrEqual(3);
        const [, c, h] = toOklch(color);
        const [, vc, vh] = toOklch(variant);
        if (c > 0.05 && vc > 0.05) expect(hueDistance(h, vh)).toBeLessThanOrEqual(10);
      }),
      { numRuns: 500 },
    );
  });
});
