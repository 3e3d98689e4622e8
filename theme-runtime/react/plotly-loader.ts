import type * as PlotlyTypes from 'plotly.js';

export type PlotlyModule = typeof PlotlyTypes;

let loading: Promise<PlotlyModule> | undefined;

/**
 * Loads plotly.js once, on first use, so pages show their controls before the 5 MB
 * library arrives. The strict bundle draws without eval, so it runs under a strict CSP.
 * Only the entries that promise a default plotly.js import this module (the package's
 * `/react`, the editor); the shared runtime never does, so an app that brings its own
 * bundle (`/react-core`) needs no plotly.js package at all.
 */
export function loadPlotly(): Promise<PlotlyModule> {
  loading ??= import('plotly.js/dist/plotly-strict.min.js').then((m) => m.default);
  return loading;
}
