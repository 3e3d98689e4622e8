import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkColorway } from './colorway-check.ts';
import { contrastRatio } from './contrast.ts';
import { toOklch } from './oklch.ts';
import { checkColorscale } from './scale-check.ts';
import { meetsColorwayPromise, suggestColorway } from './suggest-colorway.ts';
import { suggestColorscale } from './suggest-colorscale.ts';

const hexColor = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

describe('suggestColorway', () => {
  it('passes protan, deutan and tritan and 3:1 on both backgrounds for any accent (count ≤ 8)', () => {
    fc.assert(
      fc.property(hexColor, fc.integer({ min: 2, max: 8 }), (accent, count) => {
        const colors = suggestColorway(accent, { count });
        expect(colors).toHaveLength(count);
        const report = checkColorway(colors);
        for (const d of ['protan', 'deutan', 'tritan'] as const) expect(report.deficiencies[d].failingPairs).toEqual([]);
        for (const c of colors) {
          expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(3);
          expect(contrastRatio(c, '#121212')).toBeGreaterThanOrEqual(3);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('holds for the backgrounds it is given', () => {
    fc.assert(
      fc.property(hexColor, (accent) => {
        const backgrounds = { light: '#f4f1ea', dark: '#1e2430' };
        expect(meetsColorwayPromise(suggestColorway(accent, { backgrounds }), { backgrounds })).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('starts from the accent: same hue, only lightness moved when needed', () => {
    for (const accent of ['#2563eb', '#ffd400', '#0b3d2e', '#e11d48']) {
      const [first] = suggestColorway(accent);
      expect(hueDistance(toOklch(first ?? '')[2], toOklch(accent)[2])).toBeLessThan(8);
    }
    // An accent that already stands out on both backgrounds is kept as it is.
    expect(suggestColorway('#2563eb')[0]).toBe('#2563eb');
  });

  it('stays clear of colours to avoid', () => {
    const avoid = ['#60a5fa'];
    const colors = suggestColorway('#2563eb', { avoid });
    expect(checkColorway([...colors, ...avoid]).safe).toBe(true);
  });

  it('is deterministic', () => {
    expect(suggestColorway('#7c3aed', { count: 6 })).toEqual(suggestColorway('#7c3aed', { count: 6 }));
  });
});

describe('suggestColorscale', () => {
  it('makes sequential scales whose lightness falls steadily and whose ends stay distinct in every vision', () => {
    fc.assert(
      fc.property(hexColor, fc.integer({ min: 3, max: 15 }), (accent, steps) => {
        const scale = suggestColorscale(accent, 'sequential', { steps });
        expect(scale).toHaveLength(steps);
        const report = checkColorscale(scale, 'sequential');
        expect(report.problems).toEqual([]);
        expect(report.lightness[0]).toBeGreaterThan(report.lightness.at(-1) ?? 1);
      }),
      { numRuns: 100 },
    );
  });

  it('makes diverging scales with a light or dark middle and CVD-distinct ends', () => {
    fc.assert(
      fc.property(hexColor, fc.constantFrom('light' as const, 'dark' as const), (accent, midpoint) => {
        const scale = suggestColorscale(accent, 'diverging', { midpoint });
        expect(scale).toHaveLength(11);
        const report = checkColorscale(scale, 'diverging');
        expect(report.problems).toEqual([]);
        expect(report.midpoint).toBe(midpoint);
      }),
      { numRuns: 100 },
    );
  });

  it('follows the accent hue on the sequential scale', () => {
    const scale = suggestColorscale('#16a34a', 'sequential');
    expect(hueDistance(toOklch(scale[6] ?? '')[2], toOklch('#16a34a')[2])).toBeLessThan(15);
  });
});
