import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../editor/export/formats.ts';
import { artifactPath } from './support/browser.ts';
import { editorSession } from './support/session.ts';
import { previewChartsDrawn } from './support/charts-drawn.ts';

/** The name of what has focus, as a screen reader would start to say it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement)) return '';
    return el.getAttribute('aria-label') ?? (el.id || el.textContent.trim());
  });

describe('the editor from the keyboard', () => {
  const session = editorSession();

  it('reaches the preview in at most five key presses: Tab to "Skip to preview", Enter, Tab', async () => {
    const { page } = session.editor;
    await page.waitForFunction(previewChartsDrawn, 8, { timeout: 30_000 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to preview');
    const link = page.getByRole('link', { name: 'Skip to preview' });
    expect(await link.evaluate((el) => el.getBoundingClientRect().top >= 0)).toBe(true);
    await page.screenshot({ path: artifactPath('skip-link.png'), clip: { x: 0, y: 0, width: 600, height: 80 } });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('preview');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#preview') !== null)).toBe(true);
    expect(await focused(page)).toBe('preview-tab-dashboard');
  });

  it('skips to the controls too', async () => {
    const { page } = session.editor;
    await page.getByRole('link', { name: 'Skip to preview' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to controls');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('controls');
  });

  it('moves between preview pages with the arrow keys, Home and End', async () => {
    const { page } = session.editor;
    const tab = (name: string) => page.getByRole('tab', { name });
    await tab('Dashboard').focus();
    await page.keyboard.press('ArrowRight');
    expect(await tab('Report').getAttribute('aria-selected')).toBe('true');
    expect(await focused(page)).toBe('preview-tab-report');
    await page.keyboard.press('End');
    expect(await tab('Components').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await tab('Dashboard').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    expect(await tab('Components').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    expect(await tab('Dashboard').getAttribute('aria-selected')).toBe('true');
    // One Tab stop for the whole tab list; the panel is labelled by the selected tab.
    expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
    expect(await page.getByRole('tabpanel', { name: 'Dashboard' }).count()).toBe(1);
  });

  it('puts focus in the section the index names, so Tab goes on from there', async () => {
    const { page } = session.editor;
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Type' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('section-type');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#section-type') !== null)).toBe(true);
  });

  it('names every full-screen button after its card', async () => {
    const { page } = session.editor;
    const names = await page.getByRole('button', { name: /full screen/i }).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThanOrEqual(8);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^Full screen: \S/);
    expect(names).toContain('Full screen: Revenue by region (k$)');
  });

  it('opens the Export menu without downloading anything until an item is chosen with Enter', async () => {
    const { page } = session.editor;
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    const button = page.getByRole('button', { name: 'Export', exact: true });
    await button.focus();
    expect(await button.getAttribute('aria-haspopup')).toBe('menu');
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu');
    await expect.poll(() => menu.count()).toBe(1);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const items = await menu.getByRole('menuitem').count();
    expect(items).toBe(EXPORT_FORMATS.length + 1); // every format, and the runtime package
    // Walk the whole menu and round again: focus alone downloads nothing. (Radix moves focus
    // on a zero timeout after each key, so keys come at a person's pace, not all at once.)
    for (let i = 0; i < items + 2; i++) {
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(30);
    }
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Plotly template, light/);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    // Radix hands focus back on a zero timeout after the menu unmounts.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent.trim())).toMatch(/^Export/);
    await page.waitForTimeout(300);
    expect(downloads).toEqual([]);

    await page.keyboard.press('Enter');
    await expect.poll(() => menu.count()).toBe(1);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter'); // the first item: the theme file
    expect((await download).suggestedFilename()).toBe('design-kit.theme.json');
  });

  it('undoes typing inside a field until the value is applied, and the theme after', async () => {
    const { page } = session.editor;
    const accent = page.getByLabel('Accent', { exact: true });
    const before = await accent.inputValue();
    await accent.click();
    await accent.press('Control+a');
    await page.keyboard.type('#123456');
    // Not applied yet: Ctrl+Z is the field's own text undo, the theme is untouched.
    await page.keyboard.press('Control+z');
    expect(await accent.inputValue()).not.toBe('#123456');
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);
    await accent.fill('#123456');
    await accent.press('Enter');
    expect(await accent.inputValue()).toBe('#123456');
    // Applied: Ctrl+Z in the same field undoes the theme edit.
    await accent.press('Control+z');
    expect(await accent.inputValue()).toBe(before);
    await accent.press('Control+Shift+z');
    expect(await accent.inputValue()).toBe('#123456');
  });

  it('opens a colour picker from its swatch, edits with the arrow keys, and gives focus back where it belongs', async () => {
    const { page } = session.editor;
    const swatch = page.getByRole('button', { name: 'Accent swatch', exact: true });
    const picker = page.getByRole('dialog', { name: 'Accent colour picker' });
    const area = page.getByRole('slider', { name: 'Accent: saturation and brightness', exact: true });
    const value = page.getByRole('textbox', { name: 'Accent', exact: true });
    const before = await value.inputValue();
    await swatch.focus();
    expect(await swatch.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await picker.waitFor();
    expect(await swatch.getAttribute('aria-expanded')).toBe('true');
    expect(await swatch.getAttribute('aria-controls')).toBe(await picker.getAttribute('id'));
    // Focus moves into the picker, onto its first control: the colour area.
    await expect.poll(() => focused(page)).toBe('Accent: saturation and brightness');
    await area.press('Shift+ArrowLeft');
    await expect.poll(() => value.inputValue()).not.toBe(before);
    // Escape closes it and puts focus back on the swatch, the edit kept (one undo step).
    await page.keyboard.press('Escape');
    await picker.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('Accent swatch');
    expect(await swatch.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Control+z');
    await expect.poll(() => value.inputValue()).toBe(before);
    // Clicking the swatch again closes it; clicking elsewhere closes it and leaves focus there.
    await swatch.click();
    await picker.waitFor();
    await swatch.click();
    await picker.waitFor({ state: 'detached' });
    await swatch.click();
    await picker.waitFor();
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await name.click();
    await picker.waitFor({ state: 'detached' });
    // (Read a task later, when the picker would have put focus back, had it been Escape.)
    await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('reorders the colorway strip with Alt+← and Alt+→ on a swatch', async () => {
    const { page } = session.editor;
    const swatch = (n: number) => page.getByRole('button', { name: `Colorway colour ${n} swatch`, exact: true });
    const color = (n: number) => swatch(n).evaluate((el) => getComputedStyle(el).backgroundColor);
    const [two, three] = [await color(2), await color(3)];
    await swatch(2).focus();
    await page.keyboard.press('Alt+ArrowRight');
    expect([await color(2), await color(3)]).toEqual([three, two]);
    await page.keyboard.press('Control+z');
    expect([await color(2), await color(3)]).toEqual([two, three]);
  });

  it('walks every control of the toolbar and the panel with Tab alone, and back with Shift+Tab', async () => {
    const { page } = session.editor;
    // Every control a person can operate, tagged; roving groups (presets, preview tabs) count
    // as reached when any member is, since the arrow keys move within them.
    const total = await page.evaluate(() => {
      const controls = [...document.querySelectorAll<HTMLElement>('.toolbar button, .toolbar select, .skip-link, #controls button, #controls input, #controls select, #controls a, #controls summary, .preview-views [role="tab"]')].filter(
        (el) => el.checkVisibility() && !(el as HTMLButtonElement).disabled,
      );
      controls.forEach((el, i) => {
        const group = el.closest('[role="radiogroup"], [role="tablist"]');
        el.dataset['kb'] = group === null ? String(i) : `group:${group.getAttribute('aria-label') ?? ''}`;
      });
      return new Set(controls.map((el) => el.dataset['kb'])).size;
    });
    expect(total).toBeGreaterThan(60);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    const seen = new Set<string>();
    for (let i = 0; i < 600 && seen.size < total; i++) {
      await page.keyboard.press('Tab');
      const kb = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['kb']);
      if (kb !== undefined) seen.add(kb);
    }
    const missed = await page.evaluate((reached) => [...document.querySelectorAll<HTMLElement>('[data-kb]')].filter((el) => !reached.includes(el.dataset['kb'] ?? '')).map((el) => el.getAttribute('aria-label') ?? el.textContent), [...seen]);
    expect(missed).toEqual([]);
    // Shift+Tab walks back without getting stuck.
    const start = await focused(page);
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).not.toBe(start);
    expect(session.editor.errors).toEqual([]);
  });
});
