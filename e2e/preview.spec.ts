import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactPath } from './support/browser.ts';
import { chartGeometry, inside, overlaps, type ChartGeometry } from './support/chart-geometry.ts';
import { editorSession } from './support/session.ts';
import { previewChartsDrawn } from './support/charts-drawn.ts';
import { colorDistance } from '../theme-runtime/index.ts';

/** The geometry of every preview chart that draws a legend. */
async function chartsWithLegends(page: Page): Promise<ChartGeometry[]> {
  const n = await page.locator('#preview .js-plotly-plot').count();
  const all: ChartGeometry[] = [];
  for (let i = 0; i < n; i++) {
    await page.locator('#preview .js-plotly-plot').nth(i).evaluate((el, i) => el.setAttribute('data-geometry', String(i)), i);
    all.push(await chartGeometry(page, `[data-geometry="${i}"]`));
  }
  return all.filter((g) => g.legend !== null);
}

/**
 * The preview's charts whose legend above or below the plot leaves a row short: its entries
 * per row (read from where plotly put them), when a row but the last holds fewer than another,
 * or the last lacks as many entries as there are rows or more (four names as three and one).
 */
function unevenLegends(page: Page): Promise<string[]> {
  return page.locator('#preview .js-plotly-plot').evaluateAll((charts) =>
    charts.flatMap((chart) => {
      // Rows by where the entries' boxes start, a few px apart at most within one (symbols differ).
      const tops = [...chart.querySelectorAll('.legend .traces')].map((t) => t.getBoundingClientRect().top).sort((a, b) => a - b);
      const rows: number[] = [];
      tops.forEach((top, i) => (i > 0 && top - (tops[i - 1] ?? top) < 4 ? (rows[rows.length - 1] = (rows.at(-1) ?? 0) + 1) : rows.push(1)));
      if (rows.length < 2) return [];
      const first = rows[0] ?? 0;
      const last = rows.at(-1) ?? 0;
      const even = rows.slice(0, -1).every((n) => n === first) && first - last < rows.length;
      return even ? [] : [`${chart.closest('[data-testid="chart-card"], figure, section')?.getAttribute('aria-label') ?? '?'}: ${rows.join(' + ')}`];
    }),
  );
}

/** Where a card's mode bar shows once its chart is hovered: over the plot area, clear of any legend? */
async function modebarPlace(page: Page, card: Locator): Promise<string> {
  await card.locator('.js-plotly-plot').evaluate((el) => el.setAttribute('data-geometry', 'hovered'));
  await card.locator('.js-plotly-plot').hover();
  const g = await chartGeometry(page, '[data-geometry="hovered"]');
  if (g.modebar === null) return 'no mode bar';
  if (g.legend !== null && overlaps(g.modebar, g.legend)) return 'over the legend';
  return inside(g.modebar, g.plot) ? 'over the plot area' : 'outside the plot area';
}

