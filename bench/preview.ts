// npm run bench:preview — how fast the editor's preview follows a colour drag.
// In headless Chromium, on the production build, dashboard with eight charts:
//  • a 60-step drag in the picker of "Colorway colour 1" (which every categorical chart
//    uses) and of "Background", each step timed from the pointer event to the animation
//    frame in which every chart shows the new colour;
//  • baseline, same run: the naive way, Plotly.newPlot of every chart for every step;
//  • cold load of a fresh page: controls usable, all charts drawn;
//  • the same drags on a heavy theme (reliability issue): a 20-colour colorway and every
//    optional field set, opened from a share link.
// Targets (editor issue): p95 ≤ 33 ms and ≥ 5× faster than the baseline; controls ≤ 1.5 s,
// charts ≤ 3 s. Last line: one JSON object with the figures.
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_PATH } from '../e2e/support/browser.ts';
import { shareFragment } from '../editor/store/share-link.ts';
import { DEFAULT_THEME, suggestColorway, type Theme } from '../theme-runtime/index.ts';

const STEPS = 60;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};
const round = (n: number) => Math.round(n * 10) / 10;

/** Drags in the picker of `label`, timing each step until every chart shows the colour. */
async function drag(page: Page, label: string, path: string, check: 'series' | 'paper'): Promise<number[]> {
  await page.getByRole('button', { name: `${label} swatch`, exact: true }).click();
  const area = page.getByRole('slider', { name: `${label}: saturation and brightness`, exact: true });
  await area.waitFor();
  const times = await area.evaluate(
    async (el, { steps, path, check }) => {
      const box = el.getBoundingClientRect();
      const field = document.querySelector<HTMLInputElement>(`input[data-path="${path}"]`);
      const charts = [...document.querySelectorAll<HTMLElement>('.js-plotly-plot')];
      const rgb = (hex: string) => {
        const n = Number.parseInt(hex.slice(1, 7), 16);
        return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
      };
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      // A chart shows a series colour when some mark is filled or stroked with it; paper when its SVG background is.
      const shows = (chart: HTMLElement, color: string) =>
        check === 'paper'
          ? chart.querySelector<SVGSVGElement>('svg.main-svg')?.style.background === color
          : [...chart.querySelectorAll<SVGElement>('.trace path, .slice path, .point path')].some((p) => p.style.fill === color || p.style.stroke === color);
      const categorical = charts.filter((c) => !c.querySelector('.hm, .heatmaplayer image, .heatmaplayer .hm'));
      const targets = check === 'paper' ? charts : categorical;
      const fire = (type: string, x: number, y: number) =>
        el.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, isPrimary: true, clientX: box.left + x * box.width, clientY: box.top + y * box.height }));
      fire('pointerdown', 0.9, 0.1);
      await frame();
      const out: number[] = [];
      for (let i = 1; i <= steps; i++) {
        const started = performance.now();
        fire('pointermove', 0.9 - (i / steps) * 0.6, 0.1 + (i / steps) * 0.3);
        // A step the charts never show is left out (and counted as not seen), not waited on for ever.
        for (let waited = 0; waited < 120; waited++) {
          const now = await frame();
          const expected = field?.value === undefined ? '' : rgb(field.value);
          if (targets.every((c) => shows(c, expected))) {
            out.push(now - started);
            break;
          }
        }
      }
      fire('pointerup', 0.3, 0.4);
      return out;
    },
    { steps: STEPS, path, check },
  );
  await page.keyboard.press('Escape');
  return times;
}

/** The naive way, for comparison: every step, Plotly.newPlot of all eight charts. */
async function naive(page: Page): Promise<number[]> {
  await page.addScriptTag({ path: 'node_modules/plotly.js/dist/plotly-strict.min.js' });
  return page.evaluate(async (steps) => {
    const Plotly = (window as unknown as { Plotly: { newPlot: (el: HTMLElement, d: unknown, l: unknown, c?: unknown) => Promise<unknown> } }).Plotly;
    type Gd = HTMLElement & { data: unknown[]; layout: { template: { layout: { colorway: string[] } } } };
    const sources = [...document.querySelectorAll<Gd>('.js-plotly-plot')];
    const stage = document.createElement('div');
    stage.style.cssText = 'position:fixed;left:0;top:0;width:1200px;display:grid;grid-template-columns:1fr 1fr;z-index:-1';
    document.body.append(stage);
    const divs = sources.map((gd) => {
      const div = document.createElement('div');
      div.style.height = '280px';
      stage.append(div);
      return { div, data: structuredClone(gd.data), layout: structuredClone(gd.layout) };
    });
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const out: number[] = [];
    for (let i = 0; i < steps; i++) {
      const started = performance.now();
      const color = `hsl(${(i * 6) % 360} 70% 45%)`;
      for (const { div, data, layout } of divs) {
        layout.template.layout.colorway[0] = color;
        await Plotly.newPlot(div, data, layout, { displayModeBar: false });
      }
      out.push((await frame()) - started);
    }
    stage.remove();
    return out;
  }, STEPS);
}

const CATEGORY10 = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];
const TOL_MUTED = ['#cc6677', '#332288', '#ddcc77', '#117733', '#88ccee', '#882255', '#44aa99', '#999933', '#aa4499'];

