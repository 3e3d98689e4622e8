import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTheme, resolveTheme } from '../theme-runtime/index.ts';
import { artifactPath, launchBrowser } from './support/browser.ts';
import { paperColor, renderedTraceColors, rgb } from './support/plotly-dom.ts';

// A fresh app outside the repository installs the exported package the way a person would
// (`npm install ./acme-theme-1.0.0.tgz` plus the peer dependencies), uses it as the
// package README says, and is built with its own Vite and opened in Chromium.

const repo = resolve('.');
const preset = parseTheme(JSON.parse(readFileSync('presets/design-kit.json', 'utf8')));
if (!preset.ok) throw new Error('design-kit preset does not parse');
const light = resolveTheme(preset.theme, 'light');
const dark = resolveTheme(preset.theme, 'dark');

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  return { code: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

describe('the exported package in a fresh app', () => {
  let dir: string;
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dk-consumer-'));
    // The CLI, as `npm run export` runs it.
    execFileSync(process.execPath, [join(repo, 'node_modules/tsx/dist/cli.mjs'), 'scripts/export.ts', 'presets/design-kit.json', '--out', dir, '--name', 'acme-theme', '--version', '1.0.0'], { cwd: repo, stdio: 'pipe' });
    cpSync(join(repo, 'e2e/consumer-app'), dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', './acme-theme-1.0.0.tgz', 'react@19', 'react-dom@19', 'plotly.js@4', 'plotly.js-dist-min@4', 'vite@8', '@vitejs/plugin-react@6', 'typescript@~6.0.3', '@types/react@19', '@types/react-dom@19'], dir);
    if (install.code !== 0) throw new Error(`npm install failed:\n${install.output}`);
    const build = run(join(dir, 'node_modules/.bin/vite'), ['build'], dir);
    if (build.code !== 0) throw new Error(`the consumer's vite build failed:\n${build.output}`);
    const ssr = run(join(dir, 'node_modules/.bin/vite'), ['build', '--ssr', 'src/server.tsx', '--outDir', 'dist-ssr'], dir);
    if (ssr.code !== 0) throw new Error(`the consumer's vite SSR build failed:\n${ssr.output}`);
    server = await preview({ root: dir, configFile: false, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1' } });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
  }, 300_000);

  afterAll(async () => {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const url = (path: string) => `${server.resolvedUrls?.local[0] ?? ''}${path}`;
  const styles = () =>
    page.evaluate(() => {
      const app = getComputedStyle(document.querySelector('[data-testid=app]') as Element);
      const card = getComputedStyle(document.querySelector('[data-testid=card]') as Element);
      // What the app's own CSS gets from var(--dk-accent) and var(--dk-border), as drawn.
      const own = getComputedStyle(document.querySelector('[data-testid=own-css]') as Element);
      return { bg: app.backgroundColor, color: app.color, font: app.fontFamily, radius: card.borderRadius, cardBg: card.backgroundColor, bodyMargin: getComputedStyle(document.body).marginTop, accentVariable: own.color, borderVariable: own.borderBottomColor };
    });
  const chart = () => page.getByRole('figure', { name: 'Sales by quarter' });

  it('installed: the package and the font packages it declares', () => {
    const pkg = JSON.parse(readFileSync(join(dir, 'node_modules/acme-theme/package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };
    expect(pkg.version).toBe('1.0.0');
    for (const font of Object.keys(pkg.dependencies)) expect(existsSync(join(dir, 'node_modules', font, 'package.json')), font).toBe(true);
  });

  it('renders the React page in the theme’s light mode', async () => {
    await page.goto(url('/index.html'));
    await expect.poll(async () => (await renderedTraceColors(chart())).length, { timeout: 20_000 }).toBe(3);
    expect(await styles()).toEqual({
      bg: rgb(light.colors.backgroundPage),
      color: rgb(light.colors.text),
      font: preset.theme.typography.body.family,
      radius: `${preset.theme.shape.radius}px`,
      cardBg: rgb(light.colors.backgroundContent),
      bodyMargin: '0px',
      accentVariable: rgb(light.colors.accent), // the app's own CSS: var(--dk-accent)
      borderVariable: rgb(light.colors.border),
    });
    expect(await renderedTraceColors(chart())).toEqual(light.colorway.slice(0, 3).map(rgb));
    expect(await paperColor(chart())).toBe(rgb(light.colors.backgroundContent));
  });

  it('switches to dark mode in place, chart included, without remounting it', async () => {
    await chart().evaluate((el) => ((el as HTMLElement & { marked?: boolean }).marked = true));
    await page.getByRole('button', { name: 'Toggle dark mode' }).click();
    await expect.poll(() => paperColor(chart())).toBe(rgb(dark.colors.backgroundContent));
    expect(await renderedTraceColors(chart())).toEqual(dark.colorway.slice(0, 3).map(rgb));
    const s = await styles();
    expect([s.bg, s.color, s.cardBg, s.accentVariable, s.borderVariable]).toEqual([rgb(dark.colors.backgroundPage), rgb(dark.colors.text), rgb(dark.colors.backgroundContent), rgb(dark.colors.accent), rgb(dark.colors.border)]);
    expect(await chart().evaluate((el) => (el as HTMLElement & { marked?: boolean }).marked)).toBe(true);
  });

  it('restyles every chart in place on a mode switch: no plotly redraw, and colours the app set stay as set', async () => {
    const pinned = page.getByRole('figure', { name: 'Target and actual' });
    const draws = async () => Number(await page.getByTestId('draws').textContent());
    const plotArea = () => pinned.evaluate((root) => root.querySelector<SVGRectElement>('.bglayer rect.bg')?.style.fill ?? 'none');
    await expect.poll(draws).toBeGreaterThanOrEqual(2); // both charts drawn
    const before = await draws();
    const mode = await paperColor(chart());
    await page.getByRole('button', { name: 'Toggle dark mode' }).click();
    await expect.poll(() => paperColor(chart())).not.toBe(mode);
    const now = mode === rgb(light.colors.backgroundContent) ? dark : light;
    // The app's line keeps the light theme's first series colour; its bars (drawn first, in the layer below) follow the mode.
    await expect.poll(() => renderedTraceColors(pinned)).toEqual([rgb(now.colorway[1] ?? ''), rgb(light.colorway[0] ?? '')]);
    expect(await paperColor(pinned)).toBe(rgb(now.colors.backgroundContent));
    // plotly draws no plot-area rectangle while plot and paper match; the app's plot colour now differs from the paper.
    expect(await plotArea()).toBe(now === dark ? rgb(light.colors.backgroundContent) : 'none');
    await page.waitForTimeout(600); // past the idle sync
    expect(await draws()).toBe(before);
    // What plotly draws later (a hover label, from its own state) has the mode's colours.
    const box = await chart().locator('.point path').first().boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => chart().evaluate((root) => root.querySelector<SVGPathElement>('.hoverlayer .hovertext path')?.style.fill ?? '')).toBe(rgb(now.colors.backgroundContent));
    await page.mouse.move(0, 0);
    await page.getByRole('button', { name: 'Toggle dark mode' }).click();
    await expect.poll(() => paperColor(chart())).toBe(mode);
  });

  it('themes plain plotly.js through applyTheme, no React', async () => {
    await page.goto(url('/plain.html'));
    const plain = page.locator('#chart');
    await expect.poll(async () => (await renderedTraceColors(plain)).length, { timeout: 20_000 }).toBe(2);
    expect(await paperColor(plain)).toBe(rgb(dark.colors.backgroundContent));
    expect(await renderedTraceColors(plain)).toEqual(dark.colorway.slice(0, 2).map(rgb));
  });

  it('typechecks a strict TypeScript consumer and rejects misuse', () => {
    const ok = run(join(dir, 'node_modules/.bin/tsc'), ['-p', '.'], dir);
    expect(ok.output).toBe('');
    expect(ok.code).toBe(0);
    const bad = run(join(dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.misuse.json'], dir);
    expect(bad.code).not.toBe(0);
    expect(bad.output).toMatch(/'"Carousel"' is not assignable/);
    expect(bad.output).toMatch(/'"sepia"' is not assignable/);
  });

  it('loads in plain Node too (JSON templates for scripts and plotly.py)', () => {
    const out = run(process.execPath, ['--input-type=module', '-e', "import { plotlyTemplate, theme } from 'acme-theme'; console.log(theme.name, plotlyTemplate('dark').layout.paper_bgcolor)"], dir);
    expect(out.output.trim()).toBe(`${preset.theme.name} ${dark.colors.backgroundContent}`);
  });

  describe('the components, used as a person would', () => {
    it('follows the system colour scheme when mode is "system"', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(url('/components.html'));
      await expect.poll(() => page.getByTestId('app').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(dark.colors.backgroundPage));
      await page.emulateMedia({ colorScheme: 'light' });
      await expect.poll(() => page.getByTestId('app').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(light.colors.backgroundPage));
    });

    it('moves between tabs with the arrow keys, Home and End, selecting as it goes', async () => {
      const tab = (name: string) => page.getByRole('tab', { name });
      await tab('Table').focus();
      await page.keyboard.press('ArrowRight');
      expect(await tab('Notes').getAttribute('aria-selected')).toBe('true');
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('Figures are provisional.');
      await page.keyboard.press('End');
      expect(await tab('Help').getAttribute('aria-selected')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Help');
      await page.keyboard.press('ArrowRight');
      expect(await tab('Table').getAttribute('aria-selected')).toBe('true');
      expect(await tab('Notes').getAttribute('tabindex')).toBe('-1');
      // The selected tab wears the theme's accent.
      expect(await tab('Table').evaluate((el) => getComputedStyle(el).color)).toBe(rgb(light.colors.accent));
      await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(4);
    });

    it('labels controls for screen readers and colours deltas by sign', async () => {
      expect(await page.getByLabel('Region', { exact: true }).evaluate((el) => el.tagName)).toBe('SELECT');
      expect(await page.getByLabel('Region', { exact: true }).getAttribute('aria-describedby')).toBeTruthy();
      const up = page.getByTestId('kpi-up').locator('[data-trend]');
      const down = page.getByTestId('kpi-down').locator('[data-trend]');
      expect(await up.evaluate((el) => getComputedStyle(el).color)).toBe(rgb(light.colors.accentPositive));
      expect(await down.evaluate((el) => getComputedStyle(el).color)).toBe(rgb(light.colors.accentNegative));
    });

    it('lays blocks side by side on a desktop and stacks them below the phone breakpoint', async () => {
      const tops = () => page.getByTestId('block').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
      expect(new Set(await tops()).size).toBe(1);
      await page.setViewportSize({ width: preset.theme.breakpoints.phone - 40, height: 900 });
      await expect.poll(async () => new Set(await tops()).size).toBe(3);
      await page.setViewportSize({ width: 1000, height: 700 });
    });

    it('puts a card in presentation mode and back, with the button or Escape', async () => {
      const card = page.getByTestId('expandable-card');
      await card.getByRole('button', { name: 'Full screen' }).click();
      await expect.poll(() => card.evaluate((el) => { const r = el.getBoundingClientRect(); return [r.width, r.height]; })).toEqual([1000, 700]);
      await page.keyboard.press('Escape');
      await expect.poll(() => card.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThan(1000);
      expect(await card.getByRole('button', { name: 'Full screen' }).getAttribute('aria-pressed')).toBe('false');
    });

    it('redraws a chart to its container’s new width, and shows a chart full screen', async () => {
      const graph = page.getByRole('figure', { name: 'Resizable' });
      const svgWidth = () => graph.evaluate((el) => Number(el.querySelector('svg.main-svg')?.getAttribute('width')));
      await expect.poll(svgWidth, { timeout: 20_000 }).toBe(600);
      await page.getByTestId('graph-box').evaluate((el) => ((el as HTMLElement).style.width = '420px'));
      await expect.poll(svgWidth).toBe(420);
      await page.getByTestId('graph-box').getByRole('button', { name: 'Full screen' }).click();
      await expect.poll(svgWidth).toBe(1000);
      await page.keyboard.press('Escape');
      await expect.poll(svgWidth).toBe(420);
    });

    it('prints the report as A4 pages, one per Page, numbered by the print layout, no blank last page', async () => {
      await page.goto(url('/report.html'));
      await expect.poll(() => page.locator('.dk-Page').count()).toBe(3);
      // On screen: pages on a desk, each numbered.
      expect(await page.locator('.dk-Page__pageNumber').first().evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"Page " counter(dk-page)');
      const file = join(dir, 'report-light.pdf');
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const info = execFileSync('pdfinfo', [file]).toString();
      // Three Pages, three sheets: a break before each page after the first, none after the last.
      expect(info).toMatch(/^Pages:\s+3$/m);
      // A4 is 210 × 297 mm = 595.3 × 841.9 pt.
      expect(info).toMatch(/Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)/);
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
      for (const n of [1, 2, 3]) expect(text).toContain(`Page ${n} of 3`);
    });

    it('prints a dark-mode report on light paper, its chart included, and shows it dark again after', async () => {
      await page.goto(url('/report.html?mode=dark'));
      const chart = page.getByRole('figure', { name: 'Revenue by region' });
      await expect.poll(() => chart.locator('.main-svg').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await expect.poll(() => page.getByRole('figure', { name: 'Activity' }).locator('image').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(await paperColor(chart)).toBe(rgb(dark.colors.backgroundContent));
      // The heatmap's image in print: the browser lays the page out for print once beforeprint's
      // handlers and the microtasks they queue are done, so that is all it may take to redraw.
      const image = await page.evaluate(async () => {
        window.dispatchEvent(new Event('beforeprint'));
        for (let i = 0; i < 50; i++) await Promise.resolve();
        const svgImage = document.querySelector('[aria-label="Activity"] image');
        const picture = new Image();
        picture.src = svgImage?.getAttribute('href') ?? '';
        await picture.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [picture.width, picture.height];
        const context = canvas.getContext('2d');
        context?.drawImage(picture, 0, 0);
        const sum = (x: number, y: number) => [...(context?.getImageData(x, y, 1, 1).data ?? [])].slice(0, 3).reduce((a, b) => a + b, 0);
        window.dispatchEvent(new Event('afterprint'));
        // Bottom left is the lowest value, top right the highest.
        return { low: sum(0, picture.height - 1), high: sum(picture.width - 1, 0) };
      });
      // On light paper the scale runs from pale (low) to deep (high); the dark mode's is the reverse.
      expect(image.low).toBeGreaterThan(image.high);
      const file = join(dir, 'report-dark.pdf');
      // Backgrounds printed, as a person who ticks "Background graphics" gets them.
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      writeFileSync(artifactPath('consumer-report-dark-mode.pdf'), readFileSync(file));
      expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/^Pages:\s+3$/m);
      // Page 1 holds the KPI, the bar chart and a heatmap: light paper means no dark paint on
      // it (a chart left dark, or a heatmap image left in the dark scale, would cover a good
      // part of the sheet), and no band of page colour at its foot.
      const pgm = execFileSync('pdftoppm', ['-r', '30', '-gray', '-f', '1', '-l', '1', file]);
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
      const pixels = pgm.subarray(header?.[0].length ?? 0);
      const darkShare = [...pixels].filter((p) => p < 80).length / pixels.length;
      expect(darkShare).toBeLessThan(0.03);
      expect(pixels.at(-10)).toBeGreaterThan(245);
      // The print over, the chart is dark again.
      await expect.poll(() => paperColor(chart)).toBe(rgb(dark.colors.backgroundContent));
    });
  });

  it('keeps rendering with the package’s own theme when an app passes a broken theme, with one warning', async () => {
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(url('/broken.html'));
    await expect.poll(() => page.getByRole('figure', { name: 'Broken theme chart' }).locator('.main-svg').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: 'Still here' }).count()).toBe(1);
    expect(await page.getByTestId('card').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    const ours = warnings.filter((w) => w.startsWith('Design Kit: the theme given to ThemeProvider is not valid'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toContain(`rendering with “${preset.theme.name}” instead`);
  });

  describe('as a React + Plotly developer adopts it', () => {
    const requests: string[] = [];
    const rgbOf = (selector: string, property: string) => page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

    it('draws with the app’s own plotly.js bundle and never loads the default one', async () => {
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(url('/adopt.html'));
      const chart = page.getByRole('figure', { name: 'Orders by region' });
      await expect.poll(() => chart.locator('.main-svg').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(requests.filter((r) => /plotly-strict/.test(r))).toEqual([]);
      expect(readFileSync(join(dir, 'node_modules/acme-theme/react-core.js'), 'utf8')).not.toMatch(/plotly\.js/);
    });

    it('hands plotly’s click events to onClick, and refs to the plot element and the card', async () => {
      await expect.poll(() => page.getByTestId('drawn-by').textContent()).toBe('ref card');
      const bar = page.getByRole('figure', { name: 'Orders by region' }).locator('.point path').nth(1);
      const box = await bar.boundingBox();
      if (!box) throw new Error('no bar drawn');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => page.getByTestId('clicked').textContent()).toBe('South');
    });

    it('wraps series names too long for a narrow chart in its legend, and hands events the names the app gave', async () => {
      const chart = page.getByRole('figure', { name: 'Plans by quarter' });
      const entry = chart.locator('.legend .traces').first();
      await expect.poll(() => entry.locator('tspan.line').count(), { timeout: 10_000 }).toBeGreaterThan(1);
      const fits = () => chart.evaluate((el) => {
        const svg = el.querySelector('svg.main-svg')?.getBoundingClientRect();
        const legend = el.querySelector('.legend .bg')?.getBoundingClientRect();
        return svg !== undefined && legend !== undefined && legend.right <= svg.right + 0.5;
      });
      await expect.poll(fits).toBe(true);
      await entry.locator('.legendtoggle').click();
      await expect.poll(() => page.getByTestId('series').textContent()).toBe('legend: Enterprise subscriptions in North America and Western Europe');
      const point = await chart.locator('.scatterlayer .trace').nth(1).locator('.point').nth(1).boundingBox();
      if (!point) throw new Error('no point drawn');
      await page.mouse.click(point.x + point.width / 2, point.y + point.height / 2);
      await expect.poll(() => page.getByTestId('series').textContent()).toBe('click: Self-serve annual plans bought through the partner marketplace');
    });

    it('lets the app’s own class and inline style win over the theme', async () => {
      expect(await rgbOf('[data-testid=class-card]', 'background-color')).toBe('rgb(255, 0, 0)');
      expect(await rgbOf('[data-testid=class-card]', 'border-top-left-radius')).toBe('0px');
      expect(await rgbOf('[data-testid=inline-card]', 'background-color')).toBe('rgb(0, 0, 255)');
      // The other cards keep the theme's look.
      expect(await rgbOf('[data-testid=ref-card]', 'background-color')).toBe(rgb(light.colors.backgroundContent));
    });

    it('themes with createTheme’s override, and switches mode through useMode', async () => {
      expect(await rgbOf('[data-testid=mode]', 'background-color')).toBe('rgb(179, 38, 30)');
      expect(await rgbOf('[data-testid=check-item] input', 'color-scheme')).toBe('light');
      await page.getByTestId('mode').click();
      await expect.poll(() => page.getByTestId('mode').textContent()).toBe('dark');
      await page.mouse.move(0, 0); // off the button: its hover colour is another
      await expect.poll(() => rgbOf('[data-testid=app]', 'background-color')).toBe(rgb(dark.colors.backgroundPage));
      expect(await rgbOf('[data-testid=mode]', 'background-color')).toBe('rgb(255, 180, 171)');
      // Native controls follow: dark checkboxes and sliders in the theme's accent.
      expect(await rgbOf('[data-testid=check-item] input', 'color-scheme')).toBe('dark');
      expect(await rgbOf('[data-testid=check-item] input', 'accent-color')).toBe('rgb(255, 180, 171)');
    });

    it('lays a checkbox before its label on one line, and a slider across the item', async () => {
      const item = page.getByTestId('check-item');
      const check = await item.locator('input').boundingBox();
      const label = await item.locator('label').boundingBox();
      if (!check || !label) throw new Error('no checkbox item');
      expect(check.x + check.width).toBeLessThanOrEqual(label.x);
      expect(Math.abs(check.y + check.height / 2 - (label.y + label.height / 2))).toBeLessThan(4);
      const range = page.getByTestId('range-item');
      const [slider, whole] = await Promise.all([range.locator('input').boundingBox(), range.boundingBox()]);
      expect(slider?.width).toBeCloseTo(whole?.width ?? 0, 0);
      await page.screenshot({ path: join(repo, 'e2e/artifacts/consumer-adopt-dark.png'), fullPage: true });
    });
  });

  describe('rendered on the server', () => {
    it('renders with renderToString in plain Node, stylesheet included, no fonts needed', () => {
      const script = "import { createElement as h } from 'react'; import { renderToString } from 'react-dom/server'; import { ThemeProvider, App, Title } from 'acme-theme/react'; console.log(renderToString(h(ThemeProvider, { mode: 'dark' }, h(App, null, h(Title, null, 'Hi')))))";
      const out = run(process.execPath, ['--input-type=module', '-e', script], dir);
      expect(out.code, out.output).toBe(0);
      expect(out.output).toContain('@layer design-kit');
      expect(out.output).toContain('<h1 class="dk-Title">Hi</h1>');
    });

    it('paints the Vite SSR page in the theme before any script runs', async () => {
      const out = run(process.execPath, ['--input-type=module', '-e', "import('./dist-ssr/server.js').then((m) => console.log(m.render('dark')))"], dir);
      expect(out.code, out.output).toBe(0);
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 600 } });
      const ssrPage = await context.newPage();
      await ssrPage.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body>${out.output}</body></html>`);
      const style = (testid: string, property: string) => ssrPage.getByTestId(testid).evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
      expect(await style('app', 'background-color')).toBe(rgb(dark.colors.backgroundPage));
      expect(await style('card', 'background-color')).toBe(rgb(dark.colors.backgroundContent));
      expect(await ssrPage.locator('select').evaluate((el) => getComputedStyle(el).colorScheme)).toBe('dark');
      // The chart's place is held in the theme's colours until plotly.js arrives.
      expect(await ssrPage.getByText('Loading chart…').count()).toBe(1);
      await ssrPage.screenshot({ path: join(repo, 'e2e/artifacts/consumer-ssr-dark.png') });
      await context.close();
    });
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
