import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkColorway } from './colorway-check.ts';
import { contrastRatio } from './contrast.ts';
import { toOklch } from './oklch.ts';
import { checkColorscale } from './scale-check.ts';
import { colorDistance } from './distance.ts';
import { COLORWAY_VARIANTS, suggestColorway, suggestSeries } from './suggest-colorway.ts';
import { suggestColorscale } from './suggest-colorscale.ts';

const hexColor = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

describe('suggestSeries and suggestColorway', () => {
  const worst = (colors: string[]) => {
    const r = checkColorway(colors);
    return Math.min(r.deficiencies.protan.minDistance, r.deficiencies.deutan.minDistance, r.deficiencies.tritan.minDistance);
  };

  it.each(COLORWAY_VARIANTS)('%s: each mode stands out on its plot area, stays distinct for every vision, keeps each series’ hue across modes', (variant) => {
    fc.assert(
      fc.property(hexColor, fc.integer({ min: 3, max: 8 }), (accent, count) => {
        const s = suggestSeries(accent, { count, variant });
        expect(s.light).toHaveLength(count);
        expect(s.dark).toHaveLength(count);
        for (const c of s.light) expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(3);
        for (const c of s.dark) expect(contrastRatio(c, '#121212')).toBeGreaterThanOrEqual(3);
        // The full figures (12 up to 5 colours, 10 at 8) are measured by npm run bench:palettes;
        // here, a floor no suggestion may ever cross.
        expect(worst(s.light)).toBeGreaterThanOrEqual(count <= 5 ? 10 : 8);
        expect(worst(s.dark)).toBeGreaterThanOrEqual(count <= 5 ? 10 : 8);
        for (let i = 1; i < count; i++) {
          const [, lc, lh] = toOklch(s.light[i] ?? '');
          const [, dc, dh] = toOklch(s.dark[i] ?? '');
          expect(Math.min(lc, dc)).toBeGreaterThanOrEqual(0.045);
          expect(hueDistance(lh, dh)).toBeLessThanOrEqual(10);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('starts from the accent: the brand itself as the series, each mode’s variant of it', () => {
    const yellow = suggestSeries('#ffcc00', { count: 4 });
    expect(yellow.series[0]).toBe('#ffcc00');
    expect(contrastRatio(yellow.light[0] ?? '', '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(hueDistance(toOklch(yellow.light[0] ?? '')[2], toOklch('#ffcc00')[2])).toBeLessThan(10);
    expect(suggestColorway('#2563eb', { mode: 'light' })[0]).toBe('#2563eb');
    for (const accent of ['#2563eb', '#ffd400', '#0b3d2e', '#e11d48']) {
      const [first] = suggestColorway(accent, { mode: 'dark' });
      expect(hueDistance(toOklch(first ?? '')[2], toOklch(accent)[2])).toBeLessThan(10);
    }
  });

  it('gives different answers per variant: vivid is more saturated than muted', () => {
    const mean = (cs: string[]) => cs.slice(1).reduce((sum, c) => sum + toOklch(c)[1], 0) / (cs.length - 1);
    for (const accent of ['#2563eb', '#e4002b', '#0f766e']) {
      const vivid = suggestColorway(accent, { mode: 'light', variant: 'vivid', count: 6 });
      const muted = suggestColorway(accent, { mode: 'light', variant: 'muted', count: 6 });
      expect(mean(vivid)).toBeGreaterThan(mean(muted) + 0.03);
    }
  });

  it('keeps series clear of the colours that mean bad and good news', () => {
    const reserved = ['#d92d20', '#16a34a'];
    const colors = suggestColorway('#2563eb', { mode: 'light', count: 8, reserved });
    for (const c of colors.slice(1)) for (const r of reserved) expect(colorDistance(c, r)).toBeGreaterThanOrEqual(10);
  });

  // One band for both modes holds fewer distinct colours (the v1 squeeze): up to six.
  it('mode "both": one colour per series that stands out on both plot areas unchanged', () => {
    fc.assert(
      fc.property(hexColor, fc.integer({ min: 2, max: 6 }), (accent, count) => {
        const colors = suggestColorway(accent, { count });
        expect(colors).toHaveLength(count);
        const report = checkColorway(colors, { mark: 'area' });
        for (const d of ['protan', 'deutan', 'tritan'] as const) expect(report.deficiencies[d].failingPairs).toEqual([]);
        for (const c of colors) {
          expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(3);
          expect(contrastRatio(c, '#121212')).toBeGreaterThanOrEqual(3);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('stays clear of colours to avoid', () => {
    const avoid = ['#60a5fa'];
    const colors = suggestColorway('#2563eb', { avoid, count: 5 });
    expect(checkColorway([...colors, ...avoid], { mark: 'area' }).safe).toBe(true);
  });

  it('is reproducible', () => {
    expect(suggestSeries('#7c3aed', { count: 6, variant: 'analogous' })).toEqual(suggestSeries('#7c3aed', { count: 6, variant: 'analogous' }));
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
