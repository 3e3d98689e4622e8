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
      expect(layout['plot_bgcolor']).toBe(roles.plotBackground);
      expect(at(layout, 'font', 'color')).toBe(roles.text);
      expect(at(layout, 'font', 'family')).toBe(DEFAULT_THEME.typography.body.family);
      expect(at(layout, 'title', 'font', 'color')).toBe(roles.heading);
      expect(at(layout, 'xaxis', 'gridcolor')).toBe(roles.grid);
      expect(at(layout, 'yaxis', 'gridcolor')).toBe(roles.grid);
      expect(at(layout, 'hoverlabel', 'bgcolor')).toBe(roles.backgroundContent);
      expect(at(plotlyTemplate({ ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, [mode]: { ...roles, tooltipBackground: '#253247' } } }, mode).layout, 'hoverlabel', 'bgcolor')).toBe('#253247');
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

describe('plotlyTemplate completeness and determinism', () => {
  it('themes polar, ternary, 3-D, geo, colour bars, annotations and shapes from the roles', () => {
    for (const mode of ['light', 'dark'] as const) {
      const roles = DEFAULT_THEME.colors[mode];
      const { layout, data } = plotlyTemplate(DEFAULT_THEME, mode);
      expect(at(layout, 'polar', 'bgcolor')).toBe(roles.backgroundContent);
      expect(at(layout, 'polar', 'radialaxis', 'gridcolor')).toBe(roles.grid);
      expect(at(layout, 'ternary', 'aaxis', 'gridcolor')).toBe(roles.grid);
      expect(at(layout, 'scene', 'zaxis', 'gridcolor')).toBe(roles.grid);
      expect(at(layout, 'geo', 'bgcolor')).toBe(roles.backgroundContent);
      expect(at(layout, 'coloraxis', 'colorbar', 'tickfont', 'color')).toBe(roles.subtleText);
      expect(at(layout, 'annotationdefaults', 'font', 'color')).toBe(roles.text);
      expect(at(layout, 'xaxis', 'title', 'standoff')).toBe(12);
      expect(at(data['waterfall'], 0, 'increasing', 'marker', 'color')).toBe(roles.accentPositive);
      expect(at(data['candlestick'], 0, 'decreasing', 'line', 'color')).toBe(roles.accentNegative);
      expect(at(data['table'], 0, 'cells', 'font', 'color')).toBe(roles.text);
      expect(at(data['bar'], 0, 'marker', 'line', 'color')).toBe(roles.backgroundContent);
    }
  });

  it('carries the theme’s line width and marker size onto every scatter-like trace', () => {
    const theme: Theme = { ...DEFAULT_THEME, chart: { ...DEFAULT_THEME.chart, lineWidth: 3.5, markerSize: 11 } };
    const { data } = plotlyTemplate(theme, 'light');
    for (const type of ['scatter', 'scattergl', 'scatterpolar', 'scatterternary', 'scatter3d']) {
      expect(at(data[type], 0, 'line', 'width'), type).toBe(3.5);
      expect(at(data[type], 0, 'marker', 'size'), type).toBe(11);
    }
  });

  it('gives scatter3d only the marker symbols it can draw', () => {
    const theme: Theme = { ...DEFAULT_THEME, chart: { ...DEFAULT_THEME.chart, symbols: ['triangle-up', 'star', 'square'] } };
    const symbols = (plotlyTemplate(theme, 'light').data['scatter3d'] ?? []).map((t) => at(t, 'marker', 'symbol'));
    expect(new Set(symbols)).toEqual(new Set(['square']));
  });

  it('is deterministic: the same theme gives the same JSON, copies included', () => {
    const a = JSON.stringify(plotlyTemplate(DEFAULT_THEME, 'dark'));
    expect(JSON.stringify(plotlyTemplate(DEFAULT_THEME, 'dark'))).toBe(a);
    expect(JSON.stringify(plotlyTemplate(structuredClone(DEFAULT_THEME), 'dark'))).toBe(a);
  });

  it('never names mapbox, which plotly.js 4 no longer knows', () => {
    expect(JSON.stringify(plotlyTemplate(DEFAULT_THEME, 'light'))).not.toMatch(/mapbox/);
  });
});

describe('applyTheme on a figure from plotly.py', () => {
  it('replaces plotly.py’s own template, keeps colours the figure sets and everything else it carries', async () => {
    const { readFixture } = await import('../test-support/fixtures.ts');
    // fig.to_json() of px.bar(..., color_discrete_sequence=['#ff0000']): data, layout with the
    // full "plotly" template, and nothing of ours.
    const figure = {
      data: [{ type: 'bar', x: ['a', 'b'], y: [1, 2], marker: { color: '#ff0000', pattern: { shape: '' } }, name: 'sales', hovertemplate: 'x=%{x}' }],
      layout: {
        template: readFixture('plotly-templates/plotly.json'),
        xaxis: { anchor: 'y', domain: [0, 1], title: { text: 'x' } },
        legend: { tracegroupgap: 0 },
        barmode: 'relative',
        plot_bgcolor: '#fafafa',
      },
      frames: [],
    };
    const themed = applyTheme(figure, DEFAULT_THEME, 'light');
    expect(themed.layout['template']).toEqual(plotlyTemplate(DEFAULT_THEME, 'light'));
    expect(themed.layout['plot_bgcolor']).toBe('#fafafa');
    expect(themed.layout['barmode']).toBe('relative');
    expect(themed.data).toEqual(figure.data);
    expect(themed.frames).toEqual([]);
  });
});

describe('plot area', () => {
  it('draws the plot area in its own role, which may differ from the paper', () => {
    const theme = withRole(DEFAULT_THEME, 'light', 'plotBackground', '#e5ecf6');
    const { layout } = plotlyTemplate(theme, 'light');
    expect(layout['plot_bgcolor']).toBe('#e5ecf6');
    expect(layout['paper_bgcolor']).toBe(DEFAULT_THEME.colors.light.backgroundContent);
    expect(at(layout, 'polar', 'bgcolor')).toBe('#e5ecf6');
  });
});
