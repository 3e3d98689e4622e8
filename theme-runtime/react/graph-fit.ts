// What Graph measures after plotly draws and fixes where the template alone cannot: a right
// legend too wide for a narrow chart, the mode bar's place, text drawn before its font came.
import type { ResolvedTheme } from '../model/resolve.ts';
import { LEGEND, LEGEND_SHARE } from '../plotly/layout.ts';
import type { PlotlyFigure, PlotlyJson } from '../plotly/types.ts';

/** The parts of plotly's private full layout Graph reads. */
export interface DrawnLayout {
  width: number;
  height: number;
  _size: { l: number; r: number; t: number; b: number; w: number; h: number };
  legend?: { _width?: number; _height?: number; orientation?: string; y?: number; yanchor?: string; yref?: string };
}

export type FittedElement = HTMLElement & { _fullLayout?: DrawnLayout };

/**
 * A right-hand legend moves below the chart when, beside it, the plot area would get less
 * than this share of the chart's width. Measured on the preview's cards: at 60 % and more a
 * 12-month axis keeps its labels level; on a phone three short names already leave a line
 * chart half the card with its dates slanted, and 30-character names leave it a sliver (or,
 * once plotly shrinks its margins to fit, put the legend over the data).
 */
export const MIN_PLOT_SHARE = 0.6;

const placesLegend = (figure: PlotlyFigure) => {
  const legend = (figure.layout as { legend?: PlotlyJson } | undefined)?.legend;
  return legend !== undefined && ['x', 'y', 'orientation', 'xanchor', 'yanchor'].some((k) => k in legend);
};

/** True when Graph may move this figure's legend: the theme puts it on the right and the figure leaves it there. */
export function legendMayMove(figure: PlotlyFigure, r: ResolvedTheme): boolean {
  return r.chart.legendPosition === 'right' && !placesLegend(figure);
}

/** What a drawn right legend (with the axes' margins) takes beside the plot area, in px; undefined for any other legend. */
export function widthBesidePlot(el: FittedElement): number | undefined {
  const layout = el._fullLayout;
  return layout?.legend?.orientation === 'v' && layout.legend._width !== undefined ? layout.width - layout._size.w : undefined;
}

/**
 * True when, with `besidePlot` px taken beside it, the plot area of a `chartWidth` px chart is
 * too narrow. A legend already below needs 5 % more to come back, so a chart near the line
 * does not swap on every pixel of a resize (or land differently depending on the way it came).
 */
export const legendTooWide = (besidePlot: number, chartWidth: number, below: boolean) =>
  chartWidth - besidePlot < chartWidth * (MIN_PLOT_SHARE + (below ? 0.05 : 0));

/** The figure with the legend placed as the theme's bottom position places it (the figure's own legend keys win). */
export function withLegendBelow<F extends PlotlyFigure>(figure: F): F {
  const layout = (figure.layout ?? {}) as PlotlyJson & { legend?: PlotlyJson };
  return { ...figure, layout: { ...layout, legend: { ...LEGEND.bottom, ...layout.legend } } };
}

/**
 * Puts plotly's mode bar over the plot area's top-right corner instead of the figure's: it
 * is an overlay either way, but at the figure's corner it covers a top or right legend.
 * plotly positions its container once, when the plot is created, so this holds until the
 * margins change (Graph calls it after every draw).
 */
export function placeModebar(el: FittedElement): void {
  const size = el._fullLayout?._size;
  const bar = el.querySelector<HTMLElement>('.modebar-container');
  if (!size || !bar) return;
  bar.style.top = `${size.t}px`;
  bar.style.right = `${size.r}px`;
}

/** One entry of a drawn legend: plotly keeps each entry's measured height in its d3 datum. */
type LegendEntry = Element & { __data__?: [{ height?: number }] };

// plotly.js never caps a legend below this many px.
const MIN_LEGEND_CAP = 30;

