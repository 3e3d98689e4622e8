import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_THEME } from '../theme-runtime/index.ts';
import { artifactPath, launchBrowser } from './support/browser.ts';

interface Box {
  name: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every visible control of the toolbar, with the page's own width, as a person sees them. */
const toolbarGeometry = (page: Page) =>
  page.evaluate(() => {
    const boxes: Box[] = [...document.querySelectorAll<HTMLElement>('.toolbar button, .toolbar select, .toolbar h1, .toolbar .save-state')]
      .filter((el) => el.checkVisibility())
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.getAttribute('aria-label') ?? el.textContent.trim(), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      });
    const bar = document.querySelector('.toolbar')?.getBoundingClientRect();
    return { boxes, pageWidth: document.documentElement.scrollWidth, viewport: window.innerWidth, barHeight: bar?.height ?? 0 };
  });

function expectFits(geometry: Awaited<ReturnType<typeof toolbarGeometry>>, state: string) {
  const { boxes, pageWidth, viewport, barHeight } = geometry;
  expect(pageWidth, `${state}: the page scrolls sideways`).toBeLessThanOrEqual(viewport);
  expect(barHeight, `${state}: the toolbar wraps`).toBeLessThan(60);
  for (const b of boxes) {
    expect(b.left, `${state}: ${b.name} starts off screen`).toBeGreaterThanOrEqual(0);
    expect(b.right, `${state}: ${b.name} ends off screen`).toBeLessThanOrEqual(viewport);
  }
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      expect(overlap, `${state}: ${a.name} overlaps ${b.name}`).toBe(false);
    }
  }
}

async function open(browser: Browser, width: number, failStorage = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  if (failStorage) {
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
  }
  const page = await context.newPage();
  await page.goto(inject('editorUrl'));
  return page;
}

async function setAccent(page: Page, value: string) {
  const field = page.getByLabel('Accent', { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

describe('the toolbar fits every width from 1024 to 1920 px in every state', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it.each([1024, 1280, 1440, 1920])('at %i px: fresh, saved, with an 80-character name, and when saving fails', async (width) => {
    const page = await open(browser, width);
    expectFits(await toolbarGeometry(page), `${width} fresh`);
    await setAccent(page, '#aa00ff');
    // The draft's 300 ms timer runs after the page's first long tasks (plotly loading and
    // drawing, seconds on a busy 2-core machine): what is tested here is the toolbar in each state.
    await expect.poll(() => page.locator('.save-state').getAttribute('title'), { timeout: 10_000 }).toMatch(/^Saved in this browser/);
    expectFits(await toolbarGeometry(page), `${width} saved`);
    expect(await page.getByRole('button', { name: 'Export', exact: true }).isVisible()).toBe(true);

    const name = 'A very long theme name for the quarterly board report of the analytics team 2026';
    expect(name).toHaveLength(80);
    await page.getByTestId('import-file').setInputFiles({ name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...DEFAULT_THEME, name })) });
    await expect.poll(() => page.locator('.theme-name').textContent()).toBe(name);
    expectFits(await toolbarGeometry(page), `${width} long name`);
    // The full name is still there for anyone who points at it, and in the window title.
    expect(await page.locator('.theme-name').getAttribute('title')).toBe(name);
    expect(await page.title()).toBe(`${name} — Design Kit`);
    await page.screenshot({ path: artifactPath(`toolbar-${width}.png`), clip: { x: 0, y: 0, width, height: 110 } });
    await page.context().close();

    const failing = await open(browser, width, true);
    await setAccent(failing, '#00aa55');
    await expect.poll(() => failing.locator('.save-state').textContent(), { timeout: 10_000 }).toContain('Not saved');
    expectFits(await toolbarGeometry(failing), `${width} not saved`);
    await failing.context().close();
  });

  it('moves Import and Share link into a More menu below 1024 px, and they work from there', async () => {
    const page = await open(browser, 900);
    expectFits(await toolbarGeometry(page), '900');
    expect(await page.getByRole('button', { name: 'Share link', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: /^Share link/ }).click();
    await expect.poll(() => page.getByTestId('toast').getByRole('textbox', { name: 'Share link' }).inputValue()).toMatch(/#theme=/);
    await page.screenshot({ path: artifactPath('toolbar-900.png'), clip: { x: 0, y: 0, width: 900, height: 110 } });
    await page.context().close();
  });

  it('writes colour one way throughout the editor’s own words', async () => {
    const page = await open(browser, 1440);
    await page.getByRole('button', { name: 'Edit as list' }).click();
    const words = await page.evaluate(() => (document.querySelector('.toolbar')?.textContent ?? '') + (document.getElementById('controls')?.innerText ?? ''));
    // "Colorway" is Plotly's name for the setting and stays; everything else says colour.
    expect(words.match(/\bcolou?rs?\b/gi)?.filter((w) => !/^colours?$/i.test(w)) ?? []).toEqual([]);
    expect(words).toMatch(/colour/i);
    await page.context().close();
  });
});
