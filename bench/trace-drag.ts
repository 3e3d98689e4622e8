// npm run bench:trace -- [role label] [--heavy] [--hide-preview] [--what=timeline|selectors|invalidations|cpu|heap]
// Where a colour-drag step's time goes, from Chromium's own instruments rather than guesses:
// one continuous drag in the built editor (a pointer move per animation frame, as in
// bench:preview), recorded with one instrument at a time, since each slows the page down
// (compare its breakdown within the run, not its milliseconds with bench:preview's):
//  • timeline: each thread's busy time (the raster and display threads share the two cores
//    with the main thread) and main-thread self time per trace event (script, style, layout,
//    paint, layerize);
//  • selectors: time spent matching each CSS selector (Chromium's selector statistics);
//  • invalidations: what made elements need their style recomputed, and how many each step;
//  • cpu: inclusive time per JavaScript function (a V8 sampling profile; build with
//    `npx vite build --minify false` first to read React's and our functions by name);
//  • heap: bytes allocated per function (V8's sampling heap profiler).
// --heavy opens bench:preview's heavy theme (twenty series, every choice made) from a share link;
// --hide-preview takes the preview out of the page: what the editor's own controls cost.
import { chromium, type CDPSession } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_PATH } from '../e2e/support/browser.ts';
import { previewChartsDrawn } from '../e2e/support/charts-drawn.ts';
import { shareFragment } from '../editor/store/share-link.ts';
import { installFrameClock, type FrameClock } from './frame-clock.ts';
import { heavyTheme } from './heavy-theme.ts';
import { allocations, busyByThread, inclusiveTimes, pageMainThread, selfTimes, topLines, type CpuProfile, type TraceEvent } from './trace-summary.ts';

const args = process.argv.slice(2);
const label = args.find((a) => !a.startsWith('--')) ?? 'Accent';
const hidePreview = args.includes('--hide-preview');
const heavy = args.includes('--heavy');
const what = /^--what=(\w+)$/.exec(args.find((a) => a.startsWith('--what=')) ?? '')?.[1] ?? 'timeline';
const STEPS = 60;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES: Record<string, string> = {
  timeline: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing',
  selectors: 'devtools.timeline,blink.user_timing,disabled-by-default-blink.debug',
  invalidations: 'devtools.timeline,blink.user_timing,disabled-by-default-devtools.timeline.invalidationTracking',
};
if (!['timeline', 'selectors', 'invalidations', 'cpu', 'heap'].includes(what)) throw new Error(`--what=${what}: timeline, selectors, invalidations, cpu or heap`);

/** Starts the instrument; the returned function stops it and prints what it found. */
async function record(cdp: CDPSession): Promise<() => Promise<string[]>> {
  const categories = CATEGORIES[what];
  if (categories !== undefined) {
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
    return async () => {
      await cdp.send('Tracing.end');
      await complete;
      const main = pageMainThread(events);
      // The drag's own span, from the marks the page leaves (trace clock).
      const marks = events.filter((e) => e.name === 'drag-start' || e.name === 'drag-end').map((e) => e.ts);
      const [from, to] = [Math.min(...marks), Math.max(...marks)];
      const inDrag = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ts >= from && e.ts <= to);
      if (what === 'timeline') return ['busy time per step by thread:', ...topLines(busyByThread(events, from, to), { per: STEPS, count: 6 }), 'main-thread self time per step:', ...topLines(selfTimes(inDrag), { per: STEPS })];
      if (what === 'selectors') return selectorLines(inDrag);
      return invalidationLines(inDrag);
    };
  }
  if (what === 'cpu') {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    return async () => {
      const { profile } = await cdp.send('Profiler.stop');
      // The whole profile: the drag, and the few milliseconds before and after it.
      return ['JavaScript inclusive time per step:', ...topLines(inclusiveTimes(profile as unknown as CpuProfile, -Infinity, Infinity), { per: STEPS, count: 40 })];
    };
  }
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  return async () => {
    const { profile } = await cdp.send('HeapProfiler.stopSampling');
    const bytes = allocations(profile.head);
    const total = [...bytes.values()].reduce((a, b) => a + b, 0);
    return [`allocated per step (sampled, the drag and what ran around it): ${(total / STEPS / 1024).toFixed(0)} KB`, ...topLines(bytes, { per: STEPS * 1024, count: 25, unit: 'KB' })];
  };
}

