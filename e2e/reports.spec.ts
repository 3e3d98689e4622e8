import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fromDdkTheme, resolveTheme } from '../theme-runtime/index.ts';
import { normalizeDdkValue } from '../theme-runtime/formats/ddk-values.ts';
import { fixturePath, readFixtureText } from '../theme-runtime/test-support/fixtures.ts';
import { artifactPath } from './support/browser.ts';
import { exportAs } from './support/export-menu.ts';
import { editorSession } from './support/session.ts';

// Poppler's tools (`.ci/run` installs poppler-utils) read what Chromium printed.
const pdfText = (file: string, page?: number) => execFileSync('pdftotext', [...(page === undefined ? [] : ['-f', String(page), '-l', String(page)]), '-layout', file, '-']).toString();
const pdfInfo = (file: string) => execFileSync('pdfinfo', [file]).toString();
const pageCount = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(pdfInfo(file))?.[1]);

/** The grey level (0–255) at a point of a printed page, given as fractions of its width and height. */
function greyAt(file: string, page: number, x: number, y: number): number {
  const pgm = execFileSync('pdftoppm', ['-r', '30', '-gray', '-f', String(page), '-l', String(page), file]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm gave no PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  return pgm[header[0].length + Math.floor(y * height) * width + Math.floor(x * width)] ?? -1;
}

/** The mean and darkest grey level (0–255) of a printed page, from poppler's greyscale raster (PGM). */
function greyLevels(file: string, page: number): { mean: number; darkest: number } {
  const pgm = execFileSync('pdftoppm', ['-r', '30', '-gray', '-f', String(page), '-l', String(page), file]);
  // "P5\n<w> <h>\n255\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm gave no PGM');
  const pixels = pgm.subarray(header[0].length);
  let sum = 0;
  let darkest = 255;
  for (const p of pixels) {
    sum += p;
    darkest = Math.min(darkest, p);
  }
  return { mean: sum / pixels.length, darkest };
}

// Words only the editor's chrome shows: none may be printed.
const EDITOR_LABELS = ['Undo', 'Redo', 'Dark mode', 'Share link', 'Export', 'Colorway', 'Preset', 'Print / PDF', 'Checks'];
const HEADINGS = ['Sales and product usage', 'Executive summary', 'Growth', 'Operations', 'Appendix: accounts and regions'];

/** Clicks Print / PDF as a person would; the print dialog is replaced by `page.pdf()` once the report is ready. */
async function printToPdf(page: Page, name: string): Promise<string> {
  await page.evaluate(() => {
    (window as unknown as { __printed: boolean }).__printed = false;
    window.print = () => {
      (window as unknown as { __printed: boolean }).__printed = true;
    };
  });
  await page.getByRole('button', { name: 'Print / PDF' }).click();
  await page.waitForFunction(() => (window as unknown as { __printed: boolean }).__printed, undefined, { timeout: 30_000 });
  const file = join(mkdtempSync(join(tmpdir(), 'dk-print-')), `${name}.pdf`);
  // The sheet's size and margins come from the theme's @page rule.
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  writeFileSync(artifactPath(`${name}.pdf`), readFileSync(file));
  // Printing ends with the print: the report's print copy is gone, the editor is back.
  await expect.poll(() => page.getByTestId('print-root').count()).toBe(0);
  return file;
}

async function setText(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

describe('reports', () => {
  const session = editorSession();

  it('shows a report of several pages: title block, KPIs, charts of four kinds with captions, a long table', async () => {
    const { page } = session.editor;
    await page.getByRole('tab', { name: 'Report' }).click();
    const pages = page.getByTestId('report-page');
    await expect.poll(() => pages.count()).toBe(4);
    await expect.poll(() => page.locator('.dk-Report .js-plotly-plot').count(), { timeout: 30_000 }).toBe(5);
    const kinds = await page.locator('.dk-Report .js-plotly-plot').evaluateAll((plots) =>
      [...new Set(plots.flatMap((p) => (p as unknown as { _fullData: { type: string }[] })._fullData.map((t) => t.type)))].sort(),
    );
    expect(kinds).toEqual(expect.arrayContaining(['bar', 'box', 'pie', 'scatter']));
    expect(await page.locator('.dk-Report .dk-DataCard').count()).toBe(4);
    expect(await page.locator('.dk-Report figcaption').allTextContents()).toHaveLength(5);
    expect(await page.locator('.dk-Report .dk-Table tbody tr').count()).toBeGreaterThan(40);
    // Every chart sits inside its page's margins and above its caption: nothing clipped, nothing overlapping.
    const boxes = await page.locator('.dk-Report figure').evaluateAll((figures) =>
      figures.map((f) => {
        const pageBox = f.closest('.dk-Page')?.getBoundingClientRect();
        const padding = Number.parseFloat(getComputedStyle(f.closest('.dk-Page') as Element).paddingLeft);
        const svg = f.querySelector('.main-svg')?.getBoundingClientRect();
        const caption = f.querySelector('figcaption')?.getBoundingClientRect();
        return { page: pageBox && { left: pageBox.left + padding, right: pageBox.right - padding }, svg, caption };
      }),
    );
    for (const { page: inner, svg, caption } of boxes) {
      expect(inner && svg && caption).toBeTruthy();
      if (!inner || !svg || !caption) continue;
      expect(svg.left).toBeGreaterThanOrEqual(inner.left - 0.5);
      expect(svg.right).toBeLessThanOrEqual(inner.right + 0.5);
      expect(caption.top).toBeGreaterThanOrEqual(svg.bottom - 0.5);
    }
  });

  it('prints the report alone: its headings and page numbers, none of the editor, no blank last page', async () => {
    const { page } = session.editor;
    const file = await printToPdf(page, 'report-a4-light');
    expect(pdfInfo(file)).toMatch(/Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = pageCount(file);
    // Four report pages; the appendix table runs onto a fifth sheet.
    expect(pages).toBe(5);
    const text = pdfText(file);
    for (const heading of HEADINGS) expect(text).toContain(heading);
    for (const label of EDITOR_LABELS) expect(text).not.toContain(label);
    for (let n = 1; n <= pages; n++) {
      const sheet = pdfText(file, n);
      expect(sheet).toContain(`Page ${n} of ${pages}`);
      // Something besides the page number on every sheet: no blank page.
      expect(sheet.replace(/Page \d+ of \d+/, '').trim().length).toBeGreaterThan(100);
    }
    // Each report page starts a sheet, in order; the table's header is repeated on its second sheet.
    expect(pdfText(file, 1)).toContain('Sales and product usage');
    expect(pdfText(file, 2)).toContain('Growth');
    expect(pdfText(file, 3)).toContain('Operations');
    expect(pdfText(file, 4)).toContain('Appendix');
    expect(pdfText(file, 5)).toMatch(/Account\s+Region\s+Main product\s+Revenue/);
    // Light paper: white with dark text.
    const grey = greyLevels(file, 1);
    expect(grey.mean).toBeGreaterThan(235);
    expect(grey.darkest).toBeLessThan(80);
  });

  it('prints on light paper in dark mode, unless the theme asks for dark paper', async () => {
    const { page } = session.editor;
    await page.getByRole('switch', { name: 'Dark mode' }).click();
    const light = await printToPdf(page, 'report-dark-mode-light-paper');
    expect(greyLevels(light, 1).mean).toBeGreaterThan(235);
    expect(greyLevels(light, 1).darkest).toBeLessThan(80);
    await page.getByLabel('Paper', { exact: true }).selectOption('dark');
    const dark = await printToPdf(page, 'report-dark-paper');
    // Painted edge to edge, margins included, and still the report's five sheets.
    const grey = greyLevels(dark, 1);
    expect(grey.mean).toBeLessThan(60);
    // One colour from the sheet's edge into the blank space above the footnote: no band inside the margins.
    expect(Math.abs(greyAt(dark, 1, 0.01, 0.5) - greyAt(dark, 1, 0.5, 0.82))).toBeLessThanOrEqual(2);
    expect(pageCount(dark)).toBe(5);
    await page.getByLabel('Paper', { exact: true }).selectOption('light');
    await page.getByRole('switch', { name: 'Dark mode' }).click();
  });

  it('prints in the page size, orientation and margins set, with the running header and footer', async () => {
    const { page } = session.editor;
    await page.getByLabel('Paper size', { exact: true }).selectOption('Letter');
    await setText(page, 'Running header', 'Acme Corp · Quarterly review');
    await setText(page, 'Running footer', 'Confidential');
    // On screen each page is a Letter sheet (8.5 in = 816 px) with the header on it.
    await expect.poll(() => page.getByTestId('report-page').first().evaluate((el) => Math.round(el.getBoundingClientRect().width))).toBe(816);
    expect(await page.getByTestId('report-page').first().textContent()).toContain('Acme Corp · Quarterly review');
    const file = await printToPdf(page, 'report-letter');
    expect(pdfInfo(file)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    const pages = pageCount(file);
    for (let n = 1; n <= pages; n++) {
      const sheet = pdfText(file, n);
      expect(sheet).toContain('Acme Corp · Quarterly review');
      expect(sheet).toContain('Confidential');
      expect(sheet).toContain(`Page ${n} of ${pages}`);
    }
    // Landscape swaps the sheet.
    await page.getByLabel('Orientation', { exact: true }).selectOption('landscape');
    const wide = await printToPdf(page, 'report-letter-landscape');
    expect(pdfInfo(wide)).toMatch(/Page size:\s+792 x 612 pts/);
    await page.getByLabel('Orientation', { exact: true }).selectOption('portrait');
    await page.getByLabel('Paper size', { exact: true }).selectOption('A4');
  });

  it('renames the theme: every export and file name follows, and package names are checked', async () => {
    const { page } = session.editor;
    await setText(page, 'Name', 'Acme Analytics');
    await expect.poll(() => page.locator('.theme-name').textContent()).toBe('Acme Analytics');
    expect((await exportAs(page, /Theme file/)).suggestedFilename()).toBe('acme-analytics.theme.json');
    expect((await exportAs(page, /Runtime package/)).suggestedFilename()).toBe('acme-analytics-theme-1.0.0.tgz');
    await setText(page, 'Package name', 'Acme Theme');
    expect(await page.getByRole('alert').filter({ hasText: 'is not an npm package name' }).count()).toBe(1);
    await setText(page, 'Package name', '@acme/analytics-theme');
    await setText(page, 'Version', '2.1.0');
    expect(await page.getByRole('alert').filter({ hasText: 'npm package name' }).count()).toBe(0);
    const download = await exportAs(page, /Runtime package/);
    expect(download.suggestedFilename()).toBe('acme-analytics-theme-2.1.0.tgz');
  });

  it('takes any typed font family, adds a fallback and warns when it will not load offline', async () => {
    const { page } = session.editor;
    const field = page.getByLabel('Body font', { exact: true });
    await setText(page, 'Body font', 'Avenir Next');
    await expect.poll(() => field.inputValue()).toBe('Avenir Next, system-ui, sans-serif');
    const warning = page.getByRole('status').filter({ hasText: 'Avenir Next is not bundled' });
    expect(await warning.count()).toBe(1);
    expect(await page.getByTestId('preview-app').evaluate((el) => getComputedStyle(el).fontFamily)).toBe('"Avenir Next", system-ui, sans-serif');
    // A bundled family needs no warning and renders from the editor's own files.
    await setText(page, 'Body font', 'Lora');
    await expect.poll(() => field.inputValue()).toBe('Lora, Georgia, serif');
    expect(await warning.count()).toBe(0);
    // The family's files load on demand: a moment after the field changes, not with it.
    await expect.poll(() => page.evaluate(() => document.fonts.check('16px Lora'))).toBe(true);
  });

  it('sets card padding, title look and component colours, and the preview follows', async () => {
    const { page } = session.editor;
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    const card = page.getByTestId('chart-card').first();
    await setText(page, 'Card padding', '28');
    await expect.poll(() => card.evaluate((el) => getComputedStyle(el).paddingTop)).toBe('28px');
    await page.getByLabel('Card titles', { exact: true }).selectOption('plain');
    await expect.poll(() => card.locator('.dk-CardHeader').evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('none');
    // A set component colour shows where that component is, and "Use derived" gives it back.
    await setText(page, 'Tag fill', '#253247');
    const tag = page.locator('.dk-Header .dk-Tag').first();
    await expect.poll(() => tag.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(37, 50, 71)');
    // On a dark fill the tag text stays readable: the check names it once it is set.
    await page.getByRole('button', { name: 'Use derived' }).first().click();
    await expect.poll(() => tag.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgb(37, 50, 71)');
  });

  it('imports DDK’s fullest dict with a short notice and exports it back key for key', async () => {
    const { page } = session.editor;
    await page.getByTestId('import-file').setInputFiles(fixturePath('ddk-themes/ddk-app-full.json'));
    const toast = page.getByTestId('toast');
    await expect.poll(() => toast.textContent()).toMatch(/Imported ddk-app-full\.json \(DDK theme\).*\d+ of 100 DDK keys follow from the theme’s settings; \d+ kept/);
    // Open Sans is bundled now: it renders as itself, not as Times. The report's Computer
    // Modern is not, and the notice says so.
    expect(await page.evaluate(() => document.fonts.check('16px "Open Sans"'))).toBe(true);
    expect(await toast.textContent()).toContain('A font will not load offline.');
    await toast.locator('summary', { hasText: 'Details' }).click();
    expect(await toast.locator('details').getAttribute('open')).not.toBeNull();
    expect(await toast.locator('details').textContent()).toContain('Computer Modern is not bundled');
    const download = await exportAs(page, 'Dash Design Kit theme, light');
    const path = await download.path();
    const back = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const original = JSON.parse(readFixtureText('ddk-themes/ddk-app-full.json')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(original)) expect(normalizeDdkValue(back[key]), key).toEqual(normalizeDdkValue(value));
    // The dark dict is the theme's dark mode.
    const dark = JSON.parse(readFileSync(await (await exportAs(page, 'Dash Design Kit theme, dark')).path(), 'utf8')) as Record<string, unknown>;
    const imported = fromDdkTheme(original);
    if (!imported.ok) throw new Error('fixture does not import');
    expect(dark['background_page']).toBe(resolveTheme(imported.theme, 'dark').colors.backgroundPage);
  });
});
