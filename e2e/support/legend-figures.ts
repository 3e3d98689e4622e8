import type { Page } from 'playwright-core';
import { chartGeometry, inside, overlaps, type ChartGeometry } from './chart-geometry.ts';

// Figures for the geometry specs (the templates alone, in plain plotly.js): line charts with
// up to 12 series whose names run up to 30 characters, or longer when asked, and what must
// hold for any of them.

/** Every legend position, at the widths of a phone card, a half-width card and a wide one. */
export const POSITIONS = ['top', 'bottom', 'right', 'hidden'] as const;
export const WIDTHS = [360, 640, 1000];
export const HEIGHT = 400;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const NAMES = 'Revenue North America,Enterprise subscriptions,EMEA,Self-serve annual plans (new),APAC partners,Support,Marketplace add-ons,LatAm,Hardware,Training and services,Public sector contracts,Other'.split(',');

/** A series name of at most `length` characters: the sample names (up to 30), or longer, joined. */
const seriesName = (i: number, length: number) => {
  const base = NAMES[i % NAMES.length] ?? '';
  return length <= 30 ? base.slice(0, length) : `${i + 1}. ${base}, ${NAMES[(i + 5) % NAMES.length] ?? ''}, ${base}`.slice(0, length);
};

/** A line figure with `n` series named up to `nameLength` characters. */
export function figure(n: number, title: string, nameLength = 30) {
  return {
    data: Array.from({ length: n }, (_, i) => ({ type: 'scatter', mode: 'lines', name: seriesName(i, nameLength), x: MONTHS, y: MONTHS.map((_, k) => 100 + i * 15 + ((k * 37 + i * 11) % 40)) })),
    layout: title === '' ? {} : { title: { text: title } },
  };
}

/** What must hold for any figure drawn with a template alone; a list of what does not. */
export function problems(g: ChartGeometry, expectLegend: boolean, blankTop = 16): string[] {
  const found: string[] = [];
  if (expectLegend && g.legend === null) found.push('no legend drawn');
  if (!expectLegend && g.legend !== null) found.push('a legend is drawn though hidden');
  if (g.legend && !inside(g.legend, g.figure)) found.push(`legend outside the figure ${JSON.stringify(g.legend)}`);
  if (g.legend && g.title && overlaps(g.legend, g.title)) found.push('legend over the title');
  if (g.legend && overlaps(g.legend, g.plot)) found.push('legend over the plot area');
  if (g.title && overlaps(g.title, g.plot)) found.push('title over the plot area');
  if (g.title && !inside(g.title, g.figure)) found.push('title outside the figure');
  for (let i = 1; i < g.xTicks.length; i++) {
    const [a, b] = [g.xTicks[i - 1], g.xTicks[i]];
    if (a && b && overlaps(a, b)) found.push('x tick labels overlap');
  }
  if (g.drawnTop > blankTop) found.push(`${Math.round(g.drawnTop)} px blank band at the top`);
  const figureHeight = g.figure.bottom - g.figure.top;
  if (figureHeight >= 300 && g.plot.bottom - g.plot.top < figureHeight / 2) found.push(`plot area ${g.plot.bottom - g.plot.top} px of ${figureHeight}`);
  return found;
}

/** Draws `fig` with `template` alone into the page's `#chart` (the page's plotly.js), at a fixed size, and reads its geometry. */
export async function drawAlone(page: Page, fig: ReturnType<typeof figure>, template: unknown, width: number, height = HEIGHT): Promise<ChartGeometry> {
  await page.evaluate(
    ({ fig, template, width, height }) => {
      const Plotly = (window as unknown as { Plotly: { newPlot: (id: string, data: unknown[], layout: object, config: object) => Promise<unknown> } }).Plotly;
      return Plotly.newPlot('chart', fig.data, { ...fig.layout, template, width, height }, { displayModeBar: false });
    },
    { fig, template, width, height },
  );
  return chartGeometry(page, '#chart');
}
