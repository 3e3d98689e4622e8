import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resolveTheme } from '../theme-runtime/index.ts';
import { readPresets } from '../theme-runtime/test-support/presets.ts';
import { artifactPath } from './support/browser.ts';
import { chartGeometry, inside, overlaps } from './support/chart-geometry.ts';
import { figure as seriesFigure } from './support/legend-figures.ts';
import { rgb } from './support/plotly-dom.ts';
import { editorSession } from './support/session.ts';
import { previewChartsDrawn } from './support/charts-drawn.ts';

const theme = readPresets().find(([file]) => file === 'design-kit')?.[1];
if (!theme) throw new Error('no design-kit preset');

// What plotly.py's fig.to_json() writes for a bar chart: its own template, size and title included.
const FIGURE = JSON.stringify({
  data: [{ type: 'bar', name: 'Signups', x: ['Mon', 'Tue', 'Wed', 'Thu'], y: [12, 19, 7, 15] }],
  layout: { template: { layout: { paper_bgcolor: '#ff00ff', colorway: ['#00ff00'] } }, width: 700, height: 450, title: { text: 'Signups this week' } },
});

/** How many scripts whose file name starts with `prefix` the page has loaded (Vite names a chunk after its module). */
const loaded = (page: Page, prefix: string) => page.evaluate((p) => performance.getEntriesByType('resource').filter((r) => (r.name.split('/').pop() ?? '').startsWith(p)).length, prefix);

