import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTheme } from '../audit/check-theme.ts';
import { contrastRatio } from '../color/contrast.ts';
import { toOklch } from '../color/oklch.ts';
import { parseTheme } from '../model/parse.ts';
import { resolveTheme } from '../model/resolve.ts';
import { themeFromBrand } from './theme-from-brand.ts';

const hexColor = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

function expectPassing(brand: string | string[], contrast: 'standard' | 'high' = 'standard') {
  const theme = themeFromBrand(brand, { contrast });
  const first = typeof brand === 'string' ? brand : (brand[0] ?? '');
  // The brand is the light-mode accent, exactly; the document is a valid theme.
  expect(theme.colors.light.accent).toBe(first);
  expect(parseTheme(theme).ok).toBe(true);
  const report = checkTheme(theme);
  expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.message), first).toEqual([]);
  for (const mode of ['light', 'dark'] as const) {
    for (const pair of report[mode].text) {
      expect(pair.level === 'AAA' || (contrast === 'standard' && pair.level === 'AA'), `${first} ${mode} ${pair.label} ${pair.ratio}`).toBe(true);
    }
    // The brand leads the series in both modes, as that mode draws it.
    expect(hueDistance(toOklch(resolveTheme(theme, mode).colorway[0] ?? '')[2], toOklch(first)[2]) <= 10 || toOklch(first)[1] < 0.03).toBe(true);
  }
  return theme;
}

describe('themeFromBrand', () => {
  it('gives a passing theme for 200 seeded brands, standard and high contrast', () => {
    fc.assert(
      fc.property(hexColor, fc.constantFrom('standard', 'high' as const), (brand, contrast) => {
        expectPassing(brand, contrast);
      }),
      { numRuns: 200, seed: 12 },
    );
  }, 60_000);

  it.each(['#ffff00', '#000000', '#ffffff', '#808080', '#fdf6e3', '#e4002b', '#ffcc00'])('handles the extreme brand %s', (brand) => {
    expectPassing(brand);
    expectPassing(brand, 'high');
  });

  it('says when the brand cannot carry text, and keeps the fill', () => {
    const theme = themeFromBrand('#ffff00');
    expect(theme.description).toMatch(/#ffff00 cannot carry text/);
    const r = resolveTheme(theme, 'light');
    expect(r.colors.accent).toBe('#ffff00');
    expect(contrastRatio(r.colors.accentText, r.colors.backgroundContent)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(r.colors.focusRing, r.colors.backgroundContent)).toBeGreaterThanOrEqual(3);
  });

  it('puts up to two more brand colours right after the accent', () => {
    const theme = themeFromBrand(['#0b5fff', '#ff6a00', '#00a37a']);
    expect(theme.colorway.slice(0, 3)).toEqual(['{accent}', '#ff6a00', '#00a37a']);
    expect(() => themeFromBrand(['#000000', '#111111', '#222222', '#333333'])).toThrow(/one to three/);
    expect(() => themeFromBrand('brandish')).toThrow(/not a colour/);
  });

  it('leans the greys the way it is asked', () => {
    const hueOf = (t: ReturnType<typeof themeFromBrand>) => toOklch(t.colors.light.backgroundPage)[2];
    expect(hueDistance(hueOf(themeFromBrand('#e4002b', { neutral: 'cool' })), 255)).toBeLessThan(25);
    expect(hueDistance(hueOf(themeFromBrand('#e4002b', { neutral: 'warm' })), 70)).toBeLessThan(25);
    expect(toOklch(themeFromBrand('#e4002b', { neutral: 'neutral' }).colors.light.backgroundPage)[1]).toBeLessThan(0.003);
  });

  it('is reproducible', () => {
    expect(themeFromBrand('#7c3aed')).toEqual(themeFromBrand('#7c3aed'));
  });
});
