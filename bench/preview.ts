// npm run bench:preview — does the editor's preview keep up with a colour drag, frame by frame?
// In headless Chromium, on the production build, dashboard of eight charts:
//  • continuous drags in the colour picker — one pointer move per animation frame, never
//    waiting for the charts — of every colour role and of the first three colorway slots,
//    in light and dark mode, on the default theme and on a heavy one (20 series, every
//    optional field set, opened from a share link);
//  • every frame, before the next move: does each chart show the colour its swatch shows
//    (paper, plot area, grid, axis lines, tick labels, legend text, the first three series)?
//    A frame where some chart does not is a frame behind (the first frame is not counted);
//  • per-frame latency: from the pointer event (each sent at the start of a frame, the press
//    included) until the main thread is free again (React's render, the commit, every
//    chart's restyle and the frame's style, layout and paint);
//  • the share of the drag's frames that come one display frame after the last (60 fps);
//  • the idle catch-up of plotly's state after a drag (User Timing entries the charts leave);
//  • React components rendered per drag step; the cold load (controls usable, charts drawn);
//  • baselines in the same run: the Background, Text and first-series drags again, each
//    step redrawing every chart with the new template — with Plotly.react (what a
//    developer would write) and with Plotly.newPlot.
// Targets (restyle issue): 0 frames behind for every role, p95 ≤ 16.7 ms, ≥ 10× faster than
// Plotly.react. Last line: one JSON object with the figures.
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_PATH } from '../e2e/support/browser.ts';
import { ROLE_LABELS } from '../editor/panels/role-labels.ts';
import { shareFragment } from '../editor/store/share-link.ts';
import { COLOR_ROLES } from '../theme-runtime/index.ts';
import { SYNC_MEASURE } from '../theme-runtime/react/restyle/timing.ts';
import { installChartSwatches, type ChartSwatches } from '../e2e/support/chart-swatches.ts';
import { previewChartsDrawn } from '../e2e/support/charts-drawn.ts';
import { installFrameClock, type FrameClock } from './frame-clock.ts';
import { heavyTheme } from './heavy-theme.ts';
import { countRenders, rendersSince } from './render-count.ts';

const FRAMES = 24;
const BASELINE_FRAMES = 8;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
        };
const round = (n: number) => Math.round(n * 10) / 10;
/** The share of a drag's frames that came one display frame (16.7 ms) after the one before, not two or more: what the person sees move smoothly. */
const onTime = (intervals: number[]) => Math.round((100 * intervals.filter((ms) => ms < 25).length) / Math.max(1, intervals.length));

interface DragResult {
  latency: number[];
  /** Per frame after the first: what some chart showed that its swatch did not. */
  behind: string[][];
  /** Between the animation frames of the drag: 16.7 ms when each step fits in a frame. */
  intervals: number[];
  renders: number;
}

/** One continuous drag in the picker of `label`: a pointer move every animation frame. */
async function drag(page: Page, label: string, mode: 'light' | 'dark'): Promise<DragResult> {
  await page.getByRole('button', { name: `${label} swatch`, exact: true }).click();
  const area = page.getByRole('slider', { name: `${label}: saturation and brightness`, exact: true });
  await area.waitFor();
  const before = await rendersSince(page, 0);
  const result = await area.evaluate(
    async (el, { frames, mode }) => {
      const sample = () => (window as unknown as ChartSwatches).chartDisagreements(mode);
      const box = el.getBoundingClientRect();
      const { frame, idle } = (window as unknown as FrameClock).frameClock;
      const fire = (type: string, t: number) =>
        el.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, isPrimary: true, clientX: box.left + (0.85 - 0.6 * t) * box.width, clientY: box.top + (0.15 + 0.5 * t) * box.height }));
      // The press is a step like each move: sent at the start of a frame and timed until the
      // main thread is free. (Sent between frames, its work would be paid in the first
      // move's frame: two steps timed as one.)
      await frame();
      const latency: number[] = [];
      const behind: string[][] = [];
      const intervals: number[] = [];
      const pressed = performance.now();
      fire('pointerdown', 0);
      latency.push((await idle()) - pressed);
      let last = await frame();
      for (let i = 1; i <= frames; i++) {
        if (i > 2) behind.push(sample()); // what the frame after move i − 1 shows
        const started = performance.now();
        fire('pointermove', i / frames);
        latency.push((await idle()) - started);
        const next = await frame();
        intervals.push(next - last);
        last = next;
      }
      behind.push(sample());
      fire('pointerup', 1);
      return { latency, behind, intervals };
    },
    { frames: FRAMES, mode },
  );
  const renders = (await rendersSince(page, 0)) - before;
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Undo' }).click();
  return { ...result, renders: renders / FRAMES };
}

