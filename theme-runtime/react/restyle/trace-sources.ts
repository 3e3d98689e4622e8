import type { PlotlyTemplate } from '../../plotly/types.ts';
import { lookup, type ColorSource, type Provenance } from './color-source.ts';
import type { FullTrace } from './plotly-internals.ts';

/** What deciding a trace attribute's provenance needs: the drawn template and each trace's place in it. */
export interface TraceContext {
  template: PlotlyTemplate;
  /** Per trace index: the template entry of its type it took (plotly cycles per type). */
  entries: Map<number, number>;
  /** Per trace index: the colorway colour plotly handed it. */
  series: Map<number, number>;
}

/** Trace index → template entry and colorway position, counted as plotly.js counts them. */
export function traceContext(fullData: readonly FullTrace[], template: PlotlyTemplate): TraceContext {
  const entries = new Map<number, number>();
  const series = new Map<number, number>();
  const perType = new Map<string, number>();
  let colors = 0;
  for (const trace of fullData) {
    const n = perType.get(trace.type) ?? 0;
    entries.set(trace.index, n);
    perType.set(trace.type, n + 1);
    series.set(trace.index, colors);
    // plots.js: a trace the figure hides does not take a colour; one plotly hides (empty) does.
    if (trace._input['visible'] !== false) colors += 1;
  }
  return { template, entries, series };
}

const path = (attr: string) => attr.split('.');
const BOX_LIKE = new Set(['box', 'violin']);
const BAR_LIKE = new Set(['bar', 'histogram']);
const SCATTER_LIKE = new Set(['scatter', 'scattergl', 'scatterpolar', 'scatterternary', 'scattercarpet', 'scattergeo']);

/**
 * Where `trace`'s drawn `attr` (a colour attribute, dotted) comes from. The figure's own
 * value is fixed; a template value is bound to the template; a value plotly.js defaults is
 * followed to what it derives from, as plotly's defaults code does (`scatter/line_defaults`,
 * `fillcolor_defaults`, `box/defaults` …). An attribute this does not know is `undefined`:
 * the chart then redraws rather than guess.
 */
export function traceSource(ctx: TraceContext, trace: FullTrace, attr: string): Provenance | undefined {
  const own = (a: string) => {
    const v = lookup(trace._input, path(a));
    return v !== undefined && v !== null;
  };
  if (own(attr)) return 'fixed';
  const entry = ctx.entries.get(trace.index) ?? 0;
  const entries = ctx.template.data[trace.type] ?? [];
  if (lookup(entries[entry % Math.max(1, entries.length)], path(attr)) !== undefined) {
    return { from: 'trace', type: trace.type, entry, path: path(attr) };
  }
  const series: ColorSource = { from: 'series', index: ctx.series.get(trace.index) ?? 0 };
  const scalarOwn = (a: string) => own(a) && !Array.isArray(lookup(trace._input, path(a)));
  const half = (p: Provenance | undefined): Provenance | undefined => (p === undefined || p === 'fixed' ? p : { from: 'alpha', alpha: 0.5, of: p });
  const hasLine = lookup(trace, ['line', 'color']) !== undefined;

  if (SCATTER_LIKE.has(trace.type)) {
    switch (attr) {
      case 'line.color':
        return scalarOwn('marker.color') ? 'fixed' : series;
      case 'marker.color':
        return hasLine ? traceSource(ctx, trace, 'line.color') : series;
      case 'fillcolor':
        if (scalarOwn('marker.color') && !hasLine) return 'fixed';
        return half(hasLine ? traceSource(ctx, trace, 'line.color') : series);
      case 'marker.line.color':
        // plotly outlines a marker in the line's colour only when the figure recoloured the marker.
        return own('marker.color') && hasLine ? traceSource(ctx, trace, 'line.color') : 'fixed';
      case 'error_x.color':
      case 'error_y.color':
        return 'fixed';
    }
  }
  if (BAR_LIKE.has(trace.type)) {
    if (attr === 'marker.color') return series;
    if (attr === 'marker.line.color') return 'fixed';
  }
  if (BOX_LIKE.has(trace.type)) {
    switch (attr) {
      case 'line.color':
        return own('marker.color') ? 'fixed' : series;
      case 'fillcolor':
        return half(traceSource(ctx, trace, 'line.color'));
      case 'marker.color':
        return traceSource(ctx, trace, 'line.color');
      case 'marker.line.color':
        return 'fixed';
    }
  }
  if (trace.type === 'pie' && attr === 'marker.line.color') return 'fixed';
  return undefined;
}
