import type { PlotlyFigure } from '../../theme-runtime/index.ts';
import { loadPlotly, type PlotlyModule } from '../../theme-runtime/react/plotly-loader.ts';

/**
 * The trace types of plotly.js's cartesian bundle (its lib/index-cartesian.js; scatter comes
 * with the core): every chart the preview and the printed report draw of their own.
 */
export const CARTESIAN_TRACE_TYPES: ReadonlySet<string> = new Set(['scatter', 'bar', 'box', 'heatmap', 'histogram', 'histogram2d', 'histogram2dcontour', 'contour', 'scatterternary', 'violin', 'image', 'pie']);

let loading: Promise<PlotlyModule> | undefined;

/**
 * plotly.js for the editor's own charts: the cartesian bundle, a third of the full one's
 * size. Evaluating the full strict bundle took 1.6–1.8 s of the main thread in headless
 * Chromium here, the cartesian one 0.7–0.8 s; that second is how much later every chart of
 * a cold load appeared. Like the strict bundle, it draws without eval (the editor's CSP).
 */
export function loadPreviewPlotly(): Promise<PlotlyModule> {
  loading ??= import('plotly.js/dist/plotly-cartesian.min.js').then((m) => m.default);
  return loading;
}

/** A pasted figure's plotly.js: the preview's, unless some trace is of a type only the full bundle has. */
export function plotlyFor(figure: PlotlyFigure): () => Promise<PlotlyModule> {
  const types = (figure.data ?? []).map((trace) => (typeof trace.type === 'string' ? trace.type : 'scatter'));
  return types.every((type) => CARTESIAN_TRACE_TYPES.has(type)) ? loadPreviewPlotly : loadPlotly;
}
