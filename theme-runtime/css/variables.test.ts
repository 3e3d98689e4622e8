import { describe, expect, it } from 'vitest';
import { COLOR_ROLES } from '../model/roles.ts';
import { DEFAULT_THEME } from '../model/defaults.ts';
import { bothModesVariables, cssVariableNames, cssVariables, variablesStylesheet } from './variables.ts';

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

  it('writes both modes as one set that a mode switch leaves alone: shared values as they are, colours as light-dark() pairs', () => {
    const both = bothModesVariables(DEFAULT_THEME);
    if (both === undefined) throw new Error('the default theme has both-mode variables');
    const [light, dark] = [cssVariables(DEFAULT_THEME, 'light'), cssVariables(DEFAULT_THEME, 'dark')];
    expect(Object.keys(both)).toEqual(Object.keys(light));
    expect(both['--dk-accent']).toBe(`light-dark(${light['--dk-accent']}, ${dark['--dk-accent']})`);
    expect(both['--dk-font-body-family']).toBe(light['--dk-font-body-family']);
    // Each mode's shadow layers, transparent in the other mode.
    expect(both['--dk-shadow']).toBe('0 1px 2px light-dark(rgba(16, 24, 40, 0.06), transparent), 0 1px 3px light-dark(rgba(16, 24, 40, 0.10), transparent), 0 1px 3px light-dark(transparent, rgba(0, 0, 0, 0.45))');
    const flat = { ...DEFAULT_THEME, shape: { ...DEFAULT_THEME.shape, shadow: 'none' as const } };
    expect(bothModesVariables(flat)?.['--dk-shadow']).toBe('none');
    // The sheet compiled ahead holds them once, not per mode.
    const sheet = variablesStylesheet(DEFAULT_THEME, 'sc', 'design-kit');
    expect(sheet).toContain(`--dk-accent: ${both['--dk-accent']};`);
    expect(sheet).not.toContain('[data-dk-mode=dark]');
  });
});
