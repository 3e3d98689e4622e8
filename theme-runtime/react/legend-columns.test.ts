import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancedEntryWidth, sizesOwnEntries, withEntryWidth, type LegendGrid } from './legend-columns.ts';

/**
 * Entries per row as plotly.js 4.1 lays out a horizontal, ungrouped legend, transcribed from
 * computeLegendDimensions (src/components/legend/draw.js): one row when everything fits at its
 * own width; otherwise a grid whose step is the widest entry (textGap + its text, or the
 * `entrywidth` when one is set) plus the item gap, wrapping before an entry would reach the
 * legend's maximum width. Independent of the code under test: it walks the entries one by one.
 */
function plotlyRows(g: LegendGrid, entrywidth?: number): number[] {
  const gap = 5;
  const widths = g.widths.map((w) => g.textGap + (entrywidth ?? w));
  const combined = widths.reduce((a, b) => a + b, 0);
  if (combined + 2 * g.borderWidth + (widths.length - 1) * gap < g.maxWidth) return [widths.length];
  const next = Math.max(...widths) + gap;
  const rows: number[] = [0];
  let offsetX = 0;
  for (let i = 0; i < widths.length; i++) {
    if (next + g.borderWidth + offsetX - gap >= g.maxWidth) {
      rows.push(0);
      offsetX = 0;
    }
    rows[rows.length - 1] = (rows.at(-1) ?? 0) + 1;
    offsetX += next;
  }
  return rows.filter((n) => n > 0);
}

// As plotly.js measured the legend of the preview's bar chart ("Revenue by region", four
// product names at 14 px) in a half-width card of the Graphite preset at 1280 px.
const BARS: LegendGrid = { widths: [57.5, 48.7, 57.7, 50.4], maxWidth: 343, borderWidth: 0, textGap: 40 };

describe('balancedEntryWidth', () => {
  it('shares four names that plotly lays out three and one out two and two', () => {
    expect(plotlyRows(BARS)).toEqual([3, 1]);
    const width = balancedEntryWidth(BARS);
    expect(width).toBeDefined();
    expect(plotlyRows(BARS, width)).toEqual([2, 2]);
    // Every name still fits its entry.
    expect(width).toBeGreaterThanOrEqual(Math.max(...BARS.widths));
  });

  it('leaves a legend alone that fits one row, or whose rows are even already', () => {
    expect(balancedEntryWidth({ ...BARS, maxWidth: 600 })).toBeUndefined();
    // Six names, three to a row.
    const six = { ...BARS, widths: [...BARS.widths, 52, 49] };
    expect(plotlyRows(six)).toEqual([3, 3]);
    expect(balancedEntryWidth(six)).toBeUndefined();
    // Two names never wrap into anything to even out.
    expect(balancedEntryWidth({ ...BARS, widths: [200, 200], maxWidth: 300 })).toBeUndefined();
  });

  it('for any legend plotly wraps: the same number of rows, no row more than one entry longer than the last, every name whole', () => {
    const grid = fc.record({
      widths: fc.array(fc.integer({ min: 8, max: 160 }), { minLength: 1, maxLength: 24 }),
      maxWidth: fc.integer({ min: 120, max: 1200 }),
      borderWidth: fc.integer({ min: 0, max: 3 }),
      textGap: fc.integer({ min: 20, max: 60 }),
    });
    fc.assert(
      fc.property(grid, (g) => {
        const before = plotlyRows(g);
        const width = balancedEntryWidth(g);
        const n = g.widths.length;
        // Untouched only when there is nothing to even out: one row, or as many to a row as the rows need.
        if (width === undefined) return before.length === 1 || n < 3 || Math.ceil(n / before.length) >= (before[0] ?? 0);
        const after = plotlyRows(g, width);
        const first = after[0] ?? 0;
        const last = after.at(-1) ?? 0;
        return after.length === before.length && first < (before[0] ?? 0) && after.slice(0, -1).every((k) => k === first) && first - last < after.length && width >= Math.max(...g.widths);
      }),
    );
  });
});

describe('entry widths an app sets', () => {
  it('are the app’s: a legend or trace width of its own is left alone', () => {
    expect(sizesOwnEntries({ data: [{ type: 'bar' }], layout: { legend: { entrywidth: 80 } } })).toBe(true);
    expect(sizesOwnEntries({ data: [{ type: 'bar', legendwidth: 90 }] })).toBe(true);
    expect(sizesOwnEntries({ data: [{ type: 'bar' }], layout: { legend: { x: 0 } } })).toBe(false);
  });

  it('are given in px, keeping the legend’s other keys', () => {
    expect(withEntryWidth({ data: [], layout: { legend: { x: 0.5 } } }, 72).layout).toEqual({ legend: { x: 0.5, entrywidth: 72, entrywidthmode: 'pixels' } });
  });
});