describe('the preview', () => {
  const session = editorSession();

  it('shows a dashboard with eight charts of different kinds, all drawn', async () => {
    const { page } = session.editor;
    await page.waitForFunction(previewChartsDrawn, 8, { timeout: 30_000 });
    const kinds = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement & { data?: { type?: string; stackgroup?: string }[] }>('.js-plotly-plot')].map((el) => {
        const first = el.data?.[0];
        return first?.stackgroup !== undefined ? 'area' : (first?.type ?? '');
      }),
    );
    expect(new Set(kinds)).toEqual(new Set(['scatter', 'bar', 'pie', 'heatmap', 'box', 'histogram', 'area']));
    expect(kinds).toHaveLength(8);
    await page.screenshot({ path: artifactPath('dashboard-light.png') });
  });

  it('lays the dashboard out for the width it has: charts side by side on desktop, one column on a phone', async () => {
    const { page } = session.editor;
    const lefts = (id: string) => page.getByTestId(id).evaluateAll((els) => [...new Set(els.map((el) => Math.round(el.getBoundingClientRect().left)))].length);
    const tops = () => page.getByTestId('kpi-block').evaluateAll((els) => new Set(els.map((el) => Math.round(el.getBoundingClientRect().top))).size);
    expect(await tops()).toBe(1);
    expect(await lefts('chart-card')).toBe(2);
    await page.getByLabel('Preview width').selectOption('phone');
    await expect.poll(() => lefts('chart-card')).toBe(1);
    // Two KPIs a row on a phone: a whole row for "$84" would be a waste of a small screen.
    // (Read as the layout settles: the KPI row follows the App's container query.)
    await expect.poll(tops).toBe(2);
    // The filters stay one short band: both selects on one row, inside the card (read as the frame settles).
    const filterRow = () =>
      page.locator('.dash-filters').evaluate((card) => {
        const box = card.getBoundingClientRect();
        const items = [...card.querySelectorAll('.dash-filter-items .dk-ControlItem')].map((el) => el.getBoundingClientRect());
        return { rows: new Set(items.map((f) => Math.round(f.top))).size, inside: items.every((f) => f.left >= box.left - 0.5 && f.right <= box.right + 0.5) };
      });
    await expect.poll(filterRow).toEqual({ rows: 1, inside: true });
    // Each chart is drawn again at its card's phone width, inside the card's padding.
    const chartsPastTheirCards = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#preview [data-testid="chart-card"]')].filter((card) => {
          const box = card.getBoundingClientRect();
          const plot = card.querySelector('svg.main-svg')?.getBoundingClientRect();
          return plot === undefined || plot.left < box.left || plot.right > box.right;
        }).length,
      );
    await expect.poll(chartsPastTheirCards).toBe(0);
    // The phone's frame stays inside the window: the editor never scrolls as a page.
    expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBe(0);
    await page.screenshot({ path: artifactPath('dashboard-phone.png') });
    await page.getByLabel('Preview width').selectOption('desktop');
    await expect.poll(tops).toBe(1);
  });

  it('reads a report on a phone: the pages take the screen’s width, every KPI figure whole, two to a row, and nothing wider than its page', async () => {
    const { page } = session.editor;
    await page.getByRole('tab', { name: 'Report' }).click();
    try {
      for (const preset of ['design-kit', 'broadsheet', 'terracotta']) {
        await page.locator(`#preset-${preset}`).click();
        await page.getByLabel('Preview width').selectOption('phone');
        const faults = () =>
          page.evaluate(() => {
            const frame = document.getElementById('preview-panel')?.getBoundingClientRect();
            const pages = [...document.querySelectorAll('#preview .dk-Page')];
            if (frame === undefined || pages.length === 0) return ['no report'];
            if (frame.width > 400) return ['not at phone width yet'];
            const out: string[] = [];
            for (const p of pages) {
              const box = p.getBoundingClientRect();
              // The paper's 16 mm margins would leave a third of a phone's width to the text.
              if (box.width < frame.width - 24) out.push(`page ${Math.round(box.width)} px of a ${Math.round(frame.width)} px screen`);
              const inner = { left: box.left + parseFloat(getComputedStyle(p).paddingLeft), right: box.right - parseFloat(getComputedStyle(p).paddingRight) };
              if (inner.right - inner.left < 0.85 * box.width) out.push(`padding takes ${Math.round(box.width - inner.right + inner.left)} px of ${Math.round(box.width)}`);
              // A table wider than the page scrolls inside its own box, which stays inside the page.
              for (const el of p.querySelectorAll('.report-figure, .dk-Table__scroll, .report-kpis, p, h2, h3')) {
                const r = el.getBoundingClientRect();
                if (r.left < inner.left - 1 || r.right > inner.right + 1) out.push(`${el.className || el.tagName} runs past the page`);
              }
            }
            const kpis = [...document.querySelectorAll('#preview .report-kpis .dk-DataCard')];
            if (new Set(kpis.map((k) => Math.round(k.getBoundingClientRect().top))).size !== 2) out.push('KPIs not two to a row');
            for (const v of document.querySelectorAll<HTMLElement>('#preview .report-kpis .dk-DataCard__value')) {
              if (v.scrollWidth > v.clientWidth + 1) out.push(`“${v.textContent}” cut`);
            }
            return out;
          });
        await expect.poll(faults, { message: preset }).toEqual([]);
        await page.getByLabel('Preview width').selectOption('desktop');
      }
      await page.locator('#preset-design-kit').click();
    } finally {
      await page.getByLabel('Preview width').selectOption('desktop');
      await page.getByRole('tab', { name: 'Dashboard' }).click();
    }
  });

  it('shows a wide table on a phone as one that scrolls: its cut edge fades, its caption stays in view, the keyboard reaches and scrolls it', async () => {
    const { page } = session.editor;
    await page.getByRole('tab', { name: 'Report' }).click();
    try {
      await page.locator('#preset-design-kit').click();
      // At desktop width the tables fit: no fade, no extra tab stop.
      const first = page.locator('#preview .dk-Table__scroll').first();
      await expect.poll(() => first.evaluate((el) => [el.getAttribute('data-more'), el.getAttribute('tabindex'), getComputedStyle(el).maskImage])).toEqual([null, null, 'none']);

      await page.getByLabel('Preview width').selectOption('phone');
      const region = page.getByRole('region', { name: 'Table 2. The forty largest accounts, Q2 2026' });
      const state = () =>
        region.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const caption = el.parentElement?.querySelector('.dk-Table__caption')?.getBoundingClientRect();
          return {
            edge: el.getAttribute('data-more'),
            mask: getComputedStyle(el).maskImage,
            // The caption stays over what the box shows, however far it has scrolled.
            captionInView: caption !== undefined && caption.left >= box.left - 1 && caption.right <= box.right + 1,
            scrolled: Math.round(el.scrollLeft),
          };
        });
      await expect.poll(async () => (await state()).edge).toBe('right');
      const atStart = await state();
      // The right edge fades (more table beyond it); the left, with nothing before it, does not.
      expect(atStart.mask).toMatch(/^linear-gradient\(-90deg, (transparent|rgba\(0, 0, 0, 0\)), /);
      expect(atStart.captionInView).toBe(true);
      // The top of the table, caption and header, as a person sees it (the table is longer than the screen).
      const shot = async (name: string) => {
        const frame = region.locator('xpath=..');
        await frame.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        const box = await frame.boundingBox();
        if (box) await page.screenshot({ path: artifactPath(name), clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: 360 } });
      };
      await shot('report-phone-table.png');

      expect(await region.getAttribute('tabindex')).toBe('0');
      await region.focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await state()).scrolled).toBeGreaterThan(0);
      const inMiddle = await state();
      expect(inMiddle.edge).toBe('both');
      // Focused from the keyboard, the ring says it scrolls, and nothing of it fades.
      expect(await region.evaluate((el) => [el.matches(':focus-visible'), getComputedStyle(el).maskImage, getComputedStyle(el).outlineStyle])).toEqual([true, 'none', 'solid']);

      // A swipe to the end: the caption is still where it can be read, and only the left edge fades.
      await region.evaluate((el) => {
        el.blur();
        el.scrollLeft = el.scrollWidth;
      });
      await expect.poll(async () => (await state()).edge).toBe('left');
      const atEnd = await state();
      expect(atEnd.captionInView).toBe(true);
      expect(atEnd.mask).toMatch(/^linear-gradient\(90deg, (transparent|rgba\(0, 0, 0, 0\)), /);
      await shot('report-phone-table-end.png');
    } finally {
      await page.getByLabel('Preview width').selectOption('desktop');
      await page.getByRole('tab', { name: 'Dashboard' }).click();
    }
  });

  it('opens a chart full screen, filling the screen and following it, and back to its card', async () => {
    const { page } = session.editor;
    const card = page.getByTestId('chart-card').first();
    const plot = () => card.locator('svg.main-svg').first().evaluate((el) => [Math.round(el.getBoundingClientRect().width), Math.round(el.getBoundingClientRect().height)]);
    const [, cardHeight = 0] = await plot();
    await card.getByRole('button', { name: /^Full screen/ }).click();
    await expect.poll(async () => (await plot())[1]).toBeGreaterThanOrEqual(0.8 * 900);
    await page.setViewportSize({ width: 1100, height: 700 });
    await expect.poll(async () => (await plot())[1]).toBeGreaterThanOrEqual(0.8 * 700);
    await expect.poll(async () => (await plot())[0]).toBeLessThanOrEqual(1100);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(async () => (await plot())[1]).toBe(cardHeight);
    // A KPI is a number: it gets no full-screen button unless an app asks for one (expandable).
    expect(await page.getByTestId('kpi-block').getByRole('button', { name: /full screen/i }).count()).toBe(0);
  });

  it('puts a card’s full-screen button at the end of its header, the header’s rule running under it', async () => {
    const { page } = session.editor;
    const geometry = () =>
      page.getByTestId('chart-card').evaluateAll((cards) =>
        cards.map((card) => {
          const header = card.querySelector('.dk-CardHeader');
          const button = header?.querySelector('.dk-FullscreenToggle');
          if (!header || !button) return 'no button in the header';
          // The title is the header's text before the action.
          const title = document.createRange();
          title.setStartBefore(header.firstChild ?? header);
          title.setEndBefore(header.querySelector('.dk-CardHeader__action') ?? header);
          const [c, h, b] = [card.querySelector('.dk-Graph') ?? card, header, button].map((el) => el.getBoundingClientRect());
          const t = title.getBoundingClientRect();
          if (!c || !h || !b) return 'unmeasured';
          const faults = [];
          // The rule is the header's bottom border: it spans the content, as the chart below does.
          if (Math.abs(h.left - c.left) > 1 || Math.abs(h.right - c.right) > 1) faults.push(`header ${h.left}–${h.right} against content ${c.left}–${c.right}`);
          if (Math.abs(b.right - h.right) > 1) faults.push('button not at the end');
          if (b.left < t.right) faults.push('button over the title');
          if (Math.abs((b.top + b.bottom) / 2 - (t.top + t.bottom) / 2) > 3) faults.push('button off the title’s middle');
          return faults.join('; ') || 'ok';
        }),
      );
    const cards = await geometry();
    expect(cards.length).toBeGreaterThan(4);
    expect(cards.filter((g) => g !== 'ok')).toEqual([]);
    // After the title in reading order: a screen reader hears what the button expands first.
    const order = await page.getByTestId('chart-card').first().evaluate((card) => card.querySelector('.dk-CardHeader')?.textContent);
    expect(order).toMatch(/^Weekly active users⤢$/i);
  });

  it('lays legends out again in a new font once it has loaded: no name clipped after a font change', async () => {
    const { page } = session.editor;
    await page.locator('#preset-broadsheet').click();
    // Every legend name inside its legend box, in the preset's serif (wider than the sans it replaced).
    const clipped = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#preview .js-plotly-plot .legend')].flatMap((legend) => {
          const box = legend.querySelector('.bg')?.getBoundingClientRect();
          return [...legend.querySelectorAll('text.legendtext')]
            .filter((t) => box !== undefined && t.getBoundingClientRect().right > box.right + 0.5)
            .map((t) => t.textContent)
            .concat(getComputedStyle(legend.querySelector('text.legendtext') ?? legend).fontFamily.includes('Source Serif') ? [] : ['(not yet in the serif)']);
        }),
      );
    await expect.poll(clipped, { timeout: 10_000 }).toEqual([]);
    await page.locator('#preset-design-kit').click();
  });

  it('fits a right-hand legend to the card: beside the plot on desktop, below it on a phone; the mode bar never over a legend', async () => {
    const { page } = session.editor;
    await page.locator('#preset-graphite').click();
    const charts = () => chartsWithLegends(page);
    const beside = (g: ChartGeometry) => g.legend !== null && g.legend.left >= g.plot.right;
    // Most of its seven legends sit beside the plot on desktop (a wide one may already go
    // below); read once the charts have settled (the same count twice, 300 ms apart).
    const settled = async () => {
      const first = (await charts()).filter(beside).length;
      await page.waitForTimeout(300);
      return first === (await charts()).filter(beside).length ? first : -1;
    };
    await expect.poll(settled).toBeGreaterThanOrEqual(3);
    const besideOnDesktop = await settled();
    await page.getByLabel('Preview width').selectOption('phone');
    // The legends that would leave the plot less than half the card move below; the rest stay.
    await expect.poll(async () => (await charts()).filter(beside).length, { timeout: 10_000 }).toBeLessThan(besideOnDesktop);
    for (const g of await charts()) {
      expect(g.legend && overlaps(g.legend, g.plot)).toBe(false);
      expect(g.plot.right - g.plot.left).toBeGreaterThanOrEqual(0.5 * (g.figure.right - g.figure.left));
    }
    await page.screenshot({ path: artifactPath('graphite-phone.png') });
    await page.getByLabel('Preview width').selectOption('desktop');
    await expect.poll(settled, { timeout: 10_000 }).toBe(besideOnDesktop);
    // Hovered, the mode bar shows over the plot area's top-right corner, clear of the legend
    // (polled: the preview frame animates its width back to desktop).
    const card = page.getByTestId('chart-card').nth(1);
    // (This card has a legend: a mode bar without one to avoid is not what is tested here.)
    expect(await card.locator('.legend').count()).toBeGreaterThan(0);
    await expect.poll(() => modebarPlace(page, card)).toBe('over the plot area');
    expect(await card.locator('.modebar-btn[data-title="Share chart..."]').count()).toBe(0);
    await page.locator('#preset-design-kit').click();
  });

  it.each(['design-kit', 'broadsheet', 'midnight', 'okabe-ito', 'terracotta'])('%s: a right legend never covers the plot, on desktop or a phone, and the mode bar stays clear of it', async (preset) => {
    const { page } = session.editor;
    await page.locator(`#preset-${preset}`).click();
    await page.getByLabel('Legend', { exact: true }).selectOption('right');
    const charts = () => chartsWithLegends(page);
    // Whatever the width, once Graph has placed them: no legend over its plot, every plot at
    // least half its figure (a right legend that would take more moves below).
    const fitted = async () => {
      const problems: string[] = [];
      for (const g of await charts()) {
        if (g.legend && overlaps(g.legend, g.plot)) problems.push('legend over plot');
        if (g.plot.right - g.plot.left < 0.5 * (g.figure.right - g.figure.left)) problems.push('plot narrower than half');
        if (g.legend && (g.legend.right > g.figure.right + 2.5 || g.legend.bottom > g.figure.bottom + 0.5)) problems.push('legend outside the figure');
      }
      return problems;
    };
    await expect.poll(fitted, { timeout: 15_000 }).toEqual([]);
    await page.getByLabel('Preview width').selectOption('phone');
    // Measured once every chart has been drawn again at the phone's width.
    const widest = () => page.locator('#preview .js-plotly-plot .main-svg').evaluateAll((svgs) => Math.max(...svgs.map((svg) => svg.getBoundingClientRect().width)));
    await expect.poll(widest, { timeout: 15_000 }).toBeLessThanOrEqual(390);
    await expect.poll(fitted, { timeout: 15_000 }).toEqual([]);
    await page.getByLabel('Preview width').selectOption('desktop');
    await expect.poll(fitted, { timeout: 15_000 }).toEqual([]);
    const card = page.getByTestId('chart-card').first();
    await expect.poll(() => modebarPlace(page, card)).toBe('over the plot area');
    await page.getByLabel('Legend', { exact: true }).selectOption('top');
    await page.locator('#preset-design-kit').click();
  });

  it('never scrolls a legend above or below a chart to hide less than a row, leaves it over the plot, or leaves one of its rows short: every preset, dashboard and report, desktop and phone', async () => {
    const { page } = session.editor;
    // Charts drawn, legends that show a scroll bar with no whole row out of view, legends over their plot.
    const slivers = async () => {
      const plots = await page.locator('#preview .js-plotly-plot').count();
      const drawn = await page.locator('#preview .js-plotly-plot .main-svg').count();
      const charts = await chartsWithLegends(page);
      // Given its room, a legend still keeps clear of the plot (the margin follows it).
      const over = charts.filter((g) => g.legend !== null && overlaps(g.legend, g.plot)).length;
      return { drawn: plots > 0 && drawn >= plots && charts.length > 0, slivers: charts.filter((g) => g.legendScrolls && g.legendRowsHidden === 0).length, over, uneven: await unevenLegends(page) };
    };
    const failures: string[] = [];
    for (const preset of ['broadsheet', 'design-kit', 'graphite', 'midnight', 'okabe-ito', 'terracotta']) {
      await page.locator(`#preset-${preset}`).click();
      for (const position of ['top', 'bottom']) {
        await page.getByLabel('Legend', { exact: true }).selectOption(position);
        // Phone to desktop on the report: plotly.js alone leaves a legend at its phone height, over the data.
        for (const [tab, width] of [['Dashboard', 'desktop'], ['Dashboard', 'phone'], ['Report', 'phone'], ['Report', 'desktop']] as const) {
          await page.getByRole('tab', { name: tab }).click();
          await page.getByLabel('Preview width').selectOption(width);
          try {
            await expect.poll(slivers, { timeout: 8_000 }).toEqual({ drawn: true, slivers: 0, over: 0, uneven: [] });
          } catch {
            failures.push(`${preset}, legend ${position}, ${tab} on ${width}: ${JSON.stringify(await slivers())}`);
          }
        }
      }
    }
    await page.getByLabel('Preview width').selectOption('desktop');
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await page.locator('#preset-design-kit').click();
    expect(failures).toEqual([]);
  }, 120_000); // 48 states, each left to settle: ~25 s on this machine

  it('shows the dashboard in dark mode', async () => {
    const { page } = session.editor;
    await page.getByRole('switch', { name: 'Dark mode' }).click();
    await expect.poll(() => page.getByTestId('preview-app').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgb(244, 245, 247)');
    await page.waitForFunction(previewChartsDrawn, 8, { timeout: 30_000 });
    await page.screenshot({ path: artifactPath('dashboard-dark.png') });
    await page.getByRole('switch', { name: 'Dark mode' }).click();
  });

  it('shows a four-page report and a components sheet', async () => {
    const { page } = session.editor;
    await page.getByRole('tab', { name: 'Report' }).click();
    await expect.poll(() => page.locator('.dk-Page').count()).toBe(4);
    await page.getByRole('tab', { name: 'Components' }).click();
    await expect.poll(() => page.getByRole('tablist', { name: 'Sample tabs' }).count()).toBe(1);
    expect(await page.getByRole('table', { name: 'Customers' }).getByRole('row').count()).toBe(5);
    // The editor never scrolls as a page (its panes scroll inside): nothing in the sheet,
    // screen-reader text included, reaches out past the preview's own scroll box.
    expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBe(0);
    await page.getByRole('tab', { name: 'Dashboard' }).click();
  });

  it('draws an info notification that cannot pass for a success, warning or error one, in every preset and mode', async () => {
    const { page } = session.editor;
    await page.getByRole('tab', { name: 'Components' }).click();
    // The edge each of the four sample notifications shows, as hex (they come in the sheet's order: info, success, warning, error).
    const edges = () =>
      page.locator('#preview .dk-Notification').evaluateAll((els) =>
        els.map((el) => {
          const [r, g, b] = (getComputedStyle(el).borderLeftColor.match(/\d+/g) ?? []).map(Number);
          return `#${[r, g, b].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
        }),
      );
    const alike: string[] = [];
    for (const preset of ['broadsheet', 'design-kit', 'graphite', 'midnight', 'okabe-ito', 'terracotta']) {
      await page.locator(`#preset-${preset}`).click();
      for (const mode of ['light', 'dark']) {
        await expect.poll(async () => (await edges()).length).toBe(4);
        const [info = '', ...statuses] = await edges();
        for (const status of statuses) if (colorDistance(info, status) < 20) alike.push(`${preset} ${mode}: info ${info} and ${status}`);
        await page.getByRole('switch', { name: 'Dark mode' }).click();
      }
    }
    await page.locator('#preset-design-kit').click();
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    expect(alike).toEqual([]);
  });

  it('ends a colour drag with the same picture a full redraw gives', async () => {
    const { page } = session.editor;
    const svg = () => page.locator('.js-plotly-plot').nth(1).evaluate((el) => el.querySelector('svg.main-svg')?.outerHTML ?? '');
    await page.getByRole('button', { name: 'Colorway colour 1 swatch', exact: true }).click();
    const area = page.getByRole('slider', { name: 'Colorway colour 1: saturation and brightness', exact: true });
    const box = await area.boundingBox();
    if (!box) throw new Error('no picker');
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.2);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) await page.mouse.move(box.x + box.width * (0.8 - i * 0.02), box.y + box.height * (0.2 + i * 0.02));
    await page.mouse.up();
    await page.keyboard.press('Escape');
    // Let the settled redraw happen, then force full redraws (a mode switch and back) and compare.
    await page.waitForTimeout(600);
    const afterDrag = await svg();
    await page.getByRole('switch', { name: 'Dark mode' }).click();
    await page.waitForTimeout(400);
    await page.getByRole('switch', { name: 'Dark mode' }).click();
    await expect.poll(svg, { timeout: 5000 }).toBe(afterDrag);
  });

  it('logged no console errors', () => {
    expect(session.editor.errors).toEqual([]);
  });
});
