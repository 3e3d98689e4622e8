import { readFileSync } from 'node:fs';
import { strToU8, zlibSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_THEME, parseTheme, withRole } from '../theme-runtime/index.ts';
import { shareFragment } from '../editor/store/share-link.ts';
import { launchBrowser } from './support/browser.ts';
import { previewChartsDrawn } from './support/charts-drawn.ts';

const accent = (page: Page) => page.getByLabel('Accent', { exact: true }).inputValue();

/** A fresh context whose storage starts with `items` (set once, before the editor's first load). */
async function contextWith(browser: Browser, items: Record<string, string>): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await context.addInitScript((seed) => {
    if (sessionStorage.getItem('seeded') !== null) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v);
  }, items);
  return context;
}

const base64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('stored data goes through its door, and nothing is lost', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lists the readable saved colorways, names the broken one, and keeps the stored list aside', async () => {
    const stored = JSON.stringify([
      { name: 'Bogus', colors: ['{bogus}', '#000000'] },
      { name: 'Fine', colors: ['#1b9e77', '#d95f02', '#7570b3'] },
    ]);
    const context = await contextWith(browser, { 'design-kit:colorways': stored });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(inject('editorUrl'));
    const notice = page.getByTestId('notice');
    await expect.poll(() => notice.textContent()).toContain('Some saved colorways could not be read');
    expect(await notice.textContent()).toContain("/0/colors/0: '{bogus}' refers to no colour role");
    // The page is whole: toolbar, panels, preview.
    await page.waitForFunction(previewChartsDrawn, 8, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Use Fine' }).click();
    await page.getByRole('button', { name: 'Edit as list' }).click();
    expect(await page.getByLabel('Colorway colour 2', { exact: true }).inputValue()).toBe('#d95f02');
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('design-kit:colorways:unreadable:')).map((k) => localStorage.getItem(k)));
    expect(kept).toEqual([stored]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a share link over an autosaved draft as an undoable step, and offers the draft back', async () => {
    const draft = withRole({ ...DEFAULT_THEME, name: 'My draft' }, 'light', 'accent', '#0f7b6c');
    const context = await contextWith(browser, { 'design-kit:draft': JSON.stringify({ app: 'design-kit', savedAt: 1, mode: 'light', theme: draft }) });
    const shared = shareFragment(withRole({ ...DEFAULT_THEME, name: 'From a colleague' }, 'light', 'accent', '#b3261e'));
    if (!shared.ok) throw new Error(shared.message);
    const page = await context.newPage();
    await page.goto(`${inject('editorUrl')}${shared.fragment}`);
    await expect.poll(() => accent(page)).toBe('#b3261e');
    const notice = page.getByTestId('notice');
    expect(await notice.textContent()).toContain('Your own draft “My draft” is kept');
    // Kept in storage too, so a reload or the next autosave cannot take it.
    const aside = await page.evaluate(() => localStorage.getItem('design-kit:draft:before-link'));
    expect(parseTheme((JSON.parse(aside ?? '{}') as { theme: unknown }).theme)).toMatchObject({ ok: true, theme: { name: 'My draft' } });
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(false);
    await page.getByRole('button', { name: 'Back to my draft' }).click();
    expect(await accent(page)).toBe('#0f7b6c');
    // And forward again, like any undo.
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    expect(await accent(page)).toBe('#b3261e');
    await context.close();
  });

  it('refuses a share link holding more than 256 KB, saying why and what to do, with the theme intact', async () => {
    const huge = JSON.stringify({ version: 1, name: 'Huge', description: 'x'.repeat(300_000) });
    const context = await contextWith(browser, {});
    const page = await context.newPage();
    await page.goto(`${inject('editorUrl')}#theme=${base64Url(zlibSync(strToU8(huge)))}`);
    const notice = page.getByTestId('notice');
    await expect.poll(() => notice.textContent()).toContain('This share link could not be opened; your theme is unchanged.');
    expect(await notice.textContent()).toMatch(/more than 256 KB of theme.*Export → Theme file/);
    expect(await page.locator('.theme-name').textContent()).toBe('Design Kit');
    await context.close();
  });

  it('loads the other tab’s version without an echo: the first tab is told nothing', async () => {
    const context = await contextWith(browser, {});
    const first = await context.newPage();
    await first.goto(inject('editorUrl'));
    const second = await context.newPage();
    await second.goto(inject('editorUrl'));
    const field = first.getByLabel('Accent', { exact: true });
    await field.fill('#224466');
    await field.press('Enter');
    await expect.poll(() => second.getByTestId('notice').textContent()).toContain('This theme was changed in another tab');
    await second.getByRole('button', { name: 'Load the other tab’s version' }).click();
    expect(await accent(second)).toBe('#224466');
    // Long past the autosave delay: had the second tab saved again, the first would say so.
    await second.waitForTimeout(1000);
    expect(await first.getByTestId('notice').count()).toBe(0);
    expect(await second.getByTestId('notice').count()).toBe(0);
    await context.close();
  });

  it('shows what failed, with the theme to download, when a part of the editor cannot render', async () => {
    const context = await contextWith(browser, {});
    const page = await context.newPage();
    await page.goto(inject('editorUrl'));
    const field = page.getByLabel('Accent', { exact: true });
    await field.fill('#5a189a');
    await field.press('Enter');
    await page.waitForFunction(previewChartsDrawn, 8, { timeout: 30_000 });
    // A browser API the preview relies on starts failing: every chart mounted from now on throws.
    await page.evaluate(() => {
      window.ResizeObserver = function failing() {
        throw new Error('ResizeObserver is unavailable');
      } as unknown as typeof ResizeObserver;
    });
    await page.getByRole('tab', { name: 'Report' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong in the preview' });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain('ResizeObserver is unavailable');
    // The rest of the editor still works, and the work can be kept.
    expect(await accent(page)).toBe('#5a189a');
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download the current theme' }).click()]);
    const saved = parseTheme(JSON.parse(readFileSync(await download.path(), 'utf8')));
    expect(saved.ok && saved.theme.colors.light.accent).toBe('#5a189a');
    expect(await alert.getByRole('button', { name: 'Reload' }).count()).toBe(1);
    await context.close();
  });
});
