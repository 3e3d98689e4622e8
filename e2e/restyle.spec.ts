import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROLE_LABELS } from '../editor/panels/role-labels.ts';
import { COLOR_ROLES } from '../theme-runtime/index.ts';
import { installChartSwatches, type ChartSwatches } from './support/chart-swatches.ts';
import { editorSession } from './support/session.ts';
import { previewChartsDrawn } from './support/charts-drawn.ts';

// The preview's charts take a new theme or mode in place, without plotly redrawing them: each
// painted node is bound to where its colour comes from when it is drawn (restyle/bind-chart.ts).
// These specs check what a person sees: the charts agree with the cards in every frame of a
// drag, and the restyled SVG is the SVG plotly would draw.

/**
 * Every kind of node of every chart with its inline style (colours, opacities, fonts, stroke
 * widths), distinct and sorted; plotly's random ids (trace uids) and transient layers taken
 * out. Where things sit, and so how many grid lines fit, is left out: a right legend that
 * moved below on an earlier draw stays below, whichever way the chart got its colours.
 */
function chartPaint(page: Page): Promise<string[][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('#preview .js-plotly-plot')].map((chart) =>
      [...chart.querySelectorAll('*')]
        .filter((el) => el.closest('.hoverlayer, .modebar-container') === null)
        .map((el) => {
          // Declarations sorted: their order is the order of plotly's earlier draws, not what shows.
          const style = (el.getAttribute('style') ?? '').split(';').map((d) => d.trim()).filter(Boolean).sort().join('; ');
          return `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} {${style}}`.replace(/[0-9a-f]{6}(?![0-9a-f])/g, 'uid');
        })
        .filter((node, i, all) => all.indexOf(node) === i)
        .sort(),
    ),
  );
}

/** The painted nodes only one of two charts has, or undefined when they agree. */
function difference(restyled: string[], drawn: string[]): string | undefined {
  const only = (a: string[], b: string[]) => a.filter((node) => !b.includes(node));
  const extra = [...only(restyled, drawn).map((n) => `restyled only: ${n}`), ...only(drawn, restyled).map((n) => `drawn only:    ${n}`)];
  return extra.length === 0 ? undefined : extra.slice(0, 6).join('\n');
}

/** Counts plotly's redraws per chart from now on. */
async function countRedraws(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const charts = [...document.querySelectorAll('#preview .js-plotly-plot')] as (HTMLElement & { on(e: string, f: () => void): void })[];
    const counts = charts.map(() => 0);
    (window as unknown as { redraws: number[] }).redraws = counts;
    charts.forEach((chart, i) => chart.on('plotly_afterplot', () => (counts[i] = (counts[i] ?? 0) + 1)));
  });
  return () => page.evaluate(() => (window as unknown as { redraws: number[] }).redraws);
}

const PRESETS = ['design-kit', 'graphite', 'broadsheet', 'midnight', 'okabe-ito', 'terracotta'];

/** Turns dark mode on or off, whatever it was. */
async function setDark(page: Page, on: boolean): Promise<void> {
  const toggle = page.getByRole('switch', { name: 'Dark mode' });
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-checked')).toBe(String(on));
}

