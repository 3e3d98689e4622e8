import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseTheme } from '../theme-runtime/index.ts';
import { fixturePath, readFixtureText } from '../theme-runtime/test-support/fixtures.ts';
import { launchBrowser, openEditor, type EditorPage } from './support/browser.ts';
import { exportAs } from './support/export-menu.ts';

const preset = parseTheme(JSON.parse(readFileSync('presets/design-kit.json', 'utf8')));
if (!preset.ok) throw new Error('design-kit preset does not parse');
const DEFAULT_ACCENT = preset.theme.colors.light.accent;

async function setAccent({ page }: EditorPage, value: string) {
  const field = page.getByLabel('Accent', { exact: true });
  await field.fill(value);
  await field.press('Enter');
}
const accentValue = ({ page }: EditorPage) => page.getByLabel('Accent', { exact: true }).inputValue();

describe('history, autosave, import and share links', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('undoes and redoes with the buttons and the keyboard', async () => {
    const editor = await openEditor(browser);
    const undo = editor.page.getByRole('button', { name: 'Undo', exact: true });
    expect(await undo.isDisabled()).toBe(true);
    await setAccent(editor, '#aa0011');
    await setAccent(editor, '#00aa11');
    await undo.click();
    expect(await accentValue(editor)).toBe('#aa0011');
    await editor.page.getByRole('button', { name: 'Redo' }).click();
    expect(await accentValue(editor)).toBe('#00aa11');
    await editor.page.locator('body').click({ position: { x: 5, y: 300 } });
    await editor.page.keyboard.press('Control+z');
    await editor.page.keyboard.press('Control+z');
    expect(await accentValue(editor)).toBe(DEFAULT_ACCENT);
    await editor.page.keyboard.press('Control+Shift+z');
    expect(await accentValue(editor)).toBe('#aa0011');
    expect(editor.errors).toEqual([]);
    await editor.page.context().close();
  });

  it('keeps the edit across a reload', async () => {
    const editor = await openEditor(browser);
    await setAccent(editor, '#7700ff');
    await expect.poll(() => editor.page.getByRole('status').filter({ hasText: 'Saved in this browser' }).count()).toBe(1);
    await editor.page.reload();
    await expect.poll(() => accentValue(editor)).toBe('#7700ff');
    await editor.page.context().close();
  });

  it('keeps every edit older than a second when the page is killed mid-edit', async () => {
    const editor = await openEditor(browser);
    await setAccent(editor, '#5500aa');
    // Older than one second by the time of the crash.
    await editor.page.waitForTimeout(1100);
    await setAccent(editor, '#aa5500');
    // Kill the renderer outright: no unload handlers, no chance to save.
    const cdp = await editor.page.context().newCDPSession(editor.page);
    const crashed = editor.page.waitForEvent('crash');
    // Never answers: the renderer is gone before it could.
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    const reopened = await editor.page.context().newPage();
    await reopened.goto(inject('editorUrl'));
    const accent = await reopened.getByLabel('Accent', { exact: true }).inputValue();
    expect(['#5500aa', '#aa5500']).toContain(accent);
    await editor.page.context().close();
  });

  it('tells a second tab when the first one saves, and does not let it overwrite that work silently', async () => {
    const first = await openEditor(browser);
    const second = await first.page.context().newPage();
    await second.goto(inject('editorUrl'));
    const secondEditor = { page: second, errors: [] as string[] };
    await setAccent(first, '#224466');
    await expect.poll(() => second.getByTestId('notice').textContent()).toContain('This theme was changed in another tab');
    // The second tab's own edit stays in that tab: the stored draft is still the first tab's.
    await setAccent(secondEditor, '#884422');
    await second.waitForTimeout(600);
    const stored = await second.evaluate(() => (JSON.parse(localStorage.getItem('design-kit:draft') ?? '{}') as { theme?: { colors?: { light?: { accent?: string } } } }).theme?.colors?.light?.accent);
    expect(stored).toBe('#224466');
    await second.getByRole('button', { name: 'Load the other tab’s version' }).click();
    expect(await accentValue(secondEditor)).toBe('#224466');
    expect(first.errors).toEqual([]);
    await first.page.context().close();
  });

  it('refuses an invalid file with located errors and leaves the theme alone; imports a Plotly template', async () => {
    const editor = await openEditor(browser);
    await setAccent(editor, '#123456');
    await editor.page.getByTestId('import-file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "colors": {"light": {"accent": "blue-ish"}}}') });
    const notice = editor.page.getByTestId('notice');
    await expect.poll(() => notice.textContent()).toContain('mine.json was not imported; your theme is unchanged.');
    expect(await notice.textContent()).toContain("/colors/light/accent: 'blue-ish' is not a colour");
    expect(await accentValue(editor)).toBe('#123456');

    await editor.page.getByTestId('import-file').setInputFiles(fixturePath('plotly-templates/ggplot2.json'));
    await expect.poll(() => editor.page.getByTestId('toast').textContent()).toContain('Imported ggplot2.json (Plotly template)');
    const ggplotFirst = (JSON.parse(readFixtureText('plotly-templates/ggplot2.json')) as { layout: { colorway: string[] } }).layout.colorway[0]?.toLowerCase();
    expect(await accentValue(editor)).toBe(ggplotFirst);
    await editor.page.getByTestId('toast').getByRole('button', { name: 'Undo import' }).click();
    expect(await accentValue(editor)).toBe('#123456');
    expect(editor.errors).toEqual([]);
    await editor.page.context().close();
  });

  it('opens a share link in a new page with the same theme', async () => {
    const editor = await openEditor(browser);
    await setAccent(editor, '#c0ffee');
    await editor.page.getByRole('button', { name: 'Share link' }).click();
    const field = editor.page.getByTestId('toast').getByRole('textbox', { name: 'Share link' });
    await expect.poll(() => field.inputValue()).toMatch(/#theme=/);
    const link = await field.inputValue();
    const hash = link.slice(link.indexOf('#'));
    await editor.page.context().close();

    const other = await openEditor(browser, hash);
    await expect.poll(() => accentValue(other)).toBe('#c0ffee');
    expect(await other.page.getByTestId('toast').textContent()).toContain('Opened the shared theme');
    expect(other.page.url()).not.toContain('#theme=');
    await other.page.context().close();
  });

  it('says a broken share link could not be opened and keeps the theme', async () => {
    const editor = await openEditor(browser, '#theme=eJzLSM3JyVcozy_KSQEAGgQEXQ-broken');
    await expect.poll(() => editor.page.getByTestId('notice').textContent()).toContain('This share link could not be opened; your theme is unchanged.');
    expect(await accentValue(editor)).toBe(DEFAULT_ACCENT);
    await editor.page.context().close();
  });

  it('sets a corrupted draft aside, starts from the default, and offers the draft as a download', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('design-kit:draft', '{"app":"design-kit","theme":{"version":1,"colors":{"light":{"accent":42}}}}');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await context.newPage();
    await page.goto(inject('editorUrl'));
    const notice = page.getByTestId('notice');
    await expect.poll(() => notice.textContent()).toContain('The saved draft could not be read');
    expect(await notice.textContent()).toContain('/theme/colors/light/accent: expected text, got number');
    expect(await page.getByLabel('Accent', { exact: true }).inputValue()).toBe(DEFAULT_ACCENT);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the damaged draft' }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toContain('"accent":42');
    await context.close();
  });

  it('warns when browser storage fails, and editing and export carry on', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await page.goto(inject('editorUrl'));
    const editor = { page, errors: [] as string[] };
    await setAccent(editor, '#0a0b0c');
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain('Your edits are not being saved: browser storage is full.');
    expect(await accentValue(editor)).toBe('#0a0b0c');
    const download = await exportAs(page, /^Theme file/);
    const saved = parseTheme(JSON.parse(readFileSync(await download.path(), 'utf8')));
    expect(saved.ok && saved.theme.colors.light.accent).toBe('#0a0b0c');
    await context.close();
  });

  it('opens a draft saved by an older schema version, migrated', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem('design-kit:draft', JSON.stringify({ app: 'design-kit', mode: 'light', theme: { version: 0, name: 'Old draft', palette: { primary: '#aa0000' } } }));
      sessionStorage.setItem('seeded', '1');
    });
    const page = await context.newPage();
    await page.goto(inject('editorUrl'));
    await expect.poll(() => page.getByLabel('Accent', { exact: true }).inputValue()).toBe('#aa0000');
    expect(await page.locator('.theme-name').textContent()).toBe('Old draft');
    await context.close();
  });

  it('refuses a 5 MB file at once with a clear message, theme unchanged', async () => {
    const editor = await openEditor(browser);
    const { page } = editor;
    const before = await accentValue(editor);
    const huge = Buffer.from(JSON.stringify({ version: 1, name: 'huge', description: 'x'.repeat(5 * 1024 * 1024) }));
    // Timed in the page, from the file arriving to the message on screen (the test harness's
    // own 5 MB transfer to the browser is not the editor's time).
    await page.getByTestId('import-file').evaluate((input) => {
      const times: { change?: number; shown?: number } = {};
      (window as unknown as { refusal: typeof times }).refusal = times;
      input.addEventListener('change', () => (times.change = performance.now()), { capture: true });
      new MutationObserver(() => {
        if (document.body.textContent.includes('huge.json was not imported')) times.shown ??= performance.now();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByTestId('import-file').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: huge });
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain('huge.json was not imported; your theme is unchanged.');
    const { change = 0, shown = Infinity } = await page.evaluate(() => (window as unknown as { refusal: { change?: number; shown?: number } }).refusal);
    expect(shown - change).toBeLessThan(250);
    expect(await page.getByTestId('notice').textContent()).toMatch(/5\.0 MB/);
    expect(await accentValue(editor)).toBe(before);
    expect(editor.errors).toEqual([]);
    await page.context().close();
  });

  it('warns when browser storage is disabled, and editing and export carry on', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript(() => {
      // What browsers do with storage blocked by the user or by policy.
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(inject('editorUrl'));
    const editor = { page, errors: [] as string[] };
    await setAccent(editor, '#0d0e0f');
    await expect.poll(() => page.getByTestId('notice').textContent()).toMatch(/not being saved/);
    expect(await accentValue(editor)).toBe('#0d0e0f');
    const download = await exportAs(page, /^Theme file/);
    const saved = parseTheme(JSON.parse(readFileSync(await download.path(), 'utf8')));
    expect(saved.ok && saved.theme.colors.light.accent).toBe('#0d0e0f');
    await context.close();
  });
});
