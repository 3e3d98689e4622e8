import type { PlotlyFigure, PlotlyTemplate } from '../../plotly/types.ts';
import { bindChart, type ChartBinding, type Unbound } from './bind-chart.ts';
import type { DrawnGraph } from './plotly-internals.ts';
import { repaint } from './repaint.ts';
import { templateChange, type TemplateChange } from './template-change.ts';

const changes = new WeakMap<PlotlyTemplate, WeakMap<PlotlyTemplate, TemplateChange>>();

/** `templateChange`, once per pair of shared templates however many charts ask. */
function changeBetween(from: PlotlyTemplate, to: PlotlyTemplate): TemplateChange {
  let row = changes.get(from);
  if (row === undefined) {
    row = new WeakMap();
    changes.set(from, row);
  }
  let change = row.get(to);
  if (change === undefined) {
    change = templateChange(from, to);
    row.set(to, change);
  }
  return change;
}

/** A chart as drawn, kept so the next theme can be shown in place. */
export interface RestylableChart {
  gd: DrawnGraph;
  /** The figure as the app gave it, before theming. */
  figure: PlotlyFigure;
  /** The template the chart shows now (drawn, or repainted since). */
  template: PlotlyTemplate;
  /** Bound on first use after each plotly draw; plotly redraws parts itself (zoom, resize, legend clicks). */
  binding?: ChartBinding | Unbound | undefined;
}

/**
 * Shows `next` in a drawn chart without plotly redrawing it, when that can be exact: the
 * templates differ only in colours (or in scales the chart does not draw) and every painted
 * node of the chart is bound. Returns false, having changed nothing, when a redraw is needed.
 */
export function restyleChart(chart: RestylableChart, next: PlotlyTemplate): boolean {
  if (next === chart.template) return true;
  const change = changeBetween(chart.template, next);
  if (change.geometry) return false;
  chart.binding ??= bindChart(chart.gd, chart.figure, chart.template);
  const binding = chart.binding;
  if ('unbound' in binding) return false;
  if (change.scales && binding.usesScales) return false;
  if (change.colors && !repaint(chart.gd, binding, next)) return false;
  chart.template = next;
  return true;
}
