// A legend above or below the plot that wraps is laid out by plotly.js as a grid: every entry
// as wide as the widest, as many to a row as fit. Four names in a half-width card come out as
// three and one, a lone "Support" under the rest. Graph asks for the same number of rows with
// the entries shared out evenly (two and two, three and two) by giving every entry the width
// that leaves room for that many to a row (`legend.entrywidth`); the rows, so the legend's
// height and the chart's margins, stay as plotly made them.
import type { PlotlyFigure, PlotlyJson } from '../plotly/types.ts';

// plotly.js's gap between legend entries and around their text (src/components/legend/constants.js).
const ITEM_GAP = 5;

/** What plotly.js lays a horizontal legend out from (computeLegendDimensions in its legend/draw.js). */
export interface LegendGrid {
  /** Each entry's text width, px. */
  widths: readonly number[];
  /** The width the legend may fill (`_maxWidth`). */
  maxWidth: number;
  borderWidth: number;
  /** Before an entry's text: its symbol and the gaps around it (indentation + itemwidth + 2 gaps). */
  textGap: number;
}

/** Entries to a row as plotly.js packs entries `next` px apart: each must end before `maxWidth`. */
const perRow = (next: number, g: LegendGrid) => Math.max(1, Math.ceil((g.maxWidth - g.borderWidth + ITEM_GAP) / next) - 1);

/**
 * The `entrywidth` (px) that shares a wrapping legend's entries out evenly over the rows plotly
 * gives it, or undefined when it fits one row or its rows are even already. The width is
 * about the least that keeps the fewer entries to a row: a grid nearly as tight as plotly's own.
 */
export function balancedEntryWidth(g: LegendGrid): number | undefined {
  const n = g.widths.length;
  if (n < 3) return undefined;
  const items = g.widths.map((w) => g.textGap + w);
  // plotly's own test for one row, which it then lays out at each entry's own width.
  if (items.reduce((a, b) => a + b, 0) + 2 * g.borderWidth + (n - 1) * ITEM_GAP < g.maxWidth) return undefined;
  const fits = perRow(Math.max(...items) + ITEM_GAP, g);
  const rows = Math.ceil(n / fits);
  const columns = Math.ceil(n / rows);
  if (rows < 2 || columns >= fits) return undefined;
  // `columns` to a row and not one more: columns × next < room < (columns + 1) × next.
  const next = (g.maxWidth - g.borderWidth + ITEM_GAP) / (columns + 0.9);
  return next - ITEM_GAP - g.textGap;
}

/** A legend entry as plotly draws it: its measured text width is in its d3 datum. */
type DrawnEntry = Element & { __data__?: [{ width?: number; trace?: { legendwidth?: number } }] };

interface DrawnLegend {
  orientation?: string;
  borderwidth?: number;
  indentation?: number;
  itemwidth?: number;
  traceorder?: string;
  title?: { text?: string };
  _maxWidth?: number;
}

/**
 * What a drawn chart's horizontal legend should be given (balancedEntryWidth), read from what
 * plotly measured; undefined when it needs nothing, is vertical, grouped or titled (plotly lays
 * those out otherwise), or an entry has a width of its own.
 */
export function legendColumnsWidth(el: HTMLElement & { _fullLayout?: { legend?: DrawnLegend } }): number | undefined {
  const legend = el._fullLayout?.legend;
  if (legend?.orientation !== 'h' || legend._maxWidth === undefined || (legend.traceorder ?? '').includes('grouped') || (legend.title?.text ?? '') !== '') return undefined;
  if (el.querySelectorAll('.legend').length !== 1) return undefined;
  const widths: number[] = [];
  for (const entry of el.querySelectorAll<DrawnEntry>('.legend .traces')) {
    const datum = entry.__data__?.[0];
    if (datum?.width === undefined || datum.trace?.legendwidth) return undefined;
    widths.push(datum.width);
  }
  return balancedEntryWidth({ widths, maxWidth: legend._maxWidth, borderWidth: legend.borderwidth ?? 0, textGap: (legend.indentation ?? 0) + (legend.itemwidth ?? 30) + 2 * ITEM_GAP });
}

/** True when the app's figure sizes its legend entries itself (Graph then leaves them be). */
export function sizesOwnEntries(figure: PlotlyFigure): boolean {
  const legend = (figure.layout as { legend?: PlotlyJson } | undefined)?.legend;
  return (legend !== undefined && ('entrywidth' in legend || 'entrywidthmode' in legend)) || (figure.data ?? []).some((t) => 'legendwidth' in t);
}

/** The entry width Graph drew the chart with (withEntryWidth); undefined for plotly's own. */
export function entryWidthGiven(el: HTMLElement & { layout?: { legend?: { entrywidth?: unknown } } }): number | undefined {
  const width = el.layout?.legend?.entrywidth;
  return typeof width === 'number' ? width : undefined;
}

/** The figure with every legend entry `entrywidth` px wide. */
export function withEntryWidth<F extends PlotlyFigure>(figure: F, entrywidth: number): F {
  const layout = (figure.layout ?? {}) as PlotlyJson & { legend?: PlotlyJson };
  return { ...figure, layout: { ...layout, legend: { ...layout.legend, entrywidth, entrywidthmode: 'pixels' } } };
}
