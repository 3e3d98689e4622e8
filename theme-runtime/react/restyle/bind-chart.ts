import type { PlotlyFigure, PlotlyTemplate } from '../../plotly/types.ts';
import { lookup, type ColorSource, type Provenance } from './color-source.ts';
import type { BoundNode, DrawnGraph, FullTrace, PieSlice } from './plotly-internals.ts';
import { defaultSlices } from './pie-slices.ts';
import { traceContext, traceSource, type TraceContext } from './trace-sources.ts';

/** The inline style properties plotly.js paints with. */
export type PaintProperty = 'fill' | 'stroke' | 'background' | 'background-color';

/** One painted property of one node and where its colour comes from. */
export interface Paint {
  element: HTMLElement | SVGElement;
  property: PaintProperty;
  source: ColorSource;
  /** The source and how it is written, as text: equal for every node painted alike, in any chart. */
  key: string;
  /** plotly writes `fill-opacity` / `stroke-opacity` beside the colour (`Color.fill`), or the string as given. */
  withOpacity: boolean;
  /** What the node shows now (colour, and opacity when written): a repaint skips an unchanged node without reading its style. */
  shown: string;
}

/** `Paint.key`. */
export const paintKey = (source: ColorSource, withOpacity: boolean): string => `${withOpacity ? 'o' : 't'}${JSON.stringify(source)}`;

/** A drawn chart's painted nodes, bound to their sources. */
export interface ChartBinding {
  paints: Paint[];
  /** The chart draws a colour scale (a heatmap's image, a colour bar's gradient): a scale change needs a redraw. */
  usesScales: boolean;
  /** Plot-area rectangles plotly left out because plot and paper shared a colour (see repaint.ts). */
  plotAreas: string[];
  /** The figure sets both `plot_bgcolor` and `paper_bgcolor`: then the rectangles never change. */
  ownBackgrounds: boolean;
}

/** Why a chart cannot be restyled in place: the first node no rule accounts for. */
export interface Unbound {
  unbound: string;
}

// Drawn only while a person points, drags or selects: plotly draws these from its state,
// which the idle sync brings up to date (sync-plotly.ts).
const TRANSIENT = '.hoverlayer, .zoomlayer, .selectionlayer, .draglayer, .menulayer';

const PROPERTIES: readonly PaintProperty[] = ['fill', 'stroke', 'background', 'background-color'];

type Rules = Partial<Record<PaintProperty, Provenance | undefined>>;

const AXIS_PART = /^([xy]\d*)(grid|zl|tick|title)$/;

