import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../color/contrast.ts';
import { toOklch } from '../color/oklch.ts';
import { DEFAULT_THEME } from './defaults.ts';
import { seriesVariant } from '../color/series-variant.ts';
import { withColorway, withRole, withSeriesOverride } from './edit.ts';
import { resolveTheme } from './resolve.ts';

describe('resolveTheme', () => {
  it('resolves {role} references to each mode’s own colour and lifts literal series for dark mode', () => {
    const theme = withColorway(DEFAULT_THEME, ['{accent}', '#123456', '{accentNegative}']);
    expect(resolveTheme(theme, 'light').colorway).toEqual([theme.colors.light.accent, '#123456', theme.colors.light.accentNegative]);
    const dark = resolveTheme(theme, 'dark').colorway;
    expect([dark[0], dark[2]]).toEqual([theme.colors.dark.accent, theme.colors.dark.accentNegative]);
    expect(dark[1]).toBe(seriesVariant('#123456', theme.colors.dark.plotBackground));
    expect(contrastRatio(dark[1] ?? '', theme.colors.dark.plotBackground)).toBeGreaterThanOrEqual(3);
  });

  it('draws a per-mode override instead of the derived series, and drops overrides with a new series list', () => {
    const theme = withSeriesOverride(withColorway(DEFAULT_THEME, ['#123456', '#654321']), 'dark', 1, '#abcdef');
    expect(resolveTheme(theme, 'dark').colorway[1]).toBe('#abcdef');
    expect(resolveTheme(theme, 'light').colorway[1]).toBe('#654321');
    expect(withSeriesOverride(theme, 'dark', 1, null).colorwayOverrides).toBeUndefined();
    expect(withColorway(theme, ['#000000', '#ffffff']).colorwayOverrides).toBeUndefined();
  });

  it('derives accent text that reads on cards and page, and keeps one that is set', () => {
    const yellow = withRole(DEFAULT_THEME, 'light', 'accent', '#ffcc00');
    const r = resolveTheme(yellow, 'light');
    expect(r.colors.accent).toBe('#ffcc00');
    expect(contrastRatio(r.colors.accentText, r.colors.backgroundContent)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(r.colors.accentText, r.colors.backgroundPage)).toBeGreaterThanOrEqual(4.5);
    expect(resolveTheme(DEFAULT_THEME, 'light').colors.accentText).toBe(DEFAULT_THEME.colors.light.accent);
    const set = withRole(yellow, 'light', 'accentText', '#5c4a00');
    expect(resolveTheme(set, 'light').colors.accentText).toBe('#5c4a00');
  });

  it('gives info notifications the accent, or a grey as light as the subtle text where the accent could pass for a status colour', () => {
    const light = resolveTheme(DEFAULT_THEME, 'light').colors;
    expect(light.info).toBe(light.accent);
    // An accent that is the theme's own error red, and one a few ΔE00 from its warning.
    for (const accent of [DEFAULT_THEME.colors.light.accentNegative, '#b4530b']) {
      const r = resolveTheme(withRole(DEFAULT_THEME, 'light', 'accent', accent), 'light').colors;
      expect(toOklch(r.info)[1]).toBeLessThan(0.001);
      expect(toOklch(r.info)[0]).toBeCloseTo(toOklch(r.subtleText)[0], 2);
      expect(r.infoWash).not.toBe(r.negativeWash);
    }
  });

  it('gives a brand too pale to show on the cards a visible outline for buttons and focus', () => {
    const white = resolveTheme(withRole(DEFAULT_THEME, 'light', 'accent', '#ffffff'), 'light');
    expect(white.colors.accent).toBe('#ffffff');
    expect(contrastRatio(white.colors.accentOutline, white.colors.backgroundContent)).toBeGreaterThanOrEqual(3);
    expect(white.colors.focusRing).toBe(white.colors.accentOutline);
    expect(resolveTheme(DEFAULT_THEME, 'light').colors.accentOutline).toBe(DEFAULT_THEME.colors.light.accent);
  });

  it('uses a mode’s own scale when it has one', () => {
    const own = ['#000000', '#333333', '#ffffff'];
    const theme = { ...DEFAULT_THEME, scales: { ...DEFAULT_THEME.scales, dark: { sequential: own } } };
    expect(resolveTheme(theme, 'dark').scales.sequential).toEqual(own);
    expect(resolveTheme(theme, 'light').scales.sequential).toEqual(resolveTheme(DEFAULT_THEME, 'light').scales.sequential);
  });

  it('follows an accent edit through the colorway', () => {
    const edited = withRole(DEFAULT_THEME, 'light', 'accent', '#ff00aa');
    expect(resolveTheme(edited, 'light').colorway[0]).toBe('#ff00aa');
    expect(resolveTheme(edited, 'dark').colorway[0]).toBe(DEFAULT_THEME.colors.dark.accent);
  });

  it('puts readable text on the accent', () => {
    for (const accent of ['#2563eb', '#fde047', '#000000', '#ffffff', '#7c3aed']) {
      const r = resolveTheme(withRole(DEFAULT_THEME, 'light', 'accent', accent), 'light');
      // The better of black and white always reaches at least 4.58:1 (the worst case is mid grey).
      expect(contrastRatio(r.colors.onAccent, accent)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('derives heading sizes from the type scale', () => {
    const theme = { ...DEFAULT_THEME, typography: { ...DEFAULT_THEME.typography, scaleRatio: 1.5 } };
    theme.typography.heading = { ...theme.typography.heading, size: 16 };
    expect(resolveTheme(theme, 'light').headingSizes).toEqual({ h1: 36, h2: 24, h3: 16 });
  });

  it('does not change the theme it reads', () => {
    const copy = structuredClone(DEFAULT_THEME);
    resolveTheme(DEFAULT_THEME, 'dark');
    expect(DEFAULT_THEME).toEqual(copy);
  });
});

describe('resolveTheme caching', () => {
  it('shares one resolution per theme object and mode, and recomputes after an edit', () => {
    expect(resolveTheme(DEFAULT_THEME, 'light')).toBe(resolveTheme(DEFAULT_THEME, 'light'));
    expect(resolveTheme(DEFAULT_THEME, 'light')).not.toBe(resolveTheme(DEFAULT_THEME, 'dark'));
    const edited = withRole(DEFAULT_THEME, 'light', 'text', '#000000');
    expect(resolveTheme(edited, 'light').colors.text).toBe('#000000');
    expect(resolveTheme(DEFAULT_THEME, 'light').colors.text).toBe(DEFAULT_THEME.colors.light.text);
  });
});
