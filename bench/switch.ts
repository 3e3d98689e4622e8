// npm run bench:switch — how fast an app's charts follow a light ↔ dark switch.
// In headless Chromium, on a production build of bench/switch-app: a dashboard of 6, 12, 24
// and 48 charts (the preview's eight kinds in turn: lines, bars, scatter, pie, heatmap, box,
// histogram, area) in the runtime's Card and Graph under ThemeProvider, switched by a click
// on a button. Each switch is timed from the click to the first animation frame in which
// every chart shows the new mode's paper, and to the frame in which the heatmaps' images are
// drawn again too (plotly draws those just after the frame that shows the rest). Baseline, same run, same page and charts: a
// `useEffect` that calls `Plotly.react` with the other mode's template, what a developer
// writes without Design Kit. Targets (restyle issue): 24 charts ≤ 50 ms median, p95 ≤ 80 ms,
// ≥ 10× the baseline. Last line: one JSON object with the figures.
import react from '@vitejs/plugin-react';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_PATH } from '../e2e/support/browser.ts';
import { DEFAULT_THEME } from '../theme-runtime/model/defaults.ts';
import { resolveTheme } from '../theme-runtime/model/resolve.ts';

const SIZES = [6, 12, 24, 48];
const SWITCHES = 14;
/** `--without heatmap`: a dashboard without one kind of chart (what does each kind cost?). */
const WITHOUT = process.argv.includes('--without') ? process.argv[process.argv.indexOf('--without') + 1] : undefined;
const SIZES_RUN = process.argv.includes('--quick') ? [24] : SIZES; // measured, after two to warm up
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};
const round = (n: number) => Math.round(n * 10) / 10;
const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};
const PAPER = { light: rgb(resolveTheme(DEFAULT_THEME, 'light').colors.backgroundContent), dark: rgb(resolveTheme(DEFAULT_THEME, 'dark').colors.backgroundContent) };

/**
 * Times `SWITCHES` switches on an open page, in ms from the click to the frame that shows them
 * all (`shown`), and to the frame in which every colour-scale image (a heatmap's) is drawn
 * again too (`complete`).
 */
async function switches(page: Page, charts: number): Promise<{ shown: number[]; complete: number[] }> {
  await page.waitForFunction((n) => document.querySelectorAll('.js-plotly-plot .main-svg').length >= n, charts, { timeout: 120_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
  return page.evaluate(
    async ({ total, paper }) => {
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const button = document.getElementById('toggle') as HTMLButtonElement;
      const charts = [...document.querySelectorAll<HTMLElement>('.js-plotly-plot')];
      const shows = (color: string) => charts.every((c) => c.querySelector<SVGSVGElement>('svg.main-svg')?.style.background === color);
      const images = () => [...document.querySelectorAll('.heatmaplayer image')].map((i) => i.getAttribute('href') ?? '');
      const out: number[] = [];
      const complete: number[] = [];
      let dark = false;
      for (let i = 0; i < total + 2; i++) {
        await new Promise((resolve) => setTimeout(resolve, 300)); // let the last switch's idle work finish
        await frame();
        dark = !dark;
        const target = dark ? paper.dark : paper.light;
        const before = images();
        const started = performance.now();
        button.click();
        let now = await frame();
        for (let waited = 0; waited < 600 && !shows(target); waited++) now = await frame();
        if (i >= 2) out.push(now - started);
        for (let waited = 0; waited < 600 && images().some((href, k) => href === before[k]); waited++) now = await frame();
        if (i >= 2) complete.push(now - started);
      }
      return { shown: out, complete };
    },
    { total: SWITCHES, paper: PAPER },
  );
}

const root = new URL('./switch-app/', import.meta.url).pathname;
const outDir = new URL('../node_modules/.cache/bench-switch/', import.meta.url).pathname;
await build({ root, plugins: [react()], logLevel: 'warn', build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 6000 } });
const server = await preview({ root, build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] ?? '';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
// tsx (esbuild with keepNames) wraps named functions in __name(); the page needs it too.
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
await context.addInitScript('window.__name = (f) => f');
const rows: { charts: number; kit: number[]; naive: number[]; complete: number[] }[] = [];
try {
  for (const charts of SIZES_RUN) {
    const row = { charts, kit: [] as number[], naive: [] as number[], complete: [] as number[] };
    for (const kind of ['kit', 'naive'] as const) {
      const page = await context.newPage();
      await page.goto(`${url}?charts=${charts}&kind=${kind}${WITHOUT === undefined ? '' : `&without=${WITHOUT}`}`);
      const { shown, complete } = await switches(page, charts);
      row[kind] = shown;
      if (kind === 'kit') row.complete = complete;
      await page.close();
    }
    rows.push(row);
    const [k, n] = [quantile(row.kit, 0.5), quantile(row.naive, 0.5)];
    console.log(`${String(charts).padStart(2)} charts: Graph p50 ${round(k)} ms, p95 ${round(quantile(row.kit, 0.95))} ms (heatmap images redrawn too: p50 ${round(quantile(row.complete, 0.5))} ms) | naive Plotly.react p50 ${round(n)} ms, p95 ${round(quantile(row.naive, 0.95))} ms | ${round(n / k)}×`);
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (r: (typeof rows)[number], kind: 'kit' | 'naive') => quantile(r[kind], 0.5);
const first = rows[0];
const last = rows[rows.length - 1];
const perChart = (kind: 'kit' | 'naive') => (first && last ? (median(last, kind) - median(first, kind)) / (last.charts - first.charts) : Number.NaN);
const at24 = rows.find((r) => r.charts === 24);
console.log(`cost per added chart: Graph ${round(perChart('kit'))} ms, naive ${round(perChart('naive'))} ms`);
if (at24) console.log(`24 charts: p50 ${round(median(at24, 'kit'))} ms (target ≤ 50), p95 ${round(quantile(at24.kit, 0.95))} ms (target ≤ 80), ${round(median(at24, 'naive') / median(at24, 'kit'))}× the naive switch (target ≥ 10×)`);
console.log(
  JSON.stringify({
    ...Object.fromEntries(
      rows.flatMap((r) => [
        [`p50_ms_${r.charts}`, round(median(r, 'kit'))],
        [`p95_ms_${r.charts}`, round(quantile(r.kit, 0.95))],
        [`complete_p50_ms_${r.charts}`, round(quantile(r.complete, 0.5))],
        [`naive_p50_ms_${r.charts}`, round(median(r, 'naive'))],
      ]),
    ),
    ratio_24: at24 ? round(median(at24, 'naive') / median(at24, 'kit')) : null,
    per_chart_ms: round(perChart('kit')),
    naive_per_chart_ms: round(perChart('naive')),
  }),
);