/** A 20-colour colorway, long scales, every optional field and component choice set. */
function heavyTheme(): Theme {
  const accent = DEFAULT_THEME.colors.light.accent;
  return {
    ...DEFAULT_THEME,
    name: 'Heavy — every field set',
    description: 'A stress theme: twenty series, long scales, every choice made.',
    // suggestColorway stops where colours stop being distinguishable (16 here); the stress
    // case wants the schema's maximum, so it adds D3's category10 and Tol's muted scheme.
    colorway: ['{accent}', ...[...suggestColorway(accent, { count: 20 }).slice(1), ...CATEGORY10, ...TOL_MUTED].slice(0, 19)],
    scales: {
      sequential: ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'],
      diverging: ['#67001f', '#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#f7f7f7', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac', '#053061'],
    },
    chart: { ...DEFAULT_THEME.chart, symbols: ['circle', 'square', 'diamond', 'triangle-up', 'triangle-down', 'cross', 'x', 'star', 'hexagon', 'pentagon'], dashes: ['solid', 'dash', 'dot', 'dashdot', 'longdash', 'longdashdot'] },
    components: { card: { accentEdge: 'left' }, button: { variant: 'outline' }, header: { style: 'accent' }, controls: { style: 'filled' }, table: { density: 'compact', striped: true }, tag: { shape: 'rounded', variant: 'solid' } },
  };
}

/** Opens the editor at `url` and runs both drags. */
async function drags(page: Page, url: string): Promise<{ series: number[]; paper: number[] }> {
  await page.goto(url);
  await page.locator('input[data-path="/colors/light/accent"]').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= 8, undefined, { timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
  // The colorway list has the text field each step is checked against (the strip has none).
  await page.getByRole('button', { name: 'Edit as list' }).click();
  const series = await drag(page, 'Colorway colour 1', '/colorway/0', 'series');
  const paper = await drag(page, 'Background', '/colors/light/backgroundContent', 'paper');
  return { series, paper };
}

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] ?? '';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
try {
  // Cold load: a fresh context, nothing cached.
  // bypassCSP: the baseline injects plotly.js as a script tag, which the editor's policy (rightly) forbids.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  // tsx (esbuild with keepNames) wraps named functions in __name(); the page needs it too.
  await context.addInitScript('window.__name = (f) => f');
  const started = Date.now();
  await page.goto(url);
  await page.locator('input[data-path="/colors/light/accent"]').waitFor();
  const loadControls = Date.now() - started;
  await page.waitForFunction(() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= 8, undefined, { timeout: 30_000 });
  const loadCharts = Date.now() - started;
  await page.evaluate(() => document.fonts.ready);
  await page.getByRole('button', { name: 'Edit as list' }).click();

  const series = await drag(page, 'Colorway colour 1', '/colorway/0', 'series');
  const paper = await drag(page, 'Background', '/colors/light/backgroundContent', 'paper');
  const baseline = await naive(page);
  const heavyPage = await context.newPage();
  const sharedHeavy = () => {
    const link = shareFragment(heavyTheme());
    if (!link.ok) throw new Error(link.message);
    return link.fragment;
  };
  const heavy = await drags(heavyPage, `${url}${sharedHeavy()}`);
  const heavyColorway = await heavyPage.getByRole('button', { name: /^Colorway colour \d+ swatch$/ }).count();
  const heavyAll = [...heavy.series, ...heavy.paper];
  const all = [...series, ...paper];
  const p50 = quantile(all, 0.5);
  const p95 = quantile(all, 0.95);
  const baseP95 = quantile(baseline, 0.95);
  console.log(`colorway colour 1 drag (${series.length}/${STEPS} steps seen): p50 ${round(quantile(series, 0.5))} ms, p95 ${round(quantile(series, 0.95))} ms`);
  console.log(`background drag (${paper.length}/${STEPS} steps seen):        p50 ${round(quantile(paper, 0.5))} ms, p95 ${round(quantile(paper, 0.95))} ms`);
  console.log(`both drags:                                   p50 ${round(p50)} ms, p95 ${round(p95)} ms  (target p95 ≤ 33 ms)`);
  console.log(`baseline, Plotly.newPlot of 8 charts per step: p50 ${round(quantile(baseline, 0.5))} ms, p95 ${round(baseP95)} ms → ${round(baseP95 / p95)}× (target ≥ 5×)`);
  console.log(`heavy theme (${heavyColorway}-colour colorway, every field set): p50 ${round(quantile(heavyAll, 0.5))} ms, p95 ${round(quantile(heavyAll, 0.95))} ms  (target p95 ≤ 33 ms)`);
  console.log(`cold load: controls usable ${loadControls} ms (target ≤ 1500), all charts drawn ${loadCharts} ms (target ≤ 3000)`);
  console.log(JSON.stringify({ p50_ms: round(p50), p95_ms: round(p95), baseline_p95_ms: round(baseP95), ratio: round(baseP95 / p95), load_controls_ms: loadControls, load_charts_ms: loadCharts, heavy_colorway: heavyColorway, heavy_p95_ms: round(quantile(heavyAll, 0.95)) }));
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