/** The same kind of drag redrawing every chart with the new template each frame: `react` or `newPlot`. */
async function baseline(page: Page, slot: 'paper' | 'text' | 'series', how: 'react' | 'newPlot'): Promise<number[]> {
  return page.evaluate(
    async ({ frames, slot, how }) => {
      type Plotly = Record<'react' | 'newPlot', (el: HTMLElement, d: unknown, l: unknown, c?: unknown) => Promise<unknown>>;
      const plotly = (window as unknown as { Plotly: Plotly }).Plotly;
      type Gd = HTMLElement & { data: unknown[]; layout: { template: { layout: Record<string, unknown> } } };
      const sources = [...document.querySelectorAll<Gd>('#preview .js-plotly-plot')];
      // Copies beside the preview, the same size, so the editor's own charts are left alone.
      const stage = document.createElement('div');
      stage.style.cssText = 'position:fixed;left:0;top:0;width:1000px;display:grid;grid-template-columns:1fr 1fr;z-index:-1';
      document.body.append(stage);
      const copies = sources.map((gd) => {
        const div = document.createElement('div');
        div.style.height = '280px';
        stage.append(div);
        return { div, data: structuredClone(gd.data), layout: gd.layout };
      });
      for (const c of copies) await plotly.newPlot(c.div, c.data, c.layout, { displaylogo: false });
      const { frame, idle } = (window as unknown as FrameClock).frameClock;
      const out: number[] = [];
      for (let i = 0; i < frames; i++) {
        const color = `hsl(${(i * 13) % 360} 60% ${slot === 'paper' ? 90 : 35}%)`;
        const started = performance.now();
        for (const c of copies) {
          // What a developer would do: a new template with the edited colour, then redraw.
          const template = structuredClone(c.layout.template);
          const l = template.layout as { paper_bgcolor?: string; font?: { color?: string }; legend?: { font?: { color?: string } }; colorway?: string[] };
          if (slot === 'paper') l.paper_bgcolor = color;
          if (slot === 'text' && l.font && l.legend?.font) [l.font.color, l.legend.font.color] = [color, color];
          if (slot === 'series' && l.colorway) l.colorway[0] = color;
          void plotly[how](c.div, c.data, { ...c.layout, template }, { displaylogo: false });
        }
        out.push((await idle()) - started);
        await frame();
      }
      stage.remove();
      return out;
    },
    { frames: BASELINE_FRAMES, slot, how },
  );
}

const DRAGS = [...COLOR_ROLES.map((role) => ROLE_LABELS[role]), 'Colorway colour 1', 'Colorway colour 2', 'Colorway colour 3'];

interface Run {
  theme: string;
  mode: 'light' | 'dark';
  drags: Record<string, DragResult>;
  react: number[];
  newPlot: number[];
  syncs: number[];
}

async function runTheme(page: Page, theme: string, mode: 'light' | 'dark'): Promise<Run> {
  const toggle = page.getByRole('switch', { name: 'Dark mode' });
  if ((await toggle.getAttribute('aria-checked')) !== String(mode === 'dark')) await toggle.click();
  await page.waitForTimeout(1500);
  await page.evaluate(() => performance.clearMeasures());
  const drags: Record<string, DragResult> = {};
  for (const label of DRAGS) drags[label] = await drag(page, label, mode);
  await page.waitForTimeout(500);
  const syncs = await page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), SYNC_MEASURE);
  const react = [...(await baseline(page, 'paper', 'react')), ...(await baseline(page, 'text', 'react')), ...(await baseline(page, 'series', 'react'))];
  const newPlot = [...(await baseline(page, 'paper', 'newPlot')), ...(await baseline(page, 'text', 'newPlot')), ...(await baseline(page, 'series', 'newPlot'))];
  return { theme, mode, drags, react, newPlot, syncs };
}

