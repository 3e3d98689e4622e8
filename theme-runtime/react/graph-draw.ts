// What the chart view draws with: the shared templates and the in-place restyle. Part of
// Graph's lazily loaded code, never of a page's first load.
export { applyTemplate } from '../plotly/apply-template.ts';
export { sharedTemplate } from '../plotly/shared-template.ts';
export { bindChart } from './restyle/bind-chart.ts';
export { repaint } from './restyle/repaint.ts';
export { restyleChart, type RestylableChart, type RestyleOutcome } from './restyle/restyle-chart.ts';
export { syncPlotly } from './restyle/sync-plotly.ts';
