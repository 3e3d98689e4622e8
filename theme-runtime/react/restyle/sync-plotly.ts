import type { PlotlyFigure, PlotlyTemplate } from '../../plotly/types.ts';
import { lookup, sourceText } from './color-source.ts';
import type { DrawnGraph, FullTrace } from './plotly-internals.ts';
import { defaultSlices } from './pie-slices.ts';
import { isColorAttribute } from './template-change.ts';
import { traceContext, traceSource } from './trace-sources.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const pathsOf = new WeakMap<PlotlyTemplate, string[][]>();

/** Every colour leaf of a template's layout, found once per shared template however many charts sync to it. */
function layoutColorPaths(template: PlotlyTemplate): string[][] {
  let paths = pathsOf.get(template);
  if (paths === undefined) {
    paths = colorPaths(template.layout);
    pathsOf.set(template, paths);
  }
  return paths;
}

/** Every colour leaf below `value` (not scales, not the colorway), as a path. */
function colorPaths(value: unknown, path: string[] = [], out: string[][] = []): string[][] {
  if (!isObject(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'colorscale' || key === 'colorway') continue;
    if (typeof v === 'string' && isColorAttribute(key)) out.push([...path, key]);
    else colorPaths(v, [...path, key], out);
  }
  return out;
}

function setAt(target: unknown, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (!isObject(node)) return;
    node = node[key];
  }
  const last = path.at(-1);
  if (isObject(node) && last !== undefined && last in node) node[last] = value;
}

// A template's `xaxis` is every x axis: `xaxis2`, `xaxis3` … in the resolved layout.
const targets = (layout: Json, head: string): string[] => {
  const axis = /^([xy])axis$/.exec(head);
  if (axis === null) return [head];
  return Object.keys(layout).filter((k) => new RegExp(`^${axis[1] ?? 'x'}axis\\d*$`).test(k));
};

const TRACE_COLORS = ['marker.color', 'line.color', 'fillcolor', 'marker.line.color'];
const HOVER = [['bgcolor'], ['bordercolor'], ['font', 'color']];

/**
 * Brings plotly.js's own state up to the template a chart was restyled to, without drawing,
 * so what plotly draws next from it has the new colours:
 *
 * - the figure's `layout.template`, which plotly resolves again on every relayout, restyle,
 *   resize, zoom and legend click (all of which redraw from it);
 * - the resolved layout's and traces' colours, which a hover label reads as they are
 *   (`_fullLayout.hoverlabel`, each trace's `hoverlabel` and colours);
 * - pie slices, which keep their colour in the calc results.
 *
 * `figure` is the figure as the app gave it: what it sets itself is left as it is.
 */
export function syncPlotly(gd: DrawnGraph, figure: PlotlyFigure, template: PlotlyTemplate): void {
  const layout = gd.layout;
  const full = gd._fullLayout;
  if (layout === undefined || full === undefined) return;
  layout['template'] = template;

  for (const path of layoutColorPaths(template)) {
    const [head = '', ...rest] = path;
    const value = lookup(template.layout, path);
    for (const key of targets(full, head)) {
      if (lookup(figure.layout, [key, ...rest]) === undefined) setAt(full, [key, ...rest], value);
    }
  }
  if (lookup(figure.layout, ['colorway']) === undefined && Array.isArray(template.layout['colorway'])) full['colorway'] = template.layout['colorway'];

  const data = gd._fullData ?? [];
  const ctx = traceContext(data, template);
  for (const trace of data) {
    for (const attr of TRACE_COLORS) {
      const source = traceSource(ctx, trace, attr);
      if (source === undefined || source === 'fixed' || lookup(trace, attr.split('.')) === undefined) continue;
      const text = sourceText(source, template);
      if (text !== undefined) setAt(trace, attr.split('.'), text);
    }
    syncHoverLabel(trace, figure, full);
  }
  recolorSlices(gd, template);
}

/** A trace's hover label takes the layout's unless the trace or the figure sets it (fx/hoverlabel_defaults.js). */
function syncHoverLabel(trace: FullTrace, figure: PlotlyFigure, full: Json): void {
  for (const path of HOVER) {
    if (lookup(trace._input, ['hoverlabel', ...path]) !== undefined || lookup(figure.layout, ['hoverlabel', ...path]) !== undefined) continue;
    const value = lookup(full, ['hoverlabel', ...path]);
    if (value !== undefined) setAt(trace, ['hoverlabel', ...path], value);
  }
}

/** Pie slices keep their colour in the calc results (pie/calc.js); default ones take the new colorway. */
function recolorSlices(gd: DrawnGraph, template: PlotlyTemplate): void {
  const colorway: unknown = template.layout['colorway'];
  if (!Array.isArray(colorway) || colorway.length === 0) return;
  const map = gd._fullLayout?.['_piecolormap'] as Record<string, string> | undefined;
  for (const { slice, label, index } of defaultSlices(gd)) {
    const color = String(colorway[index % colorway.length]);
    slice.color = color;
    if (map) map[String(label)] = color;
  }
}
