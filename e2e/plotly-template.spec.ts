import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plotlyTemplate, type PlotlyTemplate, type Theme } from '../theme-runtime/index.ts';
import { TEMPLATED_TRACE_TYPES } from '../theme-runtime/plotly/template.ts';
import { readFixture } from '../theme-runtime/test-support/fixtures.ts';
import { readPresets } from '../theme-runtime/test-support/presets.ts';
import { launchBrowser } from './support/browser.ts';
import { validateInPage } from './support/plotly-validate.ts';
import { RENDER_GROUPS, SAMPLE_DATA } from './support/sample-traces.ts';

// plotly.js itself is the judge: each template is validated with Plotly.validate the way the
// template would be used (support/plotly-validate.ts), then drawn.

const presets = readPresets();

describe('plotlyTemplate, judged by plotly.js', () => {
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.setContent('<!doctype html><html><body><div id="chart" style="width:640px;height:420px"></div></body></html>');
    // The same CSP-safe bundle the editor and the runtime's Graph load.
    await page.addScriptTag({ path: 'node_modules/plotly.js/dist/plotly-strict.min.js' });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('catches a bad template: plotly.py’s own still carries mapbox, which plotly.js 4 dropped', async () => {
    const problems = await validateInPage(page, readFixture('plotly-templates/plotly.json') as PlotlyTemplate);
    expect(problems.some((p) => p.where === 'layout' && /mapbox/.test(p.msg))).toBe(true);
    expect(problems.some((p) => p.where.startsWith('data.scattermapbox'))).toBe(true);
  });

  it('styles every trace type the issue lists', () => {
    const template = plotlyTemplate(presets[0]?.[1] ?? ({} as Theme), 'light');
    expect(Object.keys(template.data).sort()).toEqual([...TEMPLATED_TRACE_TYPES].sort());
    expect(Object.keys(template.data).some((t) => /mapbox/.test(t))).toBe(false);
  });

  it.each(presets.flatMap(([name, theme]) => (['light', 'dark'] as const).map((mode) => [name, mode, theme] as const)))(
    '%s (%s) validates clean: layout, annotation and shape defaults, every trace type',
    async (_name, mode, theme) => {
      expect(await validateInPage(page, plotlyTemplate(theme, mode))).toEqual([]);
    },
  );

  it.each(presets.flatMap(([name, theme]) => (['light', 'dark'] as const).map((mode) => [name, mode, theme] as const)))(
    '%s (%s) draws every trace type without errors',
    async (_name, mode, theme) => {
      const template = plotlyTemplate(theme, mode);
      const drawn = await page.evaluate(
        async ({ template, samples, groups }) => {
          const Plotly = (window as unknown as { Plotly: { newPlot: (el: string, d: unknown[], l: unknown) => Promise<unknown>; purge: (el: string) => void } }).Plotly;
          const counts: number[] = [];
          for (const group of groups) {
            await Plotly.newPlot('chart', group.map((type) => ({ type, ...samples[type] })), { template, title: { text: group.join(' + ') } });
            counts.push(document.querySelectorAll('#chart .main-svg').length);
            Plotly.purge('chart');
          }
          return counts;
        },
        { template, samples: SAMPLE_DATA, groups: RENDER_GROUPS },
      );
      expect(drawn.every((n) => n > 0)).toBe(true);
      expect(consoleErrors).toEqual([]);
    },
  );
});
