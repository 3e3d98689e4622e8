import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../model/defaults.ts';
import type { Theme } from '../model/types.ts';
import { legacyPlotlyTemplate } from './legacy.ts';
import { plotlyTemplate } from './template.ts';
import type { PlotlyJson } from './types.ts';

interface Frame {
  title: { font: PlotlyJson; pad: { t: number; l: number } } & PlotlyJson;
  margin: { t: number };
  legend: PlotlyJson;
  showlegend?: boolean;
}
const frame = (layout: PlotlyJson) => layout as Frame;

const withLegend = (legendPosition: Theme['chart']['legendPosition']): Theme => ({ ...DEFAULT_THEME, chart: { ...DEFAULT_THEME.chart, legendPosition } });

describe('legacyPlotlyTemplate', () => {
  it('writes none of the properties plotly.py before 5.23 rejects', () => {
    for (const position of ['top', 'bottom', 'right', 'hidden'] as const) {
      const layout = frame(legacyPlotlyTemplate(withLegend(position), 'dark').layout);
      expect(layout.title).not.toHaveProperty('automargin');
      expect(layout.title.font).not.toHaveProperty('weight');
      expect(layout.legend).not.toHaveProperty('yref');
      expect(layout.legend).not.toHaveProperty('maxheight');
    }
  });

  it('gives the title a band that holds it, where the current template lets it reserve its own', () => {
    const current = frame(plotlyTemplate(DEFAULT_THEME, 'light').layout);
    const layout = frame(legacyPlotlyTemplate(DEFAULT_THEME, 'light').layout);
    const size = layout.title.font['size'] as number;
    expect(layout.margin.t).toBeGreaterThanOrEqual(layout.title.pad.t + size * 1.2);
    expect(layout.margin.t).toBeGreaterThan(current.margin.t);
    expect(layout.title.pad.l).toBe(current.title.pad.l);
  });

  it('moves a top or bottom legend to the right, keeps a right one, and leaves a hidden one hidden', () => {
    const right = frame(plotlyTemplate(withLegend('right'), 'light').layout).legend;
    for (const position of ['top', 'bottom', 'right'] as const) {
      expect(frame(legacyPlotlyTemplate(withLegend(position), 'light').layout).legend).toEqual(right);
    }
    const hidden = frame(legacyPlotlyTemplate(withLegend('hidden'), 'light').layout);
    expect(hidden.showlegend).toBe(false);
    expect(hidden.legend).toEqual(frame(plotlyTemplate(withLegend('hidden'), 'light').layout).legend);
  });

  it('keeps the rest of the current template: colours, fonts, axes and every trace type but icicle', () => {
    const current = plotlyTemplate(DEFAULT_THEME, 'dark');
    const legacy = legacyPlotlyTemplate(DEFAULT_THEME, 'dark');
    const { title: _t, margin: _m, legend: _l, ...rest } = frame(current.layout);
    expect(legacy.layout).toMatchObject(rest);
    const { icicle, ...older } = current.data;
    expect(icicle).toBeDefined();
    expect(legacy.data).toEqual(older);
  });
});
