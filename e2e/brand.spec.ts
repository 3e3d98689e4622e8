import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../theme-runtime/index.ts';
import { renderedTraceColors, rgb } from './support/plotly-dom.ts';
import { editorSession } from './support/session.ts';

const toHex = (css: string) => {
  const [r = 0, g = 0, b = 0] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return `#${[r, g, b].map((n) => Math.round(n).toString(16).padStart(2, '0')).join('')}`;
};

describe('brand-first colour', () => {
  const session = editorSession();
  const page = () => session.editor.page;
  const revenueChart = () => page().getByRole('figure', { name: /revenue by region/i }).first();

  it('starts a whole theme from a yellow brand: the fill stays the brand, accent text reads, every check passes', async () => {
    await page().getByRole('button', { name: 'Start from brand colours…' }).click();
    const brand = page().getByRole('textbox', { name: 'Brand colour', exact: true });
    await brand.fill('#ffcc00');
    await brand.press('Enter');
    await page().getByRole('button', { name: 'Create theme' }).click();

    expect(await page().getByRole('textbox', { name: 'Accent', exact: true }).inputValue()).toBe('#ffcc00');
    // The brand fills the header's button as it is…
    const refresh = page().locator('#preview').getByRole('button', { name: 'Refresh' });
    await expect.poll(() => refresh.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb('#ffcc00'));
    // …while accent-coloured text has its own colour that reads on the cards.
    const accentText = await page().getByRole('textbox', { name: 'Accent text', exact: true }).inputValue();
    expect(accentText).not.toBe('#ffcc00');
    expect(contrastRatio(accentText, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    await expect.poll(() => page().getByTestId('audit-summary').textContent()).toContain('No errors');
    // The description says why the links are not yellow.
    await page().locator('.toast summary, [role=status] summary').first().click();
    await expect.poll(() => page().getByText(/#ffcc00 cannot carry text/).count()).toBeGreaterThan(0);

    // In the components sheet the selected tab is written in the accent text colour.
    await page().getByRole('tab', { name: 'Components' }).click();
    const tab = page().getByRole('tablist', { name: 'Sample tabs' }).getByRole('tab', { selected: true });
    const [color, surface] = await tab.evaluate((el) => {
      let bg = el as HTMLElement | null;
      while (bg && getComputedStyle(bg).backgroundColor === 'rgba(0, 0, 0, 0)') bg = bg.parentElement;
      return [getComputedStyle(el).color, bg ? getComputedStyle(bg).backgroundColor : 'rgb(255, 255, 255)'] as const;
    });
    expect(toHex(color)).toBe(accentText);
    expect(contrastRatio(toHex(color), toHex(surface))).toBeGreaterThanOrEqual(4.5);
    await page().getByRole('tab', { name: 'Dashboard' }).click();
  });

  it('shows four suggestions in both modes and applies the one picked, to the charts too', async () => {
    await page().getByRole('button', { name: 'More options' }).click();
    const options = page().locator('.colorway-option');
    expect(await options.count()).toBe(4);
    // Every option shows a light and a dark strip, each with its verdict.
    for (let i = 0; i < 4; i++) expect(await options.nth(i).locator('.colorway-mode-verdict').count()).toBe(2);
    const vivid = page().getByRole('list', { name: 'Vivid, light mode' }).getByRole('listitem');
    const picked = await vivid.evaluateAll((items) => items.map((el) => el.getAttribute('aria-label') ?? ''));
    await page().getByRole('button', { name: 'Use the vivid colorway' }).click();
    const shown = page().getByRole('list', { name: 'light mode series' }).getByRole('listitem');
    await expect.poll(() => shown.evaluateAll((items) => items.map((el) => (el.getAttribute('aria-label') ?? '').replace(/^Series \d+: /, '')))).toEqual(picked);
    await expect.poll(async () => (await renderedTraceColors(revenueChart())).join(), { timeout: 20_000 }).toBe(picked.slice(0, 4).map(rgb).join());
    // Undo brings the previous colorway back in one step.
    await page().keyboard.press('Control+z');
    await expect.poll(() => shown.evaluateAll((items) => items.map((el) => el.getAttribute('aria-label') ?? '').join())).not.toContain(picked[1] ?? '');
  });

  it('fixes accent text without touching the brand fill, measured on the surface it names', async () => {
    const accentText = page().getByRole('textbox', { name: 'Accent text', exact: true });
    await accentText.fill('#ffcc00');
    await accentText.press('Enter');
    const fix = page().getByRole('button', { name: /^Fix contrast: Links .* measured on (cards|the page)$/ });
    await expect.poll(() => fix.count()).toBeGreaterThan(0);
    await fix.first().click();
    const fixed = await accentText.inputValue();
    expect(fixed).not.toBe('#ffcc00');
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(await page().getByRole('textbox', { name: 'Accent', exact: true }).inputValue()).toBe('#ffcc00');
    // And it can go back to deriving itself from the accent.
    await page().getByRole('button', { name: 'Derive from accent' }).click();
    await expect.poll(() => page().getByText('Derived from Accent').count()).toBeGreaterThan(0);
  });

  it('pins a series and a scale for dark mode only, and lets them be derived again', async () => {
    const p = page();
    const lightSeries = () => p.getByRole('list', { name: 'light mode series' }).getByRole('listitem').nth(1).getAttribute('aria-label');
    const darkSeries = () => p.getByRole('list', { name: 'dark mode series' }).getByRole('listitem').nth(1).getAttribute('aria-label');
    const before = await lightSeries();
    await p.getByRole('switch', { name: 'Dark mode' }).click();
    await p.getByRole('button', { name: 'Edit as list' }).click();
    const field = p.getByLabel('Colorway colour 2', { exact: true });
    await field.fill('#abcdef');
    await field.press('Enter');
    // The both-modes view trails an edit by a render (it is deferred): read it as it settles.
    await expect.poll(darkSeries).toBe('Series 2: #abcdef');
    expect(await lightSeries()).toBe(before);
    await p.getByRole('button', { name: 'Use derived' }).click();
    await expect.poll(darkSeries).not.toBe('Series 2: #abcdef');

    // A scale of the dark mode's own: editing it leaves the light scale as it was.
    const lightStop = async () => {
      await p.getByRole('switch', { name: 'Dark mode' }).click();
      const value = await p.getByLabel('Sequential stop 1', { exact: true }).inputValue();
      await p.getByRole('switch', { name: 'Dark mode' }).click();
      return value;
    };
    await p.getByText('Edit the', { exact: false }).first().click();
    const lightBefore = await lightStop();
    await p.getByRole('checkbox', { name: /Own scale for dark mode/ }).first().check();
    const stop = p.getByLabel('Sequential stop 1', { exact: true });
    await stop.fill('#102030');
    await stop.press('Enter');
    await expect.poll(() => stop.inputValue()).toBe('#102030');
    expect(await lightStop()).toBe(lightBefore);
    await p.getByRole('checkbox', { name: /Own scale for dark mode/ }).first().uncheck();
    await expect.poll(() => stop.inputValue()).not.toBe('#102030');
    await p.getByRole('switch', { name: 'Dark mode' }).click();
  });

  it('measures translucent text as it shows; the picker and Fix keep its opacity', async () => {
    const p = page();
    await p.getByRole('button', { name: 'Subtle text swatch' }).click();
    const opacity = p.getByRole('slider', { name: 'Subtle text: opacity' });
    await opacity.fill('60');
    await p.keyboard.press('Escape');
    const field = p.getByRole('textbox', { name: 'Subtle text', exact: true });
    const translucent = await field.inputValue();
    expect(translucent).toMatch(/^#[0-9a-f]{6}99$/);
    // Measured over the card as it shows, not as the opaque colour would.
    const badge = p.locator('.field', { has: field }).locator('.badge').first();
    await expect.poll(() => badge.textContent()).toContain('Fails AA');
    await p.getByRole('button', { name: /^Fix contrast: Captions/ }).first().click();
    const fixed = await field.inputValue();
    expect(fixed).toMatch(/^#[0-9a-f]{6}99$/);
    expect(fixed).not.toBe(translucent);
    await expect.poll(() => badge.textContent()).not.toContain('Fails');
  });
});
