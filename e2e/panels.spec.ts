import { describe, expect, it } from 'vitest';
import { checkTheme, contrastRatio, parseTheme } from '../theme-runtime/index.ts';
import type { EditorPage } from './support/browser.ts';
import { rgb } from './support/plotly-dom.ts';
import { editorSession } from './support/session.ts';

async function setField(editor: EditorPage, label: string, value: string) {
  const field = editor.page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

describe('the theme panels', () => {
  const session = editorSession();

  const verdict = () => session.editor.page.getByTestId('cvd-verdict').textContent();

  it('adds a colour to the colorway and shows the colour-vision verdict change', async () => {
    // The default's version-1 colorway has close pairs (ΔE00 9.4: a warning), none confusable.
    expect(await verdict()).not.toMatch(/hard to tell apart/);
    // The strip shows the colorway at a glance; the list has a text field per colour.
    await session.editor.page.getByRole('button', { name: 'Edit as list' }).click();
    const before = await session.editor.page.getByLabel(/^Colorway colour \d+$/).count();
    await session.editor.page.getByRole('button', { name: 'Add colour' }).click();
    expect(await session.editor.page.getByLabel(/^Colorway colour \d+$/).count()).toBe(before + 1);
    // The suggestion it adds makes no pair confusable …
    expect(await verdict()).not.toMatch(/hard to tell apart/);
    // … and a violet beside the blue accent does not, for red-green colour blindness.
    await setField(session.editor, `Colorway colour ${before + 1}`, '#7b5cd6');
    await expect.poll(verdict).toMatch(/pairs? hard to tell apart/);
    expect(await session.editor.page.getByRole('listitem', { name: /too close/ }).count()).toBeGreaterThan(0);
  });

  it('applies a suggested colorway that passes again', async () => {
    await session.editor.page.getByRole('button', { name: 'Suggest from accent' }).click();
    await expect.poll(verdict).toContain('Distinguishable for protan, deutan and tritan vision');
    expect(await session.editor.page.getByText('follows Accent').count()).toBe(1);
  });

  it('reorders with the buttons and with Alt+arrow keys', async () => {
    const value = (n: number) => session.editor.page.getByLabel(`Colorway colour ${n}`, { exact: true }).inputValue();
    const [two, three] = [await value(2), await value(3)];
    await session.editor.page.getByRole('button', { name: 'Move colour 2 down' }).click();
    expect([await value(2), await value(3)]).toEqual([three, two]);
    await session.editor.page.getByLabel('Colorway colour 3', { exact: true }).press('Alt+ArrowUp');
    expect([await value(2), await value(3)]).toEqual([two, three]);
  });

  it('reorders by dragging a colour onto another place', async () => {
    const { page } = session.editor;
    const value = (n: number) => page.getByLabel(`Colorway colour ${n}`, { exact: true }).inputValue();
    const [one, three] = [await value(1), await value(3)];
    const item = (n: number) => page.locator('.colorway-item').nth(n - 1);
    await item(3).locator('.drag-handle').dragTo(item(1));
    expect([await value(1), await value(2)]).toEqual([three, one]);
    // One step to undo, like any edit.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    expect([await value(1), await value(3)]).toEqual([one, three]);
  });

  it('fixes a failing contrast with one click', async () => {
    await setField(session.editor, 'Subtle text', '#c4c8cf');
    const fix = session.editor.page.getByRole('button', { name: /^Fix contrast: Captions/ });
    await fix.click();
    const fixed = await session.editor.page.getByLabel('Subtle text', { exact: true }).inputValue();
    expect(fixed).not.toBe('#c4c8cf');
    expect(contrastRatio(fixed, '#f4f5f7')).toBeGreaterThanOrEqual(4.5);
    // The checks run in a worker: the badge follows a frame or two after the fix.
    await expect.poll(() => session.editor.page.getByRole('button', { name: /^Fix contrast/ }).count()).toBe(0);
  });

  it('follows a continuous drag with its checks and settles on those of the colour let go', async () => {
    const page = session.editor.page;
    await page.getByRole('button', { name: 'Text swatch', exact: true }).click();
    const area = page.getByRole('slider', { name: 'Text: saturation and brightness', exact: true });
    const box = await area.boundingBox();
    if (box === null) throw new Error('no picker');
    // From a dark colour to a pale one, a pointer move per frame, never waiting for the checks.
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.9);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) await page.mouse.move(box.x + box.width * (0.9 - 0.8 * (i / 30)), box.y + box.height * (0.9 - 0.85 * (i / 30)));
    await page.mouse.up();
    await page.keyboard.press('Escape');
    const text = await page.getByRole('textbox', { name: 'Text', exact: true }).inputValue();
    // What the checks say of the theme the editor holds now, made here in Node.
    await expect.poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem('design-kit:draft') ?? '{}') as { theme?: { colors?: { light?: { text?: string } } } }).theme?.colors?.light?.text)).toBe(text);
    const draft = await page.evaluate(() => (JSON.parse(localStorage.getItem('design-kit:draft') ?? '{}') as { theme?: unknown }).theme);
    const parsed = parseTheme(draft);
    if (!parsed.ok) throw new Error('the draft does not parse');
    const expected = checkTheme(parsed.theme).findings.map((f) => f.message);
    expect(expected.some((m) => m.startsWith('Body text on cards'))).toBe(true);
    await expect.poll(() => page.locator('.findings li > span:nth-child(2)').allTextContents()).toEqual(expected);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
  });

  it('scrolls each section the index names to just below the index (no band of the section above), the last one too', async () => {
    // Sections out of view skip rendering (content-visibility); each must still land where asked.
    const page = session.editor.page;
    const links = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThan(8);
    for (const i of [count - 1, 3, count - 2, 0, 5]) {
      const link = links.nth(i);
      const id = ((await link.getAttribute('href')) ?? '').slice(1);
      await link.click();
      const gap = () =>
        page.evaluate((id) => {
          const index = document.querySelector('.panel-index')?.getBoundingClientRect().bottom ?? 0;
          const panel = document.getElementById('controls');
          const top = document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN;
          // At the top of the panel, or the panel scrolled as far as it goes.
          const atEnd = panel !== null && panel.scrollTop + panel.clientHeight >= panel.scrollHeight - 1;
          // A section starts within 16 px of the index: a band of the section above reads as part of it.
          return (top >= index && top - index <= 16) || (atEnd && top > index) ? 'in place' : `${id}: ${Math.round(top - index)} px below the index (scrollTop ${panel?.scrollTop}, scrollHeight ${panel?.scrollHeight}, client ${panel?.clientHeight})`;
        }, id);
      await expect.poll(gap).toBe('in place');
    }
  });

  it('keeps a section in place while the panel grows above it, and leaves the scroll to the person once they scroll', async () => {
    const page = session.editor.page;
    const index = page.getByRole('navigation', { name: 'Sections' });
    const below = (id: string) =>
      page.evaluate((id) => Math.round((document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN) - (document.querySelector('.panel-index')?.getBoundingClientRect().bottom ?? 0)), id);
    // Content that comes late above the target (a section back from content-visibility at its
    // real height, a check's new finding), in the section just above: rendered, so it can grow.
    const grow = (id: string) =>
      page.evaluate((id) => {
        const spacer = document.createElement('div');
        spacer.className = 'test-spacer';
        spacer.style.height = '300px';
        document.getElementById(id)?.append(spacer);
      }, id);
    try {
      await index.getByRole('link', { name: 'Reports' }).click();
      await expect.poll(() => below('section-reports')).toBeLessThanOrEqual(16);
      const placed = await below('section-reports');
      expect(await page.evaluate(() => document.getElementById('section-charts')?.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
      await grow('section-charts');
      await expect.poll(() => below('section-reports')).toBe(placed);
      // The person scrolls: from then on nothing pulls the panel back.
      await page.locator('#controls').hover();
      await page.mouse.wheel(0, 200);
      await expect.poll(() => below('section-reports')).toBeLessThan(placed - 150);
      const scrolled = await below('section-reports');
      await grow('section-charts');
      await page.waitForTimeout(300);
      expect(await below('section-reports')).toBe(scrolled);
    } finally {
      await page.evaluate(() => document.querySelectorAll('.test-spacer').forEach((s) => s.remove()));
    }
  });

  it('leads from an accessibility finding to the control that fixes it', async () => {
    await setField(session.editor, 'Text', '#b0b4ba');
    await expect.poll(() => session.editor.page.getByTestId('audit-summary').textContent()).toMatch(/error/);
    await session.editor.page.getByRole('button', { name: /^Go to setting: Body text on cards/ }).click();
    await expect.poll(() => session.editor.page.evaluate(() => document.activeElement?.getAttribute('data-path'))).toBe('/colors/light/text');
  });

  it('changes the body font, and the charts’ text follows', async () => {
    const { page } = session.editor;
    const chartFont = () => page.locator('.js-plotly-plot .xtick text').first().evaluate((el) => (el as SVGTextElement).style.fontFamily);
    await expect.poll(chartFont, { timeout: 20_000 }).toContain('Inter');
    // Picking a stack from the field's list applies it at once.
    await page.getByLabel('Body font', { exact: true }).fill('"Source Serif 4", Georgia, serif');
    await expect.poll(chartFont).toContain('Source Serif 4');
    expect(await page.getByTestId('preview-app').evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Source Serif 4');
  });

  it('refuses a size out of range, says why, and keeps the theme', async () => {
    const { page } = session.editor;
    const size = page.getByLabel('Body size', { exact: true });
    const before = await size.inputValue();
    await size.fill('400');
    await size.blur();
    expect(await page.getByRole('alert').filter({ hasText: 'Enter a number from 8 to 72 px' }).count()).toBe(1);
    expect(await page.getByTestId('preview-app').evaluate((el) => getComputedStyle(el).fontSize)).toBe(`${before}px`);
    await size.fill('16');
    await size.blur();
    await expect.poll(() => page.getByTestId('preview-app').evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
  });

  it('turns chart gridlines off', async () => {
    const { page } = session.editor;
    const gridlines = () => page.locator('.js-plotly-plot').first().locator('.gridlayer path').count();
    expect(await gridlines()).toBeGreaterThan(0);
    await page.getByLabel('Gridlines', { exact: true }).selectOption('none');
    await expect.poll(gridlines).toBe(0);
  });

  it('changes the accent through the picker: drag, hue keys, any CSS colour; one undo per drag', async () => {
    const { page } = session.editor;
    const accent = page.getByLabel('Accent', { exact: true });
    const before = await accent.inputValue();
    await page.getByRole('button', { name: 'Accent swatch' }).click();
    const area = page.getByRole('slider', { name: 'Accent: saturation and brightness' });
    const box = await area.boundingBox();
    if (!box) throw new Error('the picker area is not on screen');
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.1);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * (0.9 - i * 0.03), box.y + box.height * (0.1 + i * 0.02));
    await page.mouse.up();
    const dragged = await accent.inputValue();
    expect(dragged).not.toBe(before);
    // A whole drag is one undo step.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    expect(await accent.inputValue()).toBe(before);

    await page.getByRole('button', { name: 'Accent swatch' }).click();
    const hue = page.getByRole('slider', { name: 'Accent: hue' });
    await hue.focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => accent.inputValue()).not.toBe(before);

    const any = page.getByLabel('Accent: any CSS colour');
    await any.fill('oklch(55% 0.2 30)');
    await any.press('Enter');
    await expect.poll(() => accent.inputValue()).toMatch(/^#[0-9a-f]{6}$/);
    const fromOklch = await accent.inputValue();
    expect(Number.parseInt(fromOklch.slice(1, 3), 16)).toBeGreaterThan(150); // a red
    await page.keyboard.press('Escape');
    expect(await page.getByRole('slider', { name: 'Accent: hue' }).count()).toBe(0);
  });

  it('starts from a preset with one click, or with the arrow keys', async () => {
    const { page } = session.editor;
    await page.getByRole('radio', { name: 'Midnight' }).click();
    expect(await page.getByRole('radio', { name: 'Midnight' }).getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => page.getByLabel('Accent', { exact: true }).inputValue()).toBe('#0e7490');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('radio', { checked: true }).textContent()).toBe('Okabe–Ito');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => page.getByLabel('Accent', { exact: true }).inputValue()).toBe('#0e7490');
  });

  it('repairs a rainbow sequential scale with a suggestion', async () => {
    const { page } = session.editor;
    await page.getByText('Edit the', { exact: false }).first().click();
    await setField(session.editor, 'Sequential stop 1', '#0000ff');
    await setField(session.editor, 'Sequential stop 2', '#00ff00');
    await expect.poll(() => page.getByTestId('sequential-verdict').textContent()).toMatch(/up and down/);
    await page.getByRole('button', { name: 'Suggest sequential from accent' }).click();
    await expect.poll(() => page.getByTestId('sequential-verdict').textContent()).toContain('Lightness runs one way');
  });

  it('saves a colorway and reuses it later', async () => {
    const { page } = session.editor;
    const first = () => page.getByLabel('Colorway colour 2', { exact: true }).inputValue();
    const kept = await first();
    await page.getByRole('button', { name: 'Save this colorway' }).click();
    await setField(session.editor, 'Colorway colour 2', '#000000');
    await page.getByRole('button', { name: /^Use / }).first().click();
    expect(await first()).toBe(kept);
  });

  it('restyles the header, inputs, table and tags from Layout & components', async () => {
    const { page } = session.editor;
    const preview = page.getByTestId('preview-app');
    const style = (selector: string, property: string) => preview.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
    const accent = rgb(await page.getByLabel('Accent', { exact: true }).inputValue());

    await page.getByLabel('Header', { exact: true }).selectOption('accent');
    await expect.poll(() => style('.dk-Header', 'background-color')).toBe(accent);
    const title = await style('.dk-Header .dk-Title', 'color');
    const hex = (c: string) => `#${(c.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
    expect(contrastRatio(hex(title), hex(accent))).toBeGreaterThanOrEqual(4.5);

    await page.getByLabel('Inputs', { exact: true }).selectOption('underlined');
    await expect.poll(() => style('.dk-ControlItem__control', 'background-color')).toBe('rgba(0, 0, 0, 0)');
    expect(await style('.dk-ControlItem__control', 'border-top-color')).toBe('rgba(0, 0, 0, 0)');

    await page.getByRole('tab', { name: 'Components' }).click();
    const padding = () => style('.dk-Table__cell', 'padding-top').then(Number.parseFloat);
    const normal = await padding();
    await page.getByLabel('Table density', { exact: true }).selectOption('compact');
    await expect.poll(padding).toBeLessThan(normal);
    // Unstriped, an even row shows the table's own background through.
    const evenRow = () => style('.dk-Table tbody .dk-Table__row:nth-child(even):not([aria-selected="true"])', 'background-color');
    expect(await evenRow()).not.toBe('rgba(0, 0, 0, 0)');
    await page.getByLabel('Striped rows', { exact: true }).uncheck();
    await expect.poll(evenRow).toBe('rgba(0, 0, 0, 0)');

    await page.getByLabel('Tag shape', { exact: true }).selectOption('square');
    await expect.poll(() => style('.dk-Tag', 'border-top-left-radius')).toBe('0px');
    await page.getByLabel('Tag style', { exact: true }).selectOption('solid');
    await expect.poll(() => style('.dk-Tag:not([aria-selected="true"])', 'background-color')).toBe(accent);
    await page.getByRole('tab', { name: 'Dashboard' }).click();
  });

  // Every preset's description: the box shows all of it, never a line cut in half.
  it.each(['design-kit', 'graphite', 'broadsheet', 'midnight', 'okabe-ito', 'terracotta'])('shows %s’s whole description, no line cut in half', async (preset) => {
    const { page } = session.editor;
    await page.locator(`#preset-${preset}`).click();
    const box = page.getByLabel('Description', { exact: true });
    await expect.poll(() => box.inputValue()).not.toBe('');
    // Nothing scrolled out of the box (a description is a few lines; a long one scrolls past eight).
    expect(await box.evaluate((el: HTMLTextAreaElement) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
  });

  it('logged no console errors', () => {
    expect(session.editor.errors).toEqual([]);
  });
});
