import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../color/contrast.ts';
import { DEFAULT_THEME } from './defaults.ts';
import { withRole } from './edit.ts';
import { resolveTheme } from './resolve.ts';

describe('resolveTheme', () => {
  it('resolves {role} references to each mode’s own colour', () => {
    const theme = { ...DEFAULT_THEME, colorway: ['{accent}', '#123456', '{accentNegative}'] };
    expect(resolveTheme(theme, 'light').colorway).toEqual([theme.colors.light.accent, '#123456', theme.colors.light.accentNegative]);
    expect(resolveTheme(theme, 'dark').colorway).toEqual([theme.colors.dark.accent, '#123456', theme.colors.dark.accentNegative]);
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
