import { alphaOf } from '../color/hex.ts';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../color/contrast.ts';
import { DEFAULT_THEME } from '../model/defaults.ts';
import { withRole } from '../model/edit.ts';
import type { Theme } from '../model/types.ts';
import { componentProps } from './component-props.ts';
import { COMPONENT_NAMES } from './types.ts';

const MODES = ['light', 'dark'] as const;

describe('componentProps', () => {
  it('gives every component named in DESIGN.md a style in both modes', () => {
    expect(COMPONENT_NAMES).toHaveLength(20);
    for (const name of COMPONENT_NAMES) {
      for (const mode of MODES) {
        const p = componentProps(DEFAULT_THEME, mode, name);
        expect(Object.keys(p.style).length, `${name} ${mode}`).toBeGreaterThan(0);
      }
    }
  });

  it('draws cards on the content background with the theme radius and an accent edge', () => {
    const theme = withRole(DEFAULT_THEME, 'light', 'accent', '#aa00ff');
    const { style } = componentProps(theme, 'light', 'Card');
    expect(style['backgroundColor']).toBe(theme.colors.light.backgroundContent);
    expect(style['borderRadius']).toBe(`${theme.shape.radius}px`);
    expect(style['borderTop']).toBe('3px solid #aa00ff');
    const left: Theme = { ...theme, components: { ...theme.components, card: { accentEdge: 'left' } } };
    expect(componentProps(left, 'light', 'Card').style['borderLeft']).toBe('3px solid #aa00ff');
    const none: Theme = { ...theme, components: { ...theme.components, card: { accentEdge: 'none' } } };
    expect(componentProps(none, 'light', 'Card').style).not.toHaveProperty('borderTop');
  });

  it('fills buttons with the accent and readable text, with hover, focus and disabled states', () => {
    for (const mode of MODES) {
      const { style, states } = componentProps(DEFAULT_THEME, mode, 'Button');
      expect(style['backgroundColor']).toBe(DEFAULT_THEME.colors[mode].accent);
      expect(contrastRatio(String(style['color']), String(style['backgroundColor']))).toBeGreaterThanOrEqual(4.5);
      expect(states.hover?.['backgroundColor']).not.toBe(style['backgroundColor']);
      expect(states.focus?.['outline']).toBe(`2px solid ${DEFAULT_THEME.colors[mode].accent}`);
      expect(states.disabled?.['cursor']).toBe('not-allowed');
    }
    const outline: Theme = { ...DEFAULT_THEME, components: { ...DEFAULT_THEME.components, button: { variant: 'outline' } } };
    expect(componentProps(outline, 'light', 'Button').style['backgroundColor']).toBe('transparent');
  });

  it('keeps the focus ring at 3:1 or more against the surface in every preset-like theme', () => {
    for (const mode of MODES) {
      const ring = String(componentProps(DEFAULT_THEME, mode, 'Tabs').states.focus?.['outline']).split(' ').at(-1) ?? '';
      expect(contrastRatio(ring, DEFAULT_THEME.colors[mode].backgroundContent)).toBeGreaterThanOrEqual(3);
    }
  });

  it('colours DataCard deltas by sign with the positive and negative roles', () => {
    for (const mode of MODES) {
      const { parts } = componentProps(DEFAULT_THEME, mode, 'DataCard');
      expect(parts['deltaPositive']?.['color']).toBe(DEFAULT_THEME.colors[mode].accentPositive);
      expect(parts['deltaNegative']?.['color']).toBe(DEFAULT_THEME.colors[mode].accentNegative);
      expect(parts['value']?.['fontFamily']).toBe(DEFAULT_THEME.typography.heading.family);
    }
  });

  it('marks the selected tab with the accent and stripes table rows', () => {
    const tabs = componentProps(DEFAULT_THEME, 'light', 'Tabs');
    expect(tabs.states.selected?.['color']).toBe(DEFAULT_THEME.colors.light.accent);
    expect(tabs.parts['tab']?.['color']).toBe(DEFAULT_THEME.colors.light.subtleText);
    const table = componentProps(DEFAULT_THEME, 'dark', 'Table');
    expect(table.parts['stripedRow']?.['backgroundColor']).not.toBe(table.style['backgroundColor']);
    expect(table.parts['headerCell']?.['color']).toBe(DEFAULT_THEME.colors.dark.heading);
    expect(table.states.hover?.['backgroundColor']).toBeDefined();
  });

  it('stacks rows and blocks below the theme’s phone breakpoint', () => {
    const theme: Theme = { ...DEFAULT_THEME, breakpoints: { phone: 640, tablet: 1000 } };
    const row = componentProps(theme, 'light', 'Row');
    expect(row.style['display']).toBe('flex');
    expect(row.below).toEqual({ width: 640, style: { flexDirection: 'column' } });
    expect(componentProps(theme, 'light', 'Block').below?.width).toBe(640);
  });

  it('gives reports and pages a print layout with page size and breaks', () => {
    const page = componentProps(DEFAULT_THEME, 'light', 'Page');
    expect(page.print?.page).toEqual({ size: 'A4 portrait', margin: '16mm' });
    // Each page after the first starts a sheet: a break after every page would leave a blank last sheet.
    expect(page.print?.style['breakAfter']).toBeUndefined();
    expect(page.print?.parts?.['following']).toEqual({ breakBefore: 'page' });
    expect(page.print?.style['boxShadow']).toBe('none');
    const letter = componentProps({ ...DEFAULT_THEME, report: { pageSize: 'Letter', orientation: 'landscape', margin: 20 } }, 'light', 'Page');
    expect(letter.print?.page).toEqual({ size: 'Letter landscape', margin: '20mm' });
    expect(letter.style).toMatchObject({ width: '279.4mm', minHeight: '215.9mm', padding: '20mm' });
    expect(componentProps(DEFAULT_THEME, 'light', 'Report').print).toBeDefined();
  });

  it('uses the heading font and capitalisation for titles and card headers', () => {
    const theme: Theme = { ...DEFAULT_THEME, typography: { ...DEFAULT_THEME.typography, titleCase: 'uppercase' } };
    for (const name of ['Title', 'CardHeader'] as const) {
      const { style } = componentProps(theme, 'dark', name);
      expect(style['fontFamily']).toBe(theme.typography.heading.family);
      expect(style['textTransform']).toBe('uppercase');
      expect(style['color']).toBe(theme.colors.dark.heading);
    }
  });

  it('tints notifications by tone with the semantic roles', () => {
    const { parts } = componentProps(DEFAULT_THEME, 'light', 'Notification');
    expect(parts['error']?.['borderLeftColor']).toBe(DEFAULT_THEME.colors.light.accentNegative);
    expect(parts['success']?.['borderLeftColor']).toBe(DEFAULT_THEME.colors.light.accentPositive);
    expect(parts['warning']?.['borderLeftColor']).toBe(DEFAULT_THEME.colors.light.accentWarning);
  });

  it('is deterministic and leaves the theme alone', () => {
    const copy = structuredClone(DEFAULT_THEME);
    for (const name of COMPONENT_NAMES) {
      expect(componentProps(DEFAULT_THEME, 'light', name)).toEqual(componentProps(structuredClone(DEFAULT_THEME), 'light', name));
    }
    expect(DEFAULT_THEME).toEqual(copy);
  });

  describe('component choices', () => {
    const choose = (components: Partial<Theme['components']>): Theme => ({ ...DEFAULT_THEME, components: { ...DEFAULT_THEME.components, ...components } });
    const light = DEFAULT_THEME.colors.light;

    it('puts the header on the surface, the page or the accent, its title and buttons readable on it', () => {
      expect(componentProps(choose({ header: { style: 'page' } }), 'light', 'Header').style['backgroundColor']).toBe(light.backgroundPage);
      const accent = componentProps(choose({ header: { style: 'accent' } }), 'light', 'Header');
      expect(accent.style['backgroundColor']).toBe(light.accent);
      const title = accent.parts['title']?.['color'];
      expect(contrastRatio(String(title), light.accent)).toBeGreaterThanOrEqual(4.5);
      expect(accent.parts['button']?.['color']).toBe(title);
      expect(componentProps(DEFAULT_THEME, 'light', 'Header').parts).toEqual({});
    });

    it('pads table cells by density and stripes rows only when asked', () => {
      const padding = (density: Theme['components']['table']['density']) => String(componentProps(choose({ table: { density, striped: true } }), 'light', 'Table').parts['cell']?.['padding']);
      const vertical = (density: Theme['components']['table']['density']) => Number.parseFloat(padding(density));
      expect(vertical('compact')).toBeLessThan(vertical('normal'));
      expect(vertical('normal')).toBeLessThan(vertical('comfortable'));
      expect(componentProps(choose({ table: { density: 'normal', striped: false } }), 'light', 'Table').parts['stripedRow']).toBeUndefined();
      expect(componentProps(DEFAULT_THEME, 'light', 'Table').parts['stripedRow']).toBeDefined();
    });

    it('shapes and fills tags', () => {
      const tag = (shape: Theme['components']['tag']['shape'], variant: Theme['components']['tag']['variant']) => componentProps(choose({ tag: { shape, variant } }), 'light', 'Tag').style;
      expect(tag('square', 'subtle')['borderRadius']).toBe(0);
      expect(tag('pill', 'subtle')['borderRadius']).toBe('999px');
      expect(tag('pill', 'solid')['backgroundColor']).toBe(light.accent);
      expect(contrastRatio(String(tag('pill', 'solid')['color']), light.accent)).toBeGreaterThanOrEqual(4.5);
      expect(alphaOf(String(tag('pill', 'outline')['backgroundColor']))).toBe(0);
    });

    it('draws inputs outlined, filled or underlined', () => {
      const control = (style: Theme['components']['controls']['style']) => componentProps(choose({ controls: { style } }), 'light', 'ControlItem').parts['control'] ?? {};
      expect(control('outlined')['backgroundColor']).toBe(light.backgroundContent);
      expect(control('filled')['backgroundColor']).not.toBe(light.backgroundContent);
      expect(control('underlined')).toMatchObject({ backgroundColor: 'transparent', borderBottomColor: light.border });
    });
  });
});
