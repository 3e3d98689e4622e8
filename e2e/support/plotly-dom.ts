import type { Locator } from 'playwright-core';

/**
 * The colours plotly.js actually drew: the fill of each bar trace's first bar, or the
 * stroke of each line trace, read from the SVG in trace order.
 */
export async function renderedTraceColors(graph: Locator): Promise<string[]> {
  return graph.evaluate((root) => {
    const traces = [...root.querySelectorAll<SVGGElement>('.main-svg .trace')];
    return traces.map((trace) => {
      const bar = trace.querySelector<SVGPathElement>('.point path');
      if (bar) return bar.style.fill;
      const line = trace.querySelector<SVGPathElement>('path.js-line');
      return line?.style.stroke ?? '';
    });
  });
}

/** plotly.js draws the paper colour as the background of its main SVG. */
export async function paperColor(graph: Locator): Promise<string> {
  return graph.evaluate((root) => root.querySelector<SVGSVGElement>('svg.main-svg')?.style.background ?? '');
}

/** `#rrggbb` as the `rgb(r, g, b)` text browsers report for computed and SVG styles. */
export function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
