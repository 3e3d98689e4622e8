import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../model/defaults.ts';
import { resolveTheme } from '../model/resolve.ts';
import { toEChartsTheme } from './echarts.ts';

// ECharts registers the theme and renders a chart with it, server-side, to SVG.
describe('toEChartsTheme, rendered by echarts', () => {
  it.each(['light', 'dark'] as const)('%s: the SVG uses the theme’s colours', (mode) => {
    echarts.registerTheme(`design-kit-${mode}`, toEChartsTheme(DEFAULT_THEME, mode));
    const chart = echarts.init(null, `design-kit-${mode}`, { renderer: 'svg', ssr: true, width: 400, height: 300 });
    chart.setOption({
      animation: false,
      legend: {},
      xAxis: { type: 'category', data: ['Q1', 'Q2', 'Q3'] },
      yAxis: { type: 'value' },
      series: [0, 1, 2].map((i) => ({ type: 'bar', name: `Series ${i + 1}`, data: [3 + i, 5, 4] })),
    });
    const svg = chart.renderToSVGString().toLowerCase();
    chart.dispose();
    const r = resolveTheme(DEFAULT_THEME, mode);
    for (const color of r.colorway.slice(0, 3)) expect(svg).toContain(`fill="${color}"`);
    expect(svg).toContain(r.colors.backgroundContent);
    expect(svg).toContain(`fill="${r.colors.subtleText}"`);
    expect(svg).toContain(`stroke="${r.colors.grid}"`);
  });
});