function classes(el: Element | null): string[] {
  return el === null ? [] : (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

const axisName = (id: string) => `${id[0]}axis${id.slice(1)}`;

/** The layout attribute at `path`, bound to the template unless the figure sets it. */
function layoutAttr(figure: PlotlyFigure, template: PlotlyTemplate, path: readonly string[]): Provenance | undefined {
  if (lookup(figure.layout, path) !== undefined) return 'fixed';
  if (lookup(template.layout, path) !== undefined) return { from: 'layout', path };
  return 'fixed'; // plotly's own constant default
}

/** An axis attribute: the template writes `xaxis`/`yaxis` for every axis of that letter. */
function axisAttr(figure: PlotlyFigure, template: PlotlyTemplate, id: string, attr: readonly string[]): Provenance | undefined {
  const name = axisName(id);
  if (lookup(figure.layout, [name, ...attr]) !== undefined) return 'fixed';
  const generic = [`${id[0]}axis`, ...attr];
  if (lookup(template.layout, [name, ...attr]) !== undefined) return { from: 'layout', path: [name, ...attr] };
  if (lookup(template.layout, generic) !== undefined) return { from: 'layout', path: generic };
  return 'fixed';
}

function nearest(el: Element, selector: string): BoundNode | null {
  return el.closest(selector);
}

/**
 * The trace a node draws: the nearest node d3 bound a trace's calc data to (`[cd0, …]`, with
 * `cd0.trace`). Usually the trace's group; a stacked area's fill is drawn in the group of the
 * trace below it, but its own path carries the trace it fills for.
 */
function traceOf(el: Element): FullTrace | undefined {
  for (let e: Element | null = el; e !== null && !classes(e).includes('js-plotly-plot'); e = e.parentElement) {
    const data = (e as BoundNode).__data__;
    const first: unknown = Array.isArray(data) ? data[0] : undefined;
    const trace = (first as { trace?: FullTrace } | undefined)?.trace;
    if (trace !== undefined) return trace;
  }
  return undefined;
}

interface Binder {
  gd: DrawnGraph;
  figure: PlotlyFigure;
  template: PlotlyTemplate;
  traces: TraceContext;
  slices: Map<string | number, number>;
}

function sliceColor(b: Binder, label: string | number | undefined): Provenance | undefined {
  if (label === undefined) return undefined;
  const index = b.slices.get(label);
  return index === undefined ? 'fixed' : { from: 'slice', index };
}

/** Rules for a node inside a trace's group (in the plot, or its legend item). */
function traceRules(b: Binder, el: Element, trace: FullTrace): Rules | undefined {
  const t = (attr: string) => traceSource(b.traces, trace, attr);
  const c = classes(el);
  const has = (name: string) => c.includes(name);
  if (has('js-line')) return { stroke: t('line.color') };
  if (has('js-fill')) return { fill: t('fillcolor') };
  if (has('point') || has('scatterpts') || has('legendundefined') || (el.tagName === 'path' && classes(el.parentElement).includes('point'))) {
    return { fill: t('marker.color'), stroke: t('marker.line.color') };
  }
  if (has('box') || has('violin') || has('legendbox') || has('legendviolin')) return { fill: t('fillcolor'), stroke: t('line.color') };
  if (has('mean')) return { stroke: t('line.color') };
  if (has('surface') || has('legendpie')) {
    const slice = nearest(el, '.slice, .traces')?.__data__;
    const pt = (Array.isArray(slice) ? slice[0] : slice) as PieSlice | undefined;
    return { fill: sliceColor(b, pt?.label), stroke: t('marker.line.color') };
  }
  if (has('slicetext')) {
    const pt = nearest(el, '.slice')?.__data__ as PieSlice | undefined;
    if (pt?.transform?.outside === true) return { fill: t('outsidetextfont.color') };
    if (lookup(trace._input, ['insidetextfont', 'color']) !== undefined || lookup(trace._input, ['textfont', 'color']) !== undefined) return { fill: 'fixed' };
    const fill = sliceColor(b, pt?.label);
    return { fill: fill === undefined || fill === 'fixed' ? fill : { from: 'contrast', of: fill } };
  }
  return undefined;
}

/** Rules for a colour bar's nodes; its owner is the trace (or colour axis) its class names. */
function colorbarRules(b: Binder, el: Element, bar: Element): Rules | undefined {
  const id = classes(bar).find((c) => c.startsWith('cb') && c !== 'colorbar')?.slice(2);
  let attr: (a: string) => Provenance | undefined;
  if (id !== undefined && id.startsWith('coloraxis')) {
    attr = (a) => layoutAttr(b.figure, b.template, [id, 'colorbar', ...a.split('.')]);
  } else {
    const trace = b.gd._fullData?.find((d) => d.uid === id);
    if (trace === undefined) return undefined;
    attr = (a) => traceSource(b.traces, trace, `colorbar.${a}`) ?? 'fixed';
  }
  const c = classes(el);
  if (c.includes('cbbg')) return { fill: attr('bgcolor'), stroke: attr('bordercolor') };
  if (c.includes('cboutline')) return { stroke: attr('outlinecolor') };
  if (c.includes('cbfill')) return { fill: 'fixed' }; // the scale's gradient (`url(#…)`)
  if (nearest(el, '.cbtitle') !== null) return { fill: attr('title.font.color') };
  if (el.tagName === 'text') return { fill: attr('tickfont.color') };
  if (c.includes('ticks')) return { stroke: attr('tickcolor') };
  return undefined;
}

function layoutRules(b: Binder, el: Element): Rules | undefined {
  const { figure, template } = b;
  const c = classes(el);
  const has = (name: string) => c.includes(name);
  const attr = (...p: string[]) => layoutAttr(figure, template, p);

  if (has('main-svg')) return { background: attr('paper_bgcolor') };
  if (has('bg') && el.tagName === 'rect' && (nearest(el, '.bglayer') !== null || nearest(el, '.subplot') !== null)) return { fill: attr('plot_bgcolor') };

  const modebar = nearest(el, '.modebar');
  if (modebar !== null) {
    if (has('modebar-group')) return { 'background-color': attr('modebar', 'bgcolor') };
    const button = nearest(el, '.modebar-btn');
    if (button === null) return undefined;
    return { fill: classes(button).includes('active') ? attr('modebar', 'activecolor') : attr('modebar', 'color') };
  }

  const bar = nearest(el, '.colorbar');
  if (bar !== null) return colorbarRules(b, el, bar);

  const legend = nearest(el, '.legend');
  if (legend !== null) {
    if (el.tagName === 'rect' && has('bg')) return { fill: attr('legend', 'bgcolor'), stroke: attr('legend', 'bordercolor') };
    if (has('scrollbar') || has('legendtoggle')) return { fill: 'fixed', stroke: 'fixed' };
    if (has('legendtext')) return { fill: attr('legend', 'font', 'color') };
    if (has('legendtitletext')) return { fill: attr('legend', 'title', 'font', 'color') };
    const trace = traceOf(el);
    return trace === undefined ? undefined : traceRules(b, el, trace);
  }

  if (has('gtitle')) return { fill: attr('title', 'font', 'color') };

  // Axes: grid, zero line, ticks and titles carry the axis id in a class (`x2grid`, `ytick`).
  for (const name of [...c, ...classes(el.parentElement)]) {
    const m = AXIS_PART.exec(name);
    if (m === null) continue;
    const [, id = 'x', part] = m;
    if (part === 'grid') return has('minor') ? undefined : { stroke: axisAttr(figure, template, id, ['gridcolor']) };
    if (part === 'zl') return { stroke: axisAttr(figure, template, id, ['zerolinecolor']) };
    if (part === 'title') return { fill: axisAttr(figure, template, id, ['title', 'font', 'color']) };
    if (el.tagName === 'text') return { fill: axisAttr(figure, template, id, ['tickfont', 'color']) };
    return { stroke: axisAttr(figure, template, id, ['tickcolor']) };
  }
  const lines = c.find((n) => /^[xy]lines-(above|below)$/.test(n));
  if (lines !== undefined) {
    const subplot = classes(nearest(el, '.subplot')).find((n) => /^x\d*y\d*$/.test(n));
    const id = subplot === undefined ? undefined : lines[0] === 'x' ? subplot.slice(0, subplot.indexOf('y')) : subplot.slice(subplot.indexOf('y'));
    return id === undefined ? undefined : { stroke: axisAttr(figure, template, id, ['linecolor']) };
  }

  const trace = traceOf(el);
  return trace === undefined ? undefined : traceRules(b, el, trace);
}

function describe(el: Element, property: string): string {
  const path: string[] = [];
  for (let e: Element | null = el; e !== null && !classes(e).includes('js-plotly-plot'); e = e.parentElement) {
    path.unshift(e.tagName.toLowerCase() + classes(e).map((n) => `.${n}`).join(''));
  }
  return `${path.slice(-3).join(' > ')} (${property})`;
}

/**
 * Binds every node plotly painted in a drawn chart to where its colour comes from, by what
 * the node is (plotly's classes and the trace d3 bound to it) and what the figure sets
 * itself — never by comparing colours, so two theme roles that share a colour stay apart and
 * a colour the figure sets that equals a theme colour is left alone. `figure` is the figure
 * as the app gave it, `template` what it was drawn with.
 *
 * Returns `{ unbound }` when some painted node matches no rule (a trace type or layout part
 * this does not know): that chart is then redrawn instead, never half restyled.
 */
export function bindChart(gd: DrawnGraph, figure: PlotlyFigure, template: PlotlyTemplate): ChartBinding | Unbound {
  const binder: Binder = { gd, figure, template, traces: traceContext(gd._fullData ?? [], template), slices: new Map(defaultSlices(gd).map((d) => [d.label, d.index])) };
  const paints: Paint[] = [];
  for (const el of gd.querySelectorAll<HTMLElement | SVGElement>('[style]')) {
    const set = (p: PaintProperty) => {
      const v = el.style.getPropertyValue(p);
      return v !== '' && v !== 'none';
    };
    // The `background` shorthand reports its colour as `background-color` too: one paint.
    const painted = PROPERTIES.filter((p) => set(p) && !(p === 'background-color' && set('background')));
    if (painted.length === 0 || el.closest(TRANSIENT) !== null) continue;
    if (el.matches('.svg-container, .plot-container, .modebar-container, .modebar')) continue; // layout boxes, not paint
    const rules = layoutRules(binder, el);
    for (const property of painted) {
      const provenance = rules?.[property];
      if (provenance === undefined) return { unbound: describe(el, property) };
      if (provenance === 'fixed') continue;
      const opacity = property === 'fill' ? 'fill-opacity' : property === 'stroke' ? 'stroke-opacity' : undefined;
      const withOpacity = opacity !== undefined && el.style.getPropertyValue(opacity) !== '';
      const shown = withOpacity ? `${el.style.getPropertyValue(property)} ${el.style.getPropertyValue(opacity)}` : el.style.getPropertyValue(property);
      paints.push({ element: el, property, source: provenance, key: paintKey(provenance, withOpacity), withOpacity, shown });
    }
  }
  const usesScales = gd.querySelector('.heatmaplayer image, .contourlayer, .colorbar, image.hm') !== null || hasScaledTraces(gd._fullData ?? []);
  const layout = gd._fullLayout;
  const plotAreas = Object.entries(layout?._plots ?? {})
    .filter(([, p]) => p.mainplot === undefined)
    .map(([id]) => id);
  const ownBackgrounds = lookup(figure.layout, ['plot_bgcolor']) !== undefined && lookup(figure.layout, ['paper_bgcolor']) !== undefined;
  return { paints, usesScales, plotAreas, ownBackgrounds };
}

const SCALED_TYPES = new Set(['heatmap', 'contour', 'histogram2d', 'histogram2dcontour', 'surface', 'choropleth', 'densitymap', 'densitymapbox', 'contourcarpet', 'mesh3d', 'cone', 'streamtube', 'volume', 'isosurface']);

function hasScaledTraces(data: readonly FullTrace[]): boolean {
  return data.some((t) => SCALED_TYPES.has(t.type) || lookup(t, ['marker', 'coloraxis']) !== undefined || lookup(t, ['coloraxis']) !== undefined || Array.isArray(lookup(t, ['marker', 'color'])));
}
