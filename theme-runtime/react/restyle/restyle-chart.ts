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
 * What showing a new template in place came to: `shown`, exactly; `image-later`, every colour
 * shown but the chart draws a colour scale that changed (a heatmap is an image, a colour bar a
 * gradient), which only plotly can draw again; `redraw`, nothing changed and plotly must
 * redraw now (the layout changed, or some painted node is not bound).
 */
export type RestyleOutcome = 'shown' | 'image-later' | 'redraw';

/**
 * Shows `next` in a drawn chart without plotly redrawing it: the templates differ only in
 * colours and scales, and every painted node of the chart is bound.
 */
export function restyleChart(chart: RestylableChart, next: PlotlyTemplate): RestyleOutcome {
  if (next === chart.template) return 'shown';
  const change = changeBetween(chart.template, next);
  if (change.geometry) return 'redraw';
  chart.binding ??= bindChart(chart.gd, chart.figure, chart.template);
  const binding = chart.binding;
  if ('unbound' in binding) return 'redraw';
  if (change.colors && !repaint(chart.gd, binding, next)) return 'redraw';
  chart.template = next;
  return change.scales && binding.usesScales ? 'image-later' : 'shown';
}
