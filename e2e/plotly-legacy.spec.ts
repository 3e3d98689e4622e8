import { spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyPlotlyTemplate } from '../theme-runtime/index.ts';
import { MODES } from '../theme-runtime/model/roles.ts';
import { readPresets } from '../theme-runtime/test-support/presets.ts';
import { artifactPath, launchBrowser } from './support/browser.ts';
import { drawAlone, figure, POSITIONS, problems, WIDTHS } from './support/legend-figures.ts';
import { validateInPage } from './support/plotly-validate.ts';

// The legacy templates in the plotly.js that old plotly.py draws with: the bundle Debian's
// plotly.py 5.4 ships (plotly.js 2.6.3), read through plotly.py's own API, so this is what a
// Dash app on that version shows. .ci/run installs python3-plotly; the unit test loads the
// same templates strictly in its Python validators.

const PYTHON = process.env['PYTHON_WITH_PLOTLY'] ?? '/usr/bin/python3';
const presets = readPresets();

function bundledPlotlyJs(): string {
  const run = spawnSync(PYTHON, ['-c', 'import sys, plotly.offline; sys.stdout.write(plotly.offline.get_plotlyjs())'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`plotly.py's plotly.js: ${run.stderr || String(run.error)}`);
  return run.stdout;
}

describe('legacy templates in the plotly.js that plotly.py 5.4 bundles', () => {
  let browser: Browser;
  let page: Page;
  let version = '';

  beforeAll(async () => {
    const source = bundledPlotlyJs();
    version = /plotly\.js v(\d+\.\d+\.\d+)/.exec(source.slice(0, 200))?.[1] ?? '';
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.setContent('<!doctype html><html><body style="margin:0"><div id="chart"></div></body></html>');
    await page.addScriptTag({ content: source });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('is a plotly.js older than the properties the current template needs', () => {
    expect(version).toMatch(/^2\.(\d|[12]\d|3[0-3])\./);
  });

  it.each(presets.flatMap(([name, theme]) => MODES.map((mode) => [name, mode, theme] as const)))('%s (%s) validates clean there', async (_name, mode, theme) => {
    expect(await validateInPage(page, legacyPlotlyTemplate(theme, mode))).toEqual([]);
  });

  for (const [name, preset] of presets) {
    it(`${name}: every legend position fits at 360, 640 and 1000 px, titled or not, and no title meets the plot`, async () => {
      const failures: string[] = [];
      for (const mode of MODES) {
        for (const position of POSITIONS) {
          const template = legacyPlotlyTemplate({ ...preset, chart: { ...preset.chart, legendPosition: position } }, mode);
          // The title's fixed band is the one blank space allowed: this plotly.js cannot size it.
          const band = (template.layout['margin'] as { t: number }).t;
          for (const width of WIDTHS) {
            for (const n of [1, 4, 12]) {
              for (const title of ['', 'Revenue by region (k$)']) {
                const g = await drawAlone(page, figure(n, title), template, width);
                if (name === 'design-kit' && mode === 'light' && position === 'top' && width === 640 && n === 4 && title) await page.screenshot({ path: artifactPath('legacy-top-640.png') });
                // As with the current template: below ~640 px plotly squeezes a right legend and the plot together.
                const squeezed = position !== 'hidden' && width < 640 && n > 1;
                const found = problems(g, position !== 'hidden' && n > 1, band).filter((p) => !(squeezed && p === 'legend over the plot area'));
                for (const p of found) failures.push(`${mode} legend ${position}, ${width} px, ${n} series${title ? ', titled' : ''}: ${p}`);
              }
            }
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
