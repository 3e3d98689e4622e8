import { describe, expect, it } from 'vitest';
import { COLOR_ROLES } from '../model/roles.ts';
import { DEFAULT_THEME } from '../model/defaults.ts';
import { cssVariableNames, cssVariables } from './variables.ts';

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('cssVariables', () => {
  it('names every role, colorway entry, scale stop, font, size and radius under --dk-', () => {
    for (const mode of ['light', 'dark'] as const) {
      const vars = cssVariables(DEFAULT_THEME, mode);
      expect(Object.keys(vars).every((k) => /^--dk-[a-z0-9-]+$/.test(k))).toBe(true);
      for (const role of COLOR_ROLES) expect(vars[`--dk-${kebab(role)}`]).toBe(DEFAULT_THEME.colors[mode][role]);
      expect(Object.keys(vars).filter((k) => k.startsWith('--dk-colorway-') && k !== '--dk-colorway-count')).toHaveLength(DEFAULT_THEME.colorway.length);
      expect(Object.keys(vars).filter((k) => k.startsWith('--dk-scale-sequential-'))).toHaveLength(DEFAULT_THEME.scales.sequential.length);
      expect(Object.keys(vars).filter((k) => k.startsWith('--dk-scale-diverging-'))).toHaveLength(DEFAULT_THEME.scales.diverging.length);
      expect(vars['--dk-colorway-1']).toBe(DEFAULT_THEME.colors[mode].accent); // {accent}
      for (const kind of ['body', 'heading', 'mono'] as const) {
        expect(vars[`--dk-font-${kind}-family`]).toBe(DEFAULT_THEME.typography[kind].family);
        expect(vars[`--dk-font-${kind}-size`]).toBe(`${DEFAULT_THEME.typography[kind].size}px`);
      }
      expect(vars['--dk-radius']).toBe(`${DEFAULT_THEME.shape.radius}px`);
      expect(vars['--dk-spacing']).toBe(`${DEFAULT_THEME.shape.spacing}px`);
      expect(vars['--dk-h1-size']).toMatch(/^\d+(\.\d+)?px$/);
    }
  });

  it('holds values only: nothing that could end a declaration or open a block', () => {
    for (const value of Object.values(cssVariables(DEFAULT_THEME, 'light'))) expect(value).not.toMatch(/[;{}<>]/);
  });

  it('gives CSS no capitalize transform (it would mangle units), and the container and report settings', () => {
    const capitalised = { ...DEFAULT_THEME, typography: { ...DEFAULT_THEME.typography, titleCase: 'capitalize' as const } };
    expect(cssVariables(capitalised, 'light')['--dk-heading-transform']).toBe('none');
    expect(cssVariables({ ...capitalised, typography: { ...capitalised.typography, titleCase: 'uppercase' } }, 'light')['--dk-heading-transform']).toBe('uppercase');
    const vars = cssVariables({ ...DEFAULT_THEME, components: { ...DEFAULT_THEME.components, card: { accentEdge: 'top', padding: 20 } }, report: { margin: 12 } }, 'light');
    expect(vars).toMatchObject({ '--dk-card-padding': '20px', '--dk-report-margin': '12mm', '--dk-section-gap': `${DEFAULT_THEME.shape.spacing * 3}px` });
  });

  it('names the same variables as cssVariables, and follows a longer colorway', () => {
    expect(cssVariableNames(DEFAULT_THEME)).toEqual(Object.keys(cssVariables(DEFAULT_THEME, 'light')));
    const recoloured = { ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, light: { ...DEFAULT_THEME.colors.light, accent: '#aa3300' } } };
    expect(cssVariableNames(recoloured)).toEqual(cssVariableNames(DEFAULT_THEME));
    const longer = { ...DEFAULT_THEME, colorway: [...DEFAULT_THEME.colorway, '#123456'] };
    expect(cssVariableNames(longer)).toContain(`--dk-colorway-${longer.colorway.length}`);
    expect(cssVariableNames(longer)).toEqual(Object.keys(cssVariables(longer, 'light')));
  });
});
