import { describe, expect, it } from 'vitest';
import { createTheme, mergeDeep, ThemeError } from './create.ts';
import { DEFAULT_THEME } from './defaults.ts';

describe('createTheme', () => {
  it('lays a few changes over the base theme, normalising colours', () => {
    const theme = createTheme({ name: 'Acme', colors: { light: { accent: 'rgb(10 102 194)' } }, shape: { radius: 2 } });
    expect(theme.name).toBe('Acme');
    expect(theme.colors.light.accent).toBe('#0a66c2');
    expect(theme.colors.light.text).toBe(DEFAULT_THEME.colors.light.text);
    expect(theme.colors.dark).toEqual(DEFAULT_THEME.colors.dark);
    expect(theme.shape).toEqual({ ...DEFAULT_THEME.shape, radius: 2 });
  });

  it('replaces lists whole', () => {
    expect(createTheme({ colorway: ['#000000', '#ffffff'] }).colorway).toEqual(['#000000', '#ffffff']);
  });

  it('starts from another base when given one', () => {
    const base = createTheme({ name: 'Base', colors: { dark: { accent: '#ff7a00' } } });
    expect(createTheme({ name: 'Child' }, base).colors.dark.accent).toBe('#ff7a00');
  });

  it('throws a ThemeError that names every problem by its place', () => {
    let error: unknown;
    try {
      createTheme({ colors: { light: { accent: 'blue-ish' } }, typography: { body: { size: 300 } } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ThemeError);
    const issues = (error as ThemeError).issues.map((i) => i.path);
    expect(issues).toEqual(expect.arrayContaining(['/colors/light/accent', '/typography/body/size']));
    expect((error as ThemeError).message).toContain("/colors/light/accent: 'blue-ish' is not a colour");
  });

  it('keeps a __proto__ key a plain key', () => {
    const merged = mergeDeep({ a: 1 }, JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
