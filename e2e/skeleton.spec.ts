import { readFileSync } from 'node:fs';
import { gunzipSync } from 'fflate';
import { parseTar } from 'nanotar';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTheme, resolveTheme, type Theme } from '../theme-runtime/index.ts';
import { artifactPath, launchBrowser, openEditor, type EditorPage } from './support/browser.ts';
import { paperColor, renderedTraceColors, rgb } from './support/plotly-dom.ts';
import { exportAs } from './support/export-menu.ts';

// What the editor should show at first: the default preset file, read as any theme file is.
function loadPreset(file: string): Theme {
  const result = parseTheme(JSON.parse(readFileSync(new URL(`../presets/${file}`, import.meta.url), 'utf8')));
  if (!result.ok) throw new Error(`${file} does not parse`);
  return result.theme;
}
const preset = loadPreset('design-kit.json');
const light = resolveTheme(preset, 'light');
const dark = resolveTheme(preset, 'dark');

describe('the editor skeleton, used as a person would', () => {
  let browser: Browser;
  let editor: EditorPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    editor = await openEditor(browser);
  });
  afterAll(async () => {
    await browser.close();
  });

  const revenueChart = () => editor.page.getByRole('figure', { name: /revenue by region/i }).first();
  const firstCard = () => editor.page.getByTestId('chart-card').first();
  const cardStyle = (property: 'borderTopColor' | 'backgroundColor') => firstCard().evaluate((el, p) => getComputedStyle(el)[p], property);

  it('opens on the default preset with a themed card and chart', async () => {
    await expect.poll(async () => (await renderedTraceColors(revenueChart())).length, { timeout: 20_000 }).toBe(4);
    expect(await renderedTraceColors(revenueChart())).toEqual(light.colorway.slice(0, 4).map(rgb));
    expect(await paperColor(revenueChart())).toBe(rgb(light.colors.backgroundContent));
    expect(await cardStyle('borderTopColor')).toBe(rgb(light.colors.accent));
    expect(await cardStyle('backgroundColor')).toBe(rgb(light.colors.backgroundContent));
    await editor.page.screenshot({ path: artifactPath('skeleton-light.png') });
  });

  it('restyles the card and the chart when the accent changes', async () => {
    const accent = editor.page.getByLabel('Accent', { exact: true });
    await accent.fill('rgb(170 0 255)');
    await accent.press('Enter');
    await expect.poll(async () => (await renderedTraceColors(revenueChart()))[0]).toBe('rgb(170, 0, 255)');
    // Only the series that follows {accent} changes.
    expect((await renderedTraceColors(revenueChart())).slice(1)).toEqual(light.colorway.slice(1, 4).map(rgb));
    expect(await cardStyle('borderTopColor')).toBe('rgb(170, 0, 255)');
    expect(await editor.page.getByRole('button', { name: 'Refresh' }).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(170, 0, 255)');
    await expect.poll(() => accent.inputValue()).toBe('#aa00ff');
  });

  it('refuses a colour it cannot read, says why, and keeps the theme', async () => {
    const accent = editor.page.getByLabel('Accent', { exact: true });
    await accent.fill('blue-ish');
    await accent.press('Enter');
    await expect.poll(() => editor.page.getByRole('alert').textContent()).toContain("'blue-ish' is not a colour");
    expect(await accent.getAttribute('aria-invalid')).toBe('true');
    expect((await renderedTraceColors(revenueChart()))[0]).toBe('rgb(170, 0, 255)');
    await accent.press('Escape');
    await expect.poll(() => accent.inputValue()).toBe('#aa00ff');
  });

  it('switches the preview to dark mode', async () => {
    const toggle = editor.page.getByRole('switch', { name: 'Dark mode' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => paperColor(revenueChart())).toBe(rgb(dark.colors.backgroundContent));
    // The accent edit was made in light mode; dark mode keeps its own accent.
    expect(await renderedTraceColors(revenueChart())).toEqual(dark.colorway.slice(0, 4).map(rgb));
    expect(await cardStyle('borderTopColor')).toBe(rgb(dark.colors.accent));
    expect(await editor.page.getByLabel('Accent', { exact: true }).inputValue()).toBe(dark.colors.accent);
    await editor.page.screenshot({ path: artifactPath('skeleton-dark.png') });
  });

  it('downloads the theme as JSON that parses back to the edited theme', async () => {
    const download = await exportAs(editor.page, /^Theme file/);
    expect(download.suggestedFilename()).toBe('design-kit.theme.json');
    const path = await download.path();
    const result = parseTheme(JSON.parse(readFileSync(path, 'utf8')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.theme.colors.light.accent).toBe('#aa00ff');
    expect(result.theme.colors.dark).toEqual(preset.colors.dark);
  });

  it('downloads the runtime package, built in the browser, carrying the edited theme', async () => {
    const download = await exportAs(editor.page, /^Runtime package/);
    expect(download.suggestedFilename()).toBe('design-kit-theme-1.0.0.tgz');
    const entries = parseTar(gunzipSync(readFileSync(await download.path())));
    const names = entries.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['package/package.json', 'package/index.js', 'package/react.js', 'package/runtime/react.js', 'package/plotly-template.dark.json', 'package/tokens.json', 'package/theme.css']));
    const theme = parseTheme(JSON.parse(entries.find((e) => e.name === 'package/theme.json')?.text ?? ''));
    expect(theme.ok && theme.theme.colors.light.accent).toBe('#aa00ff');
  });

  it('logged no console errors along the way', () => {
    expect(editor.errors).toEqual([]);
  });
});