/**
 * The height in px a horizontal legend needs to show every row, when the template's cap (a
 * share of the chart's height, see LEGEND) would make it scroll to hide less than one row of
 * them; undefined otherwise. A scroll bar beside entries that show all but a sliver says there
 * is more to see when there is not: such a legend gets the few px it lacks. One that hides a
 * row or more keeps the cap and scrolls: the cap is there to keep the data's share. Measured
 * against the template's cap, whatever cap the legend was drawn with (its full height does not
 * depend on it), so giving the room and measuring again agree.
 */
export function legendRoom(el: FittedElement): number | undefined {
  const layout = el._fullLayout;
  const legend = layout?.legend;
  if (layout === undefined || legend?.orientation !== 'h' || legend._height === undefined) return undefined;
  const hidden = legend._height - Math.max(LEGEND_SHARE * layout.height, MIN_LEGEND_CAP);
  if (hidden <= 0) return undefined;
  let row = 0;
  for (const entry of el.querySelectorAll<LegendEntry>('.legend .traces')) row = Math.max(row, entry.__data__?.[0].height ?? 0);
  return hidden < row ? legend._height : undefined;
}

/** True when the app's figure caps its legend itself (Graph then leaves the cap alone). */
export function capsOwnLegend(figure: PlotlyFigure): boolean {
  const legend = (figure.layout as { legend?: PlotlyJson } | undefined)?.legend;
  return legend !== undefined && 'maxheight' in legend;
}

/** The legend cap in px Graph drew the chart with (withLegendRoom); undefined for the template's. */
export function legendCapGiven(el: HTMLElement & { layout?: { legend?: { maxheight?: unknown } } }): number | undefined {
  const cap = el.layout?.legend?.maxheight;
  return typeof cap === 'number' && cap > 1 ? cap : undefined;
}

/** The figure with its legend's cap raised to `maxheight` px. */
export function withLegendRoom<F extends PlotlyFigure>(figure: F, maxheight: number): F {
  const layout = (figure.layout ?? {}) as PlotlyJson & { legend?: PlotlyJson };
  return { ...figure, layout: { ...layout, legend: { ...layout.legend, maxheight } } };
}

/**
 * True when a legend placed above or below the plot area is drawn over it. plotly.js 4 leaves
 * a horizontal legend where it was when the margins shrink under it — a chart widened from a
 * phone keeps its legend at the phone's (taller) height, over the data (plotly.js #6492), and a
 * container-anchored legend whose cap alone changed keeps the old margin — until a full redraw.
 * Graph redraws once per draw or resize at most: a legend too big for any margin (a tiny
 * chart) stays where plotly put it after that one.
 */
export function legendAstray(el: FittedElement): boolean {
  const layout = el._fullLayout;
  const legend = layout?.legend;
  if (layout === undefined || legend?.orientation !== 'h' || legend.y === undefined) return false;
  const { y, yanchor, yref } = legend;
  const outside = yref === 'container' || y > 1 || y < 0 || (y === 1 && yanchor === 'bottom') || (y === 0 && yanchor === 'top');
  // Read after every draw: a legend placed elsewhere costs no layout read.
  if (!outside) return false;
  const svg = el.querySelector('.main-svg')?.getBoundingClientRect();
  const box = el.querySelector('.legend .bg')?.getBoundingClientRect();
  if (svg === undefined || box === undefined || box.height === 0) return false;
  const top = box.top - svg.top;
  return Math.min(box.bottom - svg.top, layout._size.t + layout._size.h) - Math.max(top, layout._size.t) > 0.5;
}

/** CSS font shorthands for the text a chart draws: body text, and the title's weight and size. */
function chartFonts(r: ResolvedTheme): string[] {
  const body = r.fonts.body;
  const heading = r.fonts.heading;
  return [`${body.size}px ${body.family}`, `${heading.weight} ${r.headingSizes.h3}px ${heading.family}`];
}