interface SelectorTiming {
  selector: string;
  'elapsed (us)': number;
  match_attempts: number;
  match_count: number;
}

function selectorLines(events: TraceEvent[]): string[] {
  const elapsed = new Map<string, number>();
  const attempts = new Map<string, number>();
  for (const e of events.filter((ev) => ev.name === 'SelectorStats')) {
    const timings = (e.args?.['selector_stats'] as { selector_timings?: SelectorTiming[] } | undefined)?.selector_timings ?? [];
    for (const s of timings) {
      elapsed.set(s.selector, (elapsed.get(s.selector) ?? 0) + s['elapsed (us)'] / 1000);
      attempts.set(s.selector, (attempts.get(s.selector) ?? 0) + s.match_attempts);
    }
  }
  const total = [...elapsed.values()].reduce((a, b) => a + b, 0);
  const top = [...elapsed].sort((a, b) => b[1] - a[1]).slice(0, 15);
  return [
    `selector matching per step: ${(total / STEPS).toFixed(2)} ms in all, by selector:`,
    ...top.map(([selector, ms]) => `${(ms / STEPS).toFixed(2).padStart(8)} ms  ${selector} (${Math.round((attempts.get(selector) ?? 0) / STEPS)} tried)`),
  ];
}

function invalidationLines(events: TraceEvent[]): string[] {
  const why = new Map<string, number>();
  for (const e of events.filter((ev) => ev.name === 'StyleRecalcInvalidationTracking')) {
    const data = (e.args?.['data'] ?? {}) as { reason?: string; nodeName?: string };
    // "path class='point'" → "path.point": the kind of element, not each one.
    const node = (data.nodeName ?? '').replace(/ id='[^']*'/, '').replace(/ class='([^']*)'/, (_, c: string) => `.${c.split(' ')[0] ?? ''}`);
    const key = `${data.reason ?? '?'}: ${node}`;
    why.set(key, (why.get(key) ?? 0) + 1);
  }
  const recalcs = events.filter((e) => e.name === 'UpdateLayoutTree').map((e) => (e.args?.['elementCount'] as number | undefined) ?? 0);
  return [`elements restyled per step: ${(recalcs.reduce((a, b) => a + b, 0) / STEPS).toFixed(0)}; why, per step:`, ...topLines(why, { per: STEPS, count: 25, unit: '' })];
}

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // tsx (esbuild with keepNames) wraps named functions in __name(); the page needs it too.
  await context.addInitScript('window.__name = (f) => f');
  await context.addInitScript(installFrameClock);
  const page = await context.newPage();
  const link = shareFragment(heavyTheme());
  if (!link.ok) throw new Error(link.message);
  await page.goto(`${server.resolvedUrls?.local[0] ?? ''}${heavy ? link.fragment : ''}`);
  await page.waitForFunction(previewChartsDrawn, 8, { timeout: 60_000 });
  await page.waitForTimeout(1500);
  if (hidePreview) await page.addStyleTag({ content: '#preview { display: none !important }' });
  await page.getByRole('button', { name: `${label} swatch`, exact: true }).click();
  const area = page.getByRole('slider', { name: `${label}: saturation and brightness`, exact: true });
  await area.waitFor();
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  const stop = await record(cdp);
  const drag = await area.evaluate(async (el, steps) => {
    const box = el.getBoundingClientRect();
    const { frame, idle } = (window as unknown as FrameClock).frameClock;
    const fire = (type: string, t: number) =>
      el.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, isPrimary: true, clientX: box.left + (0.85 - 0.6 * t) * box.width, clientY: box.top + (0.15 + 0.5 * t) * box.height }));
    await frame();
    fire('pointerdown', 0);
    await idle();
    await frame();
    performance.mark('drag-start');
    const latency: number[] = [];
    for (let i = 1; i <= steps; i++) {
      const started = performance.now();
      // Back and forth over a third of the area, so every step changes the colour.
      fire('pointermove', (i % 20) / 20);
      latency.push((await idle()) - started);
      await frame();
    }
    performance.mark('drag-end');
    fire('pointerup', 1);
    return latency;
  }, STEPS);
  const lines = await stop();
  const sorted = [...drag].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  console.log(`${label}${heavy ? ', heavy theme' : ''}${hidePreview ? ', preview hidden' : ''}, ${what}: ${STEPS} steps, latency p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (slowed by the instrument)`);
  for (const line of lines) console.log(line);
} finally {
  await browser.close();
  await server.close();
}
