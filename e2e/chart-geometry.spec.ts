import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plotlyTemplate } from '../theme-runtime/index.ts';
import { readPresets } from '../theme-runtime/test-support/presets.ts';
import { artifactPath, launchBrowser } from './support/browser.ts';
import type { ChartGeometry } from './support/chart-geometry.ts';
import { drawAlone, figure, HEIGHT, POSITIONS, problems, WIDTHS } from './support/legend-figures.ts';

// The exported templates alone, in plain plotly.js (no Graph): what a plotly.js or Dash user
// gets. Every preset × mode × legend position, at three widths, with 1, 4 and 12 series whose
// names run up to 30 characters, with and without a title; then a 30-series figure with
// 60-character names. Geometry is read from what plotly drew.

const presets = readPresets();


describe('chart geometry from the templates alone (plain plotly.js)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.setContent('<!doctype html><html><body style="margin:0"><div id="chart"></div></body></html>');
    await page.addScriptTag({ path: 'node_modules/plotly.js/dist/plotly-strict.min.js' });
  });
  afterAll(async () => {
    await browser.close();
  });

  const draw = (fig: ReturnType<typeof figure>, template: unknown, width: number, height = HEIGHT): Promise<ChartGeometry> => drawAlone(page, fig, template, width, height);

  for (const [name, preset] of presets) {
    it(`${name}: legends top, bottom, right and hidden fit at 360, 640 and 1000 px, titled or not, in both modes`, async () => {
      const failures: string[] = [];
      for (const mode of ['light', 'dark'] as const) {
        for (const position of POSITIONS) {
          const template = plotlyTemplate({ ...preset, chart: { ...preset.chart, legendPosition: position } }, mode);
          for (const width of WIDTHS) {
            for (const n of [1, 4, 12]) {
              for (const title of ['', 'Revenue by region (k$)']) {
                const g = await draw(figure(n, title), template, width);
                // plotly.js squeezes a right legend and the plot together below ~640 px; Graph
                // moves such a legend below the chart (graph-fit.ts), the template cannot.
                const narrowRight = position === 'right' && width < 640 && n > 1;
                const found = problems(g, position !== 'hidden' && n > 1).filter((p) => !(narrowRight && p === 'legend over the plot area'));
                for (const p of found) failures.push(`${mode} legend ${position}, ${width} px, ${n} series${title ? ', titled' : ''}: ${p}`);
              }
            }
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('keeps a 30-series legend of 60-character names inside the figure at 640 and 1000 px, above, below or beside the plot (it scrolls)', async () => {
    // Not at 360 px from the template alone: one 60-character name is wider than the figure, and
    // plotly does not wrap legend text (Graph wraps such names: your-chart.spec.ts).
    const [, preset] = presets.find(([n]) => n === 'design-kit') ?? [];
    if (!preset) throw new Error('no design-kit preset');
    const failures: string[] = [];
    for (const position of ['top', 'bottom', 'right'] as const) {
      const template = plotlyTemplate({ ...preset, chart: { ...preset.chart, legendPosition: position } }, 'light');
      for (const width of [640, 1000]) {
        const g = await draw(figure(30, 'Thirty series', 60), template, width, 500);
        if (width === 1000) await page.screenshot({ path: artifactPath(`legend-30-${position}.png`) });
        if (!g.legendScrolls) failures.push(`legend ${position}, ${width} px: does not scroll`);
        // A scrolling legend's background rect is 2 px wider than the margin plotly pushes for
        // it, past the figure's edge; it is transparent. What shows (names, scroll bar) must be inside.
        const visible = await page.evaluate(() => {
          const svg = document.querySelector('#chart svg.main-svg')?.getBoundingClientRect();
          const parts = [...document.querySelectorAll('#chart .legend text.legendtext, #chart .legend .scrollbar')].map((e) => e.getBoundingClientRect());
          return svg !== undefined && parts.length > 0 && parts.every((r) => r.right <= svg.right + 0.5 && r.left >= svg.left - 0.5);
        });
        if (!visible) failures.push(`legend ${position}, ${width} px: names or scroll bar past the figure's edge`);
        const found = problems(g, true).filter((p) => !(position === 'right' && p.startsWith('legend outside the figure') && g.legend !== null && g.legend.right <= g.figure.right + 2.5));
        for (const p of found) failures.push(`legend ${position}, ${width} px: ${p}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