/**
 * Resolves when the chart's fonts that were still loading have loaded, or undefined when
 * nothing is pending. plotly measures text as it draws: a legend laid out in the fallback
 * font keeps the fallback's widths, clipping the real font's longer names, until a redraw.
 */
export function fontsPending(r: ResolvedTheme): Promise<unknown> | undefined {
  if (typeof document === 'undefined' || !('fonts' in document)) return undefined;
  const fonts = chartFonts(r);
  if (fonts.every((f) => document.fonts.check(f))) return undefined;
  return Promise.all(fonts.map((f) => document.fonts.load(f)));
}

// px kept free at a line's end, for rounding between the canvas and plotly's SVG text.
const LINE_SLACK = 2;
// plotly draws a scrolling legend's (transparent) background 2 px wider than the margin it
// pushes for it: that is not a name running past the edge.
const SCROLLBAR_OVERHANG = 2.5;
// Narrower than this a line is not broken further: the legend scrolls instead.
const MIN_LINE_PX = 80;

/**
 * What a legend line must leave of the chart's width (the legend's offsets and an entry's
 * symbol and gaps, the same at any width) and the font its text is drawn in (a CSS font
 * shorthand).
 */
export interface LegendLines {
  offset: number;
  font: string;
}

/**
 * When the legend runs past the chart's right edge, what a line must leave of the chart for
 * it to fit; undefined when it fits. plotly does not wrap legend text, so on a phone one long
 * series name is wider than the whole chart. The widest line sets the legend's width (it has
 * a row of its own): it loses what the legend overhangs. plotly may also pull an overwide
 * legend left of where it belongs, and puts it back once it fits; the next draw then takes
 * off what that costs.
 */
export function legendLines(el: FittedElement): LegendLines | undefined {
  const svg = el.querySelector('.main-svg')?.getBoundingClientRect();
  const legend = el.querySelector('.legend .bg')?.getBoundingClientRect();
  if (!svg || !legend || legend.right - svg.right <= SCROLLBAR_OVERHANG) return undefined;
  let widest: { width: number; text: Element } | undefined;
  for (const line of el.querySelectorAll<SVGTextContentElement>('.legend text.legendtext, .legend text.legendtext tspan.line')) {
    if (line.querySelector('tspan.line')) continue;
    const width = line.getComputedTextLength();
    if (width > (widest?.width ?? 0)) widest = { width, text: line.closest('text') ?? line };
  }
  if (widest === undefined) return undefined;
  const style = getComputedStyle(widest.text);
  const room = Math.max(MIN_LINE_PX, widest.width - (legend.right - svg.right) - LINE_SLACK);
  return { offset: svg.width - room, font: `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}` };
}

/** `name` broken at spaces into lines at most `room` px wide as `measure` gives them (a longer word keeps a line of its own). */
export function wrapName(name: string, room: number, measure: (text: string) => number): string {
  const lines: string[] = [];
  for (const word of name.trim().split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`) <= room) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('<br>');
}

/** Text widths in `font`, from a canvas (the same font engine plotly's SVG text uses). */
export function textMeasure(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) return (text) => text.length * 8;
  context.font = font;
  return (text) => context.measureText(text).width;
}

/**
 * The figure with every plain trace name wider than `room` wrapped for its legend. Names
 * with markup of their own are the app's to break. Trace order is kept, so an event's
 * `curveNumber` still finds the app's own trace (see graph-events.ts).
 */
export function withWrappedNames<F extends PlotlyFigure>(figure: F, room: number, measure: (text: string) => number): F {
  const data = figure.data;
  const wraps = (name: unknown): name is string => typeof name === 'string' && !name.includes('<') && measure(name) > room;
  if (data === undefined || !data.some((t) => wraps(t['name']))) return figure;
  return { ...figure, data: data.map((t) => (wraps(t['name']) ? { ...t, name: wrapName(t['name'], room, measure) } : t)) };
}
