import type { Page } from 'playwright-core';

/** A box in CSS pixels, relative to the figure's top-left corner. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the parts of one drawn plotly figure sit, read from the DOM and plotly's own layout. */
export interface ChartGeometry {
  figure: Box;
  /** The plot area of the first cartesian subplot (plotly's `_fullLayout._size`). */
  plot: Box;
  title: Box | null;
  /** The legend's background box, the whole legend as drawn (null when none is drawn). */
  legend: Box | null;
  /** The legend's own scroll box when plotly made it scroll (it then hides entries). */
  legendScrolls: boolean;
  /** Rows of legend entries wholly below what the legend shows (what its scroll bar is for). */
  legendRowsHidden: number;
  xTicks: Box[];
  /** Everything drawn except backgrounds: text, marks, legend, axis lines. */
  drawnTop: number;
  modebar: Box | null;
}

/**
 * Runs in the page: the geometry of the figure drawn in `selector`. Boxes are read with
 * getBoundingClientRect, so they are what a person sees (after transforms), not what the
 * figure asked for.
 */
export function chartGeometry(page: Page, selector: string): Promise<ChartGeometry> {
  return page.evaluate((selector) => {
    const gd = document.querySelector<HTMLElement & { _fullLayout?: { width: number; height: number; _size: { l: number; t: number; w: number; h: number } } }>(selector);
    if (!gd?._fullLayout) throw new Error(`no plotly figure at ${selector}`);
    const svg = gd.querySelector('svg.main-svg');
    if (!svg) throw new Error(`no svg at ${selector}`);
    const origin = svg.getBoundingClientRect();
    const rel = (r: DOMRect) => ({ left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top });
    const boxOf = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return r.width === 0 && r.height === 0 ? null : rel(r);
    };
    const size = gd._fullLayout._size;
    const shown = gd.querySelector('.legend > .bg, .legend rect.bg')?.getBoundingClientRect();
    const entryTops = [...gd.querySelectorAll('.legend .traces')].map((t) => t.getBoundingClientRect()).filter((r) => shown !== undefined && r.height > 0 && r.top >= shown.bottom - 0.5).map((r) => Math.round(r.top));
    const legendBg = gd.querySelector('.legend > .bg, .legend rect.bg');
    const texts = [...gd.querySelectorAll('svg text, .legend .traces, .cartesianlayer path.point, .cartesianlayer .trace path, .xlines-above, .ylines-above')];
    const tops = texts.map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0).map((r) => r.top - origin.top);
    return {
      figure: { left: 0, top: 0, right: origin.width, bottom: origin.height },
      plot: { left: size.l, top: size.t, right: size.l + size.w, bottom: size.t + size.h },
      title: boxOf(gd.querySelector('.g-gtitle .gtitle')),
      legend: boxOf(legendBg),
      legendScrolls: gd.querySelector('.legend .scrollbar') !== null && (gd.querySelector('.legend .scrollbar')?.getBoundingClientRect().height ?? 0) > 0,
      legendRowsHidden: new Set(entryTops).size,
      xTicks: [...gd.querySelectorAll('.xtick text')].map((t) => rel(t.getBoundingClientRect())).filter((b) => b.right > b.left),
      drawnTop: Math.min(size.t, ...tops),
      modebar: boxOf(gd.querySelector('.modebar')),
    };
  }, selector);
}

const EPS = 0.5;
export const inside = (inner: Box, outer: Box) => inner.left >= outer.left - EPS && inner.top >= outer.top - EPS && inner.right <= outer.right + EPS && inner.bottom <= outer.bottom + EPS;
export const overlaps = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > EPS && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > EPS;
