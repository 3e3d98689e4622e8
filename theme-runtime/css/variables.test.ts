import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../model/defaults.ts';
import { cssVariables } from './variables.ts';

describe('cssVariables', () => {
  it('names every role, colorway entry and font under --dk-', () => {
    const vars = cssVariables(DEFAULT_THEME, 'dark');
    expect(Object.keys(vars).every((k) => k.startsWith('--dk-'))).toBe(true);
    expect(vars['--dk-accent']).toBe(DEFAULT_THEME.colors.dark.accent);
    expect(vars['--dk-background-content']).toBe(DEFAULT_THEME.colors.dark.backgroundContent);
    expect(vars['--dk-subtle-text']).toBe(DEFAULT_THEME.colors.dark.subtleText);
    // {accent} resolves to the dark accent; the rest are literal colours.
    expect(vars['--dk-colorway-1']).toBe(DEFAULT_THEME.colors.dark.accent);
    expect(vars[`--dk-colorway-${DEFAULT_THEME.colorway.length}`]).toBe(DEFAULT_THEME.colorway.at(-1));
    expect(vars['--dk-font-body-family']).toBe(DEFAULT_THEME.typography.body.family);
    expect(vars['--dk-radius']).toBe(`${DEFAULT_THEME.shape.radius}px`);
  });
});