describe('your own chart in the preview', () => {
  const session = editorSession();
  const field = () => session.editor.page.getByLabel('Paste a Plotly figure (JSON)');
  const add = () => session.editor.page.getByRole('button', { name: 'Add to the preview' }).click();
  const problems = () => session.editor.page.getByRole('alert', { name: 'Problems with the figure' }).textContent();

  it('draws the preview with plotly.js’s cartesian bundle, not the full one', async () => {
    const { page } = session.editor;
    await page.waitForFunction(previewChartsDrawn, 8, { timeout: 30_000 });
    expect(await loaded(page, 'plotly-cartesian')).toBe(1);
    expect(await loaded(page, 'plotly-strict')).toBe(0);
  });

  it('says where a pasted figure is broken, and adds nothing', async () => {
    await field().fill('{\n  "data": [\n    {"type": "bar",}\n  ]\n}');
    await add();
    await expect.poll(problems).toMatch(/not JSON \(line 3, column \d+\)/);
    // plotly.js itself judges attributes, each named by its JSON pointer.
    await field().fill(JSON.stringify({ data: [{ type: 'bar', y: [1, 2], marker: { colour: 'red' } }] }));
    await add();
    await expect.poll(problems, { timeout: 20_000 }).toContain('/data/0/marker/colour');
    expect(await session.editor.page.getByRole('list', { name: 'Your charts' }).count()).toBe(0);
  });

  it('adds a valid figure to the dashboard, drawn in the theme (not its own template) in both modes', async () => {
    const { page } = session.editor;
    await field().fill(FIGURE);
    await add();
    const card = page.locator('[data-testid="chart-card"][aria-label="Signups this week"]');
    await expect.poll(() => card.locator('.main-svg').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await field().inputValue()).toBe('');
    // It comes first, with its title in the card header.
    expect(await page.getByTestId('chart-card').first().getAttribute('aria-label')).toBe('Signups this week');
    const bar = () => card.locator('.point path').first().evaluate((el) => getComputedStyle(el).fill);
    const paper = () => card.locator('svg.main-svg').first().evaluate((el) => (el as SVGSVGElement).style.background);
    for (const mode of ['light', 'dark'] as const) {
      if (mode === 'dark') await page.getByRole('switch', { name: 'Dark mode' }).click();
      const r = resolveTheme(theme, mode);
      await expect.poll(bar).toBe(rgb(r.colorway[0] ?? ''));
      await expect.poll(paper).toBe(rgb(r.colors.backgroundContent));
    }
    await page.getByRole('switch', { name: 'Dark mode' }).click();
    // Kept for the next visit.
    await page.reload();
    await expect.poll(() => card.locator('.main-svg').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // Removed, it is gone from the preview, and stays gone.
    await page.getByRole('button', { name: 'Remove Signups this week' }).click();
    await expect.poll(() => card.count()).toBe(0);
    await page.reload();
    await expect.poll(() => page.getByTestId('chart-card').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await card.count()).toBe(0);
  });

  it('draws a pasted figure whose traces only the full plotly.js bundle has (a waterfall), themed', async () => {
    const { page } = session.editor;
    const waterfall = { data: [{ type: 'waterfall', x: ['Start', 'Sales', 'Costs', 'End'], y: [100, 40, -30, 0], measure: ['absolute', 'relative', 'relative', 'total'] }], layout: { title: { text: 'Cash flow' } } };
    await field().fill(JSON.stringify(waterfall));
    await add();
    const card = page.locator('[data-testid="chart-card"][aria-label="Cash flow"]');
    await expect.poll(() => card.locator('.waterfalllayer .point path').count(), { timeout: 30_000 }).toBe(4);
    expect(await card.getByRole('alert').count()).toBe(0);
    const paper = await card.locator('svg.main-svg').first().evaluate((el) => (el as SVGSVGElement).style.background);
    expect(paper).toBe(rgb(resolveTheme(theme, 'light').colors.backgroundContent));
    expect(await loaded(page, 'plotly-strict')).toBe(1);
    // The samples are still drawn by the cartesian bundle beside it.
    expect(await page.evaluate(previewChartsDrawn, 9)).toBe(true);
    await page.getByRole('button', { name: 'Remove Cash flow' }).click();
    await expect.poll(() => card.count()).toBe(0);
  });

  it('fits a legend of 30 series with 60-character names to a phone: inside the chart, clear of the plot, in every position', async () => {
    const { page } = session.editor;
    const long = seriesFigure(30, '', 60);
    await field().fill(JSON.stringify({ ...long, layout: { title: { text: 'Thirty long series' } } }));
    await add();
    const card = page.locator('[data-testid="chart-card"][aria-label="Thirty long series"]');
    await expect.poll(() => card.locator('.main-svg').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.getByLabel('Preview width').selectOption('phone');
    const svgWidth = () => card.locator('svg.main-svg').first().evaluate((svg) => svg.getBoundingClientRect().width);
    await expect.poll(svgWidth, { timeout: 15_000 }).toBeLessThanOrEqual(390);
    const fitted = async () => {
      const g = await chartGeometry(page, '[data-testid="chart-card"][aria-label="Thirty long series"] .js-plotly-plot');
      const found: string[] = [];
      if (g.legend === null) return ['no legend'];
      if (!inside(g.legend, { ...g.figure, right: g.figure.right + 2.5 })) found.push(`legend outside the chart: ${JSON.stringify(g.legend)} in ${g.figure.right}`);
      if (overlaps(g.legend, g.plot)) found.push('legend over the plot');
      return found;
    };
    for (const position of ['top', 'bottom', 'right'] as const) {
      await page.getByLabel('Legend', { exact: true }).selectOption(position);
      await expect.poll(fitted, { timeout: 15_000 }).toEqual([]);
      if (position === 'top') await card.screenshot({ path: artifactPath('legend-30-phone.png') });
    }
    // The long names are what Graph wrapped: on more than one line each.
    expect(await card.locator('.legend text.legendtext').first().locator('tspan.line').count()).toBeGreaterThan(1);
    const widestLine = () => card.locator('.legend text.legendtext tspan.line').evaluateAll((ls) => Math.max(0, ...ls.map((l) => (l as SVGTSpanElement).getComputedTextLength())));
    await page.getByLabel('Legend', { exact: true }).selectOption('top');
    await expect.poll(fitted, { timeout: 15_000 }).toEqual([]);
    const onPhone = await widestLine();
    await page.getByLabel('Preview width').selectOption('desktop');
    // Back in the wider desktop card, the names take longer lines, and still fit.
    await expect.poll(async () => (await fitted()).length === 0 && (await widestLine()) > onPhone + 20, { timeout: 15_000 }).toBe(true);
    await page.getByRole('button', { name: 'Remove Thirty long series' }).click();
  });
});
