// What Graph measures after plotly draws and fixes where the template alone cannot: a right
// legend too wide for a narrow chart, the mode bar's place, text drawn before its font came.
import type { ResolvedTheme } from '../model/resolve.ts';
import { LEGEND } from '../plotly/layout.ts';
import type { PlotlyFigure, PlotlyJson } from '../plotly/types.ts';

/** The parts of plotly's private full layout Graph reads. */
export interface DrawnLayout {
  width: number;
  height: number;
  _size: { l: number; r: number; t: number; b: number; w: number; h: number };
  legend?: { _width?: number; orientation?: string };
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
