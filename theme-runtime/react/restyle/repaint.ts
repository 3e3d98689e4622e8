import type { PlotlyTemplate } from '../../plotly/types.ts';
import { paintKey, type ChartBinding, type Paint } from './bind-chart.ts';
import { sourceColor, sourceText } from './color-source.ts';
import { parseCssColor, rgbText } from './css-color.ts';
import type { DrawnGraph } from './plotly-internals.ts';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Repaints a bound chart with `template`'s colours, writing each node's style as plotly.js
 * would have written it, and only where the value changes (an inline style write restyles
 * the node even when it is the same, and text and grid lines are most of a chart).
 *
 * Returns false, having changed nothing, when only a redraw can show `template`: a source it
 * cannot read, or plot-area rectangles that plotly would add or drop (it leaves them out
 * while paper and plot share an opaque colour).
 */
export function repaint(gd: DrawnGraph, binding: ChartBinding, template: PlotlyTemplate): boolean {
  const writes: [Paint[], Written][] = [];
  for (const paints of paintGroups(binding)) {
    const first = paints[0];
    const written = first && writtenFor(first, template);
    if (written === undefined) return false;
    writes.push([paints, written]);
  }
  if (!binding.ownBackgrounds && !placePlotAreas(gd, binding, template)) return false;
  for (const [paints, { color, opacity, shown }] of writes) {
    for (const paint of paints) {
      if (paint.shown === shown) continue;
      paint.element.style.setProperty(paint.property, color);
      if (opacity !== undefined) paint.element.style.setProperty(`${paint.property}-opacity`, opacity);
      paint.shown = shown;
    }
  }
  return true;
}

// A chart's paints by `Paint.key`: a few dozen kinds over hundreds of nodes, so a repaint
// resolves each kind once. Kept while the binding's list is the same (placePlotAreas replaces
// or extends it).
const groups = new WeakMap<ChartBinding, { of: Paint[]; length: number; groups: Paint[][] }>();

function paintGroups(binding: ChartBinding): Paint[][] {
  const known = groups.get(binding);
  if (known?.of === binding.paints && known.length === binding.paints.length) return known.groups;
  const byKey = new Map<string, Paint[]>();
  for (const paint of binding.paints) {
    const same = byKey.get(paint.key);
    if (same === undefined) byKey.set(paint.key, [paint]);
    else same.push(paint);
  }
  const made = [...byKey.values()];
  groups.set(binding, { of: binding.paints, length: binding.paints.length, groups: made });
  return made;
}

/** What a paint writes: its colour, the opacity beside it (when plotly writes one), and both as `Paint.shown` has them. */
interface Written {
  color: string;
  opacity: string | undefined;
  shown: string;
}

// Per shared template, what each kind of paint writes (by `Paint.key`): a page of charts
// drawn alike reads each source once per template, not once per node.
const written = new WeakMap<PlotlyTemplate, Map<string, Written | null>>();

function writtenFor(paint: Paint, template: PlotlyTemplate): Written | undefined {
  let known = written.get(template);
  if (known === undefined) {
    known = new Map();
    written.set(template, known);
  }
  let w = known.get(paint.key);
  if (w === undefined) {
    w = resolveWritten(paint, template) ?? null;
    known.set(paint.key, w);
  }
  return w ?? undefined;
}

function resolveWritten(paint: Paint, template: PlotlyTemplate): Written | undefined {
  if (paint.withOpacity) {
    const c = sourceColor(paint.source, template);
    if (c === undefined) return undefined;
    const [color, opacity] = [rgbText(c), String(c.a)];
    return { color, opacity, shown: `${color} ${opacity}` };
  }
  const text = sourceText(paint.source, template);
  return text === undefined ? undefined : { color: text, opacity: undefined, shown: text };
}

/** plotly.js's rule (subroutines.js `lsInner`): no plot-area rectangle when paper and plot are the same opaque colour. */
function rectanglesWanted(template: PlotlyTemplate): boolean | undefined {
  const paper = parseCssColor(String(template.layout['paper_bgcolor'] ?? ''));
  const plot = parseCssColor(String(template.layout['plot_bgcolor'] ?? ''));
  if (paper === undefined || plot === undefined) return undefined;
  const same = paper.a === 1 && plot.a === 1 && paper.r === plot.r && paper.g === plot.g && paper.b === plot.b;
  return !same;
}

/**
 * Adds or removes the plot-area rectangles as plotly would for the new colours, in its
 * background layer and with its geometry, so a drag that pulls plot and paper apart shows the
 * plot area on the first frame. Only for the common layout (subplots side by side, each with
 * its background in the lower layer); returns false otherwise.
 */
function placePlotAreas(gd: DrawnGraph, binding: ChartBinding, template: PlotlyTemplate): boolean {
  const layout = gd._fullLayout;
  const layer = layout?._bgLayer?.node() ?? null;
  if (layout === undefined || layer === null) return binding.plotAreas.length === 0;
  const wanted = rectanglesWanted(template);
  if (wanted === undefined) return false;
  const drawn = layer.querySelectorAll('rect.bg');
  if (wanted === drawn.length > 0) return true;
  if (!wanted) {
    for (const rect of drawn) rect.remove();
    for (const id of binding.plotAreas) {
      const p = layout._plots?.[id];
      if (p) p.bg = undefined;
    }
    binding.paints = binding.paints.filter((p) => p.element.isConnected);
    return true;
  }
  const pad = layout.margin?.pad ?? 0;
  const plot: unknown = template.layout['plot_bgcolor'];
  const color = typeof plot === 'string' ? parseCssColor(plot) : undefined;
  if (color === undefined) return false;
  for (const id of binding.plotAreas) {
    const p = layout._plots?.[id];
    const { xaxis: x, yaxis: y } = p ?? {};
    if (x?._offset === undefined || y?._offset === undefined || x._length === undefined || y._length === undefined) return false;
    // plotly's overlapping subplots keep theirs inside the subplot group: not this case.
    if (gd.querySelector(`.subplot.${CSS.escape(id)} > rect.bg`) !== null) return false;
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('class', 'bg');
    rect.setAttribute('x', String(x._offset - pad));
    rect.setAttribute('y', String(y._offset - pad));
    rect.setAttribute('width', String(x._length + 2 * pad));
    rect.setAttribute('height', String(y._length + 2 * pad));
    rect.style.setProperty('fill', rgbText(color));
    rect.style.setProperty('fill-opacity', String(color.a));
    rect.style.setProperty('stroke-width', '0');
    layer.appendChild(rect);
    const source = { from: 'layout', path: ['plot_bgcolor'] } as const;
    binding.paints.push({ element: rect, property: 'fill', source, key: paintKey(source, true), withOpacity: true, shown: `${rgbText(color)} ${color.a}` });
  }
  return true;
}
