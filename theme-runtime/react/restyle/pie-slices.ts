import { lookup } from './color-source.ts';
import type { DrawnGraph, PieSlice } from './plotly-internals.ts';

/**
 * The pie slices that take a default colour, each with its label's place in the order plotly
 * hands those colours out (pie/calc.js `crossTraceCalc`: one per new label, across all pies,
 * skipping slices the figure colours itself).
 */
export function defaultSlices(gd: DrawnGraph): { slice: Partial<PieSlice>; label: string | number; index: number }[] {
  const order = new Map<string | number, number>();
  const out: { slice: Partial<PieSlice>; label: string | number; index: number }[] = [];
  for (const cd of gd.calcdata ?? []) {
    const trace = cd[0]?.trace;
    if (trace?.type !== 'pie') continue;
    const own = lookup(trace._input, ['marker', 'colors']);
    cd.forEach((slice, j) => {
      const at = slice.i ?? j;
      const fixed = Array.isArray(own) && own[at] !== undefined && own[at] !== null;
      if (slice.label === undefined || fixed) return;
      if (!order.has(slice.label)) order.set(slice.label, order.size);
      out.push({ slice, label: slice.label, index: order.get(slice.label) ?? 0 });
    });
  }
  return out;
}
