import { resolveTheme } from '../model/resolve.ts';
import type { Mode, Theme } from '../model/types.ts';
import { templateLayout } from './layout.ts';
import { templateData } from './traces.ts';
import type { PlotlyTemplate } from './types.ts';

/**
 * The plotly.js figure template for one mode of a theme: layout defaults (colours, fonts,
 * every axis kind, legend, hover, colour bars, annotation and shape defaults) and defaults
 * for each trace type. Plain JSON: plotly.js takes it as `layout.template`, plotly.py as
 * `pio.templates[...]`.
 */
export function plotlyTemplate(theme: Theme, mode: Mode): PlotlyTemplate {
  const r = resolveTheme(theme, mode);
  return { layout: templateLayout(r), data: templateData(r) };
}

/** Every trace type the template styles. */
export const TEMPLATED_TRACE_TYPES = [
  'scatter', 'scattergl', 'scatterpolar', 'scatterpolargl', 'scatterternary', 'scattercarpet', 'scattergeo', 'scatter3d',
  'bar', 'histogram', 'barpolar', 'funnel', 'waterfall', 'box', 'violin', 'candlestick', 'ohlc',
  'pie', 'funnelarea', 'treemap', 'sunburst', 'icicle',
  'heatmap', 'contour', 'histogram2d', 'histogram2dcontour', 'contourcarpet', 'surface', 'mesh3d', 'choropleth',
  'carpet', 'parcoords', 'table',
] as const;
