import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../model/defaults.ts';
import { withRole } from '../model/edit.ts';
import type { Theme } from '../model/types.ts';
import { applyTheme } from './apply.ts';
import { plotlyTemplate } from './template.ts';

const at = (obj: unknown, ...keys: (string | number)[]): unknown =>
  keys.reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], obj);

describe('plotlyTemplate', () => {
  it('takes backgrounds, fonts and grid colours from the theme roles of the mode', () => {
    for (const mode of ['light', 'dark'] as const) {
      const roles = DEFAULT_THEME.colors[mode];
      const { layout } = plotlyTemplate(DEFAULT_THEME, mode);
      expect(layout['paper_bgcolor']).toBe(roles.backgroundContent);
      expect(layout['plot_bgcolor']).toBe(roles.backgroundContent);
      expect(at(layout, 'font', 'color')).toBe(roles.text);
      expect(at(layout, 'font', 'family')).toBe(DEFAULT_THEME.typography.body.family);
      expect(at(layout, 'title', 'font', 'color')).toBe(roles.heading);
      expect(at(layout, 'xaxis', 'gridcolor')).toBe(roles.grid);
      expect(at(layout, 'yaxis', 'gridcolor')).toBe(roles.grid);
      expect(at(layout, 'hoverlabel', 'bgcolor')).toBe(roles.backgroundContent);
    }
  });

  it('starts the colorway with the accent when the theme says {accent}', () => {
    const theme = withRole(DEFAULT_THEME, 'light', 'accent', '#aa00ff');
    const colorway = plotlyTemplate(theme, 'light').layout['colorway'] as string[];
    expect(colorway[0]).toBe('#aa00ff');
    expect(colorway.slice(1)).toEqual(DEFAULT_THEME.colorway.slice(1));
  });

  it('hands translucent colours to plotly as rgba(), which plotly.py also accepts', () => {
    const theme = withRole(DEFAULT_THEME, 'dark', 'grid', '#ffffff1a');
    const grid = String(at(plotlyTemplate(theme, 'dark').layout, 'xaxis', 'gridcolor'));
    const match = /^rgba\(255, 255, 255, ([\d.]+)\)$/.exec(grid);
    expect(match, grid).not.toBeNull();
    expect(Number(match?.[1])).toBeCloseTo(0x1a / 255, 2);
  });

  it('turns gridlines on per axis as the theme says', () => {
    const withGrid = (gridlines: Theme['chart']['gridlines']) => {
      const { layout } = plotlyTemplate({ ...DEFAULT_THEME, chart: { ...DEFAULT_THEME.chart, gridlines } }, 'light');
      return [at(layout, 'xaxis', 'showgrid'), at(layout, 'yaxis', 'showgrid')];
    };
    expect(withGrid('both')).toEqual([true, true]);
    expect(withGrid('y')).toEqual([false, true]);
    expect(withGrid('none')).toEqual([false, false]);
  });

  it('cycles symbols and dashes together so trace i gets symbol i and dash i', () => {
    const theme: Theme = { ...DEFAULT_THEME, chart: { ...DEFAULT_THEME.chart, symbols: ['circle', 'square', 'diamond'], dashes: ['solid', 'dot'] } };
    const scatter = plotlyTemplate(theme, 'light').data['scatter'] ?? [];
    expect(scatter).toHaveLength(6);
    for (let trace = 0; trace < 12; trace++) {
      const entry = scatter[trace % scatter.length];
      expect(at(entry, 'marker', 'symbol')).toBe(['circle', 'square', 'diamond'][trace % 3]);
      expect(at(entry, 'line', 'dash')).toBe(['solid', 'dot'][trace % 2]);
    }
  });

  it('builds colour scales from 0 to 1 in order', () => {
    const scale = at(plotlyTemplate(DEFAULT_THEME, 'light').layout, 'colorscale', 'sequential') as [number, string][];
    expect(scale[0]).toEqual([0, DEFAULT_THEME.scales.sequential[0]]);
    expect(scale.at(-1)).toEqual([1, DEFAULT_THEME.scales.sequential.at(-1)]);
  });

  it('hides the legend when asked', () => {
    const { layout } = plotlyTemplate({ ...DEFAULT_THEME, chart: { ...DEFAULT_THEME.chart, legendPosition: 'hidden' } }, 'light');
    expect(layout['showlegend']).toBe(false);
  });
});

describe('applyTheme', () => {
  it('sets the template, keeps explicit colours and leaves the input alone', () => {
    // The shape plotly.py's fig.to_json() produces, with its own default template.
    const figure = {
      data: [{ type: 'bar', x: ['a'], y: [1], marker: { color: '#ff0000' } }],
      layout: { title: { text: 'Sales' }, template: { layout: { colorway: ['#636efa'] } }, paper_bgcolor: '#000001' },
    };
    const before = structuredClone(figure);
    const themed = applyTheme(figure, DEFAULT_THEME, 'dark');
    expect(themed.layout['template']).toEqual(plotlyTemplate(DEFAULT_THEME, 'dark'));
    expect(themed.layout['paper_bgcolor']).toBe('#000001');
    expect(themed.layout['title']).toEqual({ text: 'Sales' });
    expect(themed.data).toEqual(figure.data);
    expect(figure).toEqual(before);
    expect(themed).not.toBe(figure);
  });
});