async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('input[data-path$="/accent"]').first().waitFor();
  await page.waitForFunction(previewChartsDrawn, 8, { timeout: 60_000 });
  await page.evaluate(() => document.fonts.ready);
  // The colorway list has the fields the series are checked against (the strip has none).
  await page.getByRole('button', { name: 'Edit as list' }).click();
  await page.addScriptTag({ path: 'node_modules/plotly.js/dist/plotly-strict.min.js' });
}

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] ?? '';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
const runs: Run[] = [];
const load = { controls: Number.NaN, charts: Number.NaN };
try {
  // bypassCSP: the baselines inject plotly.js as a script tag, which the editor's policy (rightly) forbids.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  // tsx (esbuild with keepNames) wraps named functions in __name(); the page needs it too.
  await context.addInitScript('window.__name = (f) => f');
  await context.addInitScript(countRenders);
  await context.addInitScript(installChartSwatches);
  await context.addInitScript(installFrameClock);
  // Cold load: a fresh page, nothing cached, until the controls work and until every chart is drawn.
  const cold = await context.newPage();
  const started = Date.now();
  await cold.goto(url);
  await cold.locator('input[data-path$="/accent"]').first().waitFor();
  load.controls = Date.now() - started;
  await cold.waitForFunction(previewChartsDrawn, 8, { timeout: 60_000 });
  load.charts = Date.now() - started;
  await cold.close();
  const link = shareFragment(heavyTheme());
  if (!link.ok) throw new Error(link.message);
  for (const [theme, address] of [['default', url], ['heavy', `${url}${link.fragment}`]] as const) {
    const page = await context.newPage();
    await openEditor(page, address);
    for (const mode of ['light', 'dark'] as const) {
      const run = await runTheme(page, theme, mode);
      runs.push(run);
      const all = Object.values(run.drags);
      const latency = all.flatMap((d) => d.latency);
      const intervals = all.flatMap((d) => d.intervals);
      const behind = all.reduce((n, d) => n + d.behind.filter((f) => f.length > 0).length, 0);
      console.log(
        `${theme} ${mode}: ${DRAGS.length} drags × ${FRAMES} frames: frames behind ${behind}, latency p50 ${round(quantile(latency, 0.5))} ms, p95 ${round(quantile(latency, 0.95))} ms, max ${round(Math.max(...latency))} ms, ${onTime(intervals)} % of frames at 60 fps; ` +
          `Plotly.react p50 ${round(quantile(run.react, 0.5))} ms, newPlot p50 ${round(quantile(run.newPlot, 0.5))} ms; sync p50 ${round(quantile(run.syncs, 0.5))} ms (${run.syncs.length} charts' catch-ups); ${round(all.reduce((n, d) => n + d.renders, 0) / all.length)} components rendered per step`,
      );
      for (const [label, d] of Object.entries(run.drags)) {
        const late = d.behind.filter((f) => f.length > 0);
        const behindText = late.length > 0 ? `, ${late.length} frames behind, first: ${late[0]?.slice(0, 3).join('; ') ?? ''}` : '';
        console.log(`  ${label}: p50 ${round(quantile(d.latency, 0.5))} ms, p95 ${round(quantile(d.latency, 0.95))} ms, ${onTime(d.intervals)} % at 60 fps${behindText}`);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const latency = runs.flatMap((r) => Object.values(r.drags).flatMap((d) => d.latency));
const intervals = runs.flatMap((r) => Object.values(r.drags).flatMap((d) => d.intervals));
const react = runs.flatMap((r) => r.react);
const newPlot = runs.flatMap((r) => r.newPlot);
const syncs = runs.flatMap((r) => r.syncs);
const behind = runs.reduce((n, r) => n + Object.values(r.drags).reduce((m, d) => m + d.behind.filter((f) => f.length > 0).length, 0), 0);
const perRole = Object.fromEntries(DRAGS.map((label) => [label, round(quantile(runs.flatMap((r) => r.drags[label]?.renders ?? []), 0.5))]));
const p50 = quantile(latency, 0.5);
const p95 = quantile(latency, 0.95);
console.log(`all drags (${runs.length} theme × mode runs, ${latency.length} frames): frames behind ${behind} (target 0), latency p50 ${round(p50)} ms, p95 ${round(p95)} ms (target ≤ 16.7), max ${round(Math.max(...latency))} ms; ${onTime(intervals)} % of frames at 60 fps, frame interval p95 ${round(quantile(intervals, 0.95))} ms`);
console.log(`baselines, every chart redrawn per frame: Plotly.react p50 ${round(quantile(react, 0.5))} ms, p95 ${round(quantile(react, 0.95))} ms → ${round(quantile(react, 0.5) / p50)}× (target ≥ 10×); Plotly.newPlot p50 ${round(quantile(newPlot, 0.5))} ms`);
console.log(`idle catch-up of plotly's state: p50 ${round(quantile(syncs, 0.5))} ms per chart, p95 ${round(quantile(syncs, 0.95))} ms; components rendered per drag step (median by drag): ${JSON.stringify(perRole)}`);
console.log(`cold load: controls usable ${load.controls} ms (target ≤ 1500), all charts drawn ${load.charts} ms (target ≤ 3000)`);
console.log(
  JSON.stringify({
    load_controls_ms: load.controls,
    load_charts_ms: load.charts,
    frames_behind: behind,
    p50_ms: round(p50),
    p95_ms: round(p95),
    max_ms: round(Math.max(...latency)),
    on_time_pct: onTime(intervals),
    react_p50_ms: round(quantile(react, 0.5)),
    react_ratio: round(quantile(react, 0.5) / p50),
    newplot_p50_ms: round(quantile(newPlot, 0.5)),
    sync_p50_ms: round(quantile(syncs, 0.5)),
    renders_per_step: perRole,
  }),
);