describe('restyling charts in place', () => {
  const session = editorSession();

  it('switches mode without redrawing: only the heatmap (its colour scale is an image) redraws', async () => {
    const { page } = session.editor;
    await page.waitForFunction(previewChartsDrawn, 8, { timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready);
    const redraws = await countRedraws(page);
    await page.getByRole('switch', { name: 'Dark mode' }).click();
    await page.waitForTimeout(800);
    const kinds = await page.evaluate(() => [...document.querySelectorAll<HTMLElement & { data?: { type?: string }[] }>('#preview .js-plotly-plot')].map((el) => el.data?.[0]?.type));
    const counts = await redraws();
    expect(kinds.filter((_, i) => (counts[i] ?? 0) > 0)).toEqual(['heatmap']);
    await page.getByRole('switch', { name: 'Dark mode' }).click();
  });

  // Every preset: its colours, fonts and series variants exercise different parts of the binding.
  it.each(PRESETS)('restyles %s into dark mode exactly as plotly draws it in dark mode', async (preset) => {
    const { page } = session.editor;
    await page.locator(`#preset-${preset}`).click();
    await page.waitForTimeout(300);
    await page.waitForFunction(previewChartsDrawn, 8, { timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(500);
    await setDark(page, true);
    await page.waitForTimeout(800);
    const restyled = await chartPaint(page);
    // The theme and mode are kept across a reload (once saved): the same page, drawn by plotly from scratch in dark mode.
    await page.waitForTimeout(1500);
    await page.reload();
    await expect.poll(() => page.getByRole('switch', { name: 'Dark mode' }).getAttribute('aria-checked'), { timeout: 30_000 }).toBe('true');
    await page.waitForFunction(previewChartsDrawn, 8, { timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(800);
    const drawn = await chartPaint(page);
    expect(restyled).toHaveLength(drawn.length);
    restyled.forEach((nodes, i) => expect(difference(nodes, drawn[i] ?? []), `${preset}, chart ${i + 1}`).toBeUndefined());
    await setDark(page, false);
  });

  it('draws what plotly draws later in the new colours: a zoom straight after a mode switch, then a hover label', async () => {
    const { page } = session.editor;
    await setDark(page, false);
    await page.waitForTimeout(500);
    const rgbOf = async (path: string) => {
      const hex = await page.locator(`input[data-path="${path}"]`).inputValue();
      return `rgb(${[1, 3, 5].map((k) => Number.parseInt(hex.slice(k, k + 2), 16)).join(', ')})`;
    };
    const chart = page.locator('#preview .js-plotly-plot').first();
    const area = await chart.locator('.nsewdrag').boundingBox();
    if (!area) throw new Error('no plot area');
    await setDark(page, true);
    // Within the moment before plotly's state catches up (sync-plotly.ts): a zoom redraws the axes.
    await page.mouse.move(area.x + area.width * 0.2, area.y + area.height * 0.2);
    await page.mouse.down();
    await page.mouse.move(area.x + area.width * 0.6, area.y + area.height * 0.7, { steps: 4 });
    await page.mouse.up();
    const subtle = await rgbOf('/colors/dark/subtleText');
    await expect.poll(() => chart.evaluate((el) => [...new Set([...el.querySelectorAll<SVGTextElement>('.xtick text, .ytick text')].map((t) => t.style.fill))])).toEqual([subtle]);
    await page.waitForTimeout(400);
    // A point the zoom kept in view.
    const inView = await chart.locator('.scatterlayer .point').evaluateAll((points, box) => {
      const at = points.map((p) => p.getBoundingClientRect()).find((r) => r.x > box.x && r.x < box.x + box.width && r.y > box.y && r.y < box.y + box.height);
      return at === undefined ? undefined : { x: at.x + at.width / 2, y: at.y + at.height / 2 };
    }, area);
    if (inView === undefined) throw new Error('the zoom left no point in view');
    await page.mouse.move(inView.x, inView.y);
    const card = await rgbOf('/colors/dark/backgroundContent');
    await expect.poll(() => chart.evaluate((el) => el.querySelector<SVGPathElement>('.hoverlayer .hovertext path')?.style.fill ?? 'no hover label')).toBe(card);
    await page.mouse.move(0, 0);
    await chart.locator('.nsewdrag').dblclick({ position: { x: 20, y: 20 } }); // zoom back out
    await setDark(page, false);
  });

  it('keeps every chart with the cards in every frame of a continuous Background drag, the plot area staying the plot colour', async () => {
    const { page } = session.editor;
    await page.getByRole('button', { name: 'Background swatch', exact: true }).click();
    const area = page.getByRole('slider', { name: 'Background: saturation and brightness', exact: true });
    const box = await area.boundingBox();
    if (!box) throw new Error('no picker');
    const plotColor = await page.locator('input[data-path="/colors/light/plotBackground"]').inputValue();
    const redraws = await countRedraws(page);
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.1);
    await page.mouse.down();
    const behind: string[] = [];
    const frames = 40;
    for (let i = 1; i <= frames; i++) {
      await page.mouse.move(box.x + box.width * (0.1 + (0.7 * i) / frames), box.y + box.height * (0.1 + (0.3 * i) / frames));
      // What the next painted frame shows: the cards' colour and each chart's paper and plot area.
      const frame = await page.evaluate(
        () =>
          new Promise<{ card: string; charts: { paper: string; plot: string | undefined }[] }>((resolve) =>
            requestAnimationFrame(() =>
              resolve({
                card: getComputedStyle(document.querySelector('#preview .dk-Card') as Element).backgroundColor,
                charts: [...document.querySelectorAll('#preview .js-plotly-plot')].map((chart) => {
                  const paper = (chart.querySelector('svg.main-svg') as SVGSVGElement).style.background;
                  // A pie has no plot area; a cartesian chart shows the paper through it while the two colours match.
                  const cartesian = chart.querySelector('.cartesianlayer .subplot') !== null;
                  const rect = chart.querySelector<SVGRectElement>('.bglayer rect.bg');
                  return { paper, plot: cartesian ? (rect?.style.fill ?? paper) : undefined };
                }),
              }),
            ),
          ),
      );
      const plot = `rgb(${[1, 3, 5].map((k) => Number.parseInt(plotColor.slice(k, k + 2), 16)).join(', ')})`;
      frame.charts.forEach((c, n) => {
        if (c.paper !== frame.card) behind.push(`frame ${i}, chart ${n + 1}: paper ${c.paper}, cards ${frame.card}`);
        if (c.plot !== undefined && c.plot !== plot) behind.push(`frame ${i}, chart ${n + 1}: plot area ${c.plot}, plot colour ${plot}`);
      });
    }
    await page.mouse.up();
    expect(behind).toEqual([]);
    // The heatmap's colour scale does not depend on the card colour: no chart redrew during the drag.
    expect((await redraws()).every((n) => n === 0)).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Undo' }).click();
  });

  // Every role, a continuous drag each: in every frame, every chart shows what its swatch shows.
  it.each(COLOR_ROLES.map((role) => ROLE_LABELS[role]))('keeps the charts with the swatches in every frame of a continuous %s drag', async (label) => {
    const { page } = session.editor;
    await page.evaluate(installChartSwatches);
    await page.getByRole('button', { name: `${label} swatch`, exact: true }).click();
    const area = page.getByRole('slider', { name: `${label}: saturation and brightness`, exact: true });
    const box = await area.boundingBox();
    if (!box) throw new Error('no picker');
    await page.mouse.move(box.x + box.width * 0.85, box.y + box.height * 0.15);
    await page.mouse.down();
    const behind: string[] = [];
    const frames = 12;
    for (let i = 1; i <= frames; i++) {
      await page.mouse.move(box.x + box.width * (0.85 - (0.6 * i) / frames), box.y + box.height * (0.15 + (0.5 * i) / frames));
      const seen = await page.evaluate(() => new Promise<string[]>((resolve) => requestAnimationFrame(() => resolve((window as unknown as ChartSwatches).chartDisagreements('light')))));
      behind.push(...seen.map((d) => `frame ${i}: ${d}`));
    }
    await page.mouse.up();
    expect(behind).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Undo' }).click();
  });

  // Accent text follows the accent (the same colour, or a readable one made from it); the
  // report page, unless set, is the content background (a field that selects only it).
  it.each([
    ['Accent', 'accentText'],
    ['Background', 'reportBackground'],
  ])('moves a field derived from the colour being dragged (%s → %s) during the drag, and onto the final colour at release', async (dragged, role) => {
    const { page } = session.editor;
    await page.getByRole('button', { name: `${dragged} swatch`, exact: true }).click();
    const area = page.getByRole('slider', { name: `${dragged}: saturation and brightness`, exact: true });
    const box = await area.boundingBox();
    if (!box) throw new Error('no picker');
    const derived = page.locator(`input[data-path="/colors/light/${role}"]`);
    const before = await derived.inputValue();
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.1);
    await page.mouse.down();
    const seen = new Set<string>();
    for (let i = 1; i <= 30; i++) {
      await page.mouse.move(box.x + box.width * (0.9 - (0.7 * i) / 30), box.y + box.height * (0.1 + (0.5 * i) / 30));
      seen.add(await derived.evaluate((el: HTMLInputElement) => new Promise<string>((resolve) => requestAnimationFrame(() => resolve(el.value)))));
    }
    // A secondary display: it moves with the drag at the checks' pace, not frozen until the end.
    expect([...seen].some((v) => v !== before)).toBe(true);
    await page.mouse.up();
    await page.keyboard.press('Escape');
    // Released, it shows what the theme derives from the final accent: what the field shows
    // when drawn afresh (a mode switch draws every field again).
    const settled = async () => {
      const first = await derived.inputValue();
      await page.waitForTimeout(300);
      return first === (await derived.inputValue()) ? first : undefined;
    };
    await expect.poll(settled).not.toBeUndefined();
    const released = await derived.inputValue();
    expect(released).not.toBe(before);
    await setDark(page, true);
    await setDark(page, false);
    expect(await derived.inputValue()).toBe(released);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => derived.inputValue()).toBe(before);
  });

  it('keeps the series with the swatch in every frame of a colorway drag', async () => {
    const { page } = session.editor;
    await page.getByRole('button', { name: 'Edit as list' }).click();
    await page.getByRole('button', { name: 'Colorway colour 1 swatch', exact: true }).click();
    const area = page.getByRole('slider', { name: 'Colorway colour 1: saturation and brightness', exact: true });
    const box = await area.boundingBox();
    if (!box) throw new Error('no picker');
    const redraws = await countRedraws(page);
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.1);
    await page.mouse.down();
    const behind: string[] = [];
    for (let i = 1; i <= 30; i++) {
      await page.mouse.move(box.x + box.width * (0.9 - (0.6 * i) / 30), box.y + box.height * (0.1 + (0.3 * i) / 30));
      const frame = await page.evaluate(
        () =>
          new Promise<{ swatch: string; bars: string[] }>((resolve) =>
            requestAnimationFrame(() => {
              const hex = document.querySelector<HTMLInputElement>('input[data-path="/colorway/0"]')?.value ?? '';
              const n = Number.parseInt(hex.slice(1, 7), 16);
              resolve({
                swatch: `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`,
                // The first bar of each bar chart's first trace, the first point of each line chart's first trace.
                bars: [...document.querySelectorAll('#preview .js-plotly-plot')].flatMap((chart) => {
                  const first = chart.querySelector<SVGElement>('.barlayer .trace .point path, .scatterlayer .trace .point');
                  return first === null ? [] : [first.style.fill];
                }),
              });
            }),
          ),
      );
      frame.bars.forEach((fill, n) => {
        if (fill !== frame.swatch) behind.push(`frame ${i}, mark ${n + 1}: ${fill}, swatch ${frame.swatch}`);
      });
    }
    await page.mouse.up();
    expect(behind).toEqual([]);
    expect((await redraws()).every((n) => n === 0)).toBe(true);
    await page.keyboard.press('Escape');
  });
});
