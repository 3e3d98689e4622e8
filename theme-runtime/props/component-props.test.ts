import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../color/contrast.ts';
import { DEFAULT_THEME } from '../model/defaults.ts';
import { withRole } from '../model/edit.ts';
import type { Theme } from '../model/types.ts';
import { componentProps } from './component-props.ts';
import { COMPONENT_NAMES } from './types.ts';

describe('componentProps', () => {
  it('gives every component a style in both modes', () => {
    for (const name of COMPONENT_NAMES) {
      for (const mode of ['light', 'dark'] as const) {
        expect(Object.keys(componentProps(DEFAULT_THEME, mode, name).style).length).toBeGreaterThan(0);
      }
    }
  });

  it('draws cards on the content background with the theme radius and an accent edge', () => {
    const theme = withRole(DEFAULT_THEME, 'light', 'accent', '#aa00ff');
    const { style } = componentProps(theme, 'light', 'Card');
    expect(style['backgroundColor']).toBe(theme.colors.light.backgroundContent);
    expect(style['borderRadius']).toBe(`${theme.shape.radius}px`);
    expect(style['borderTop']).toBe('3px solid #aa00ff');
    const noEdge: Theme = { ...theme, components: { ...theme.components, card: { accentEdge: 'none' } } };
    expect(componentProps(noEdge, 'light', 'Card').style).not.toHaveProperty('borderTop');
  });

  it('fills buttons with the accent and readable text, in each mode', () => {
    for (const mode of ['light', 'dark'] as const) {
      const { style, states } = componentProps(DEFAULT_THEME, mode, 'Button');
      expect(style['backgroundColor']).toBe(DEFAULT_THEME.colors[mode].accent);
      expect(contrastRatio(String(style['color']), String(style['backgroundColor']))).toBeGreaterThanOrEqual(4.5);
      expect(states.focus?.['outline']).toMatch(/^2px solid #/);
      expect(states.hover?.['backgroundColor']).not.toBe(style['backgroundColor']);
    }
  });

  it('uses the heading font and capitalisation for titles', () => {
    const theme: Theme = { ...DEFAULT_THEME, typography: { ...DEFAULT_THEME.typography, titleCase: 'uppercase' } };
    const { style } = componentProps(theme, 'dark', 'Title');
    expect(style['fontFamily']).toBe(theme.typography.heading.family);
    expect(style['textTransform']).toBe('uppercase');
    expect(style['color']).toBe(theme.colors.dark.heading);
  });
});
