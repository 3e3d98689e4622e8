import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTheme, resolveTheme } from '../theme-runtime/index.ts';
import { launchBrowser } from './support/browser.ts';
import { paperColor, renderedTraceColors, rgb } from './support/plotly-dom.ts';

// A fresh app outside the repository installs the exported package the way a person would
// (`npm install ./acme-theme-1.0.0.tgz` plus the peer dependencies), uses it as the
// package README says, and is built with its own Vite and opened in Chromium.

const repo = resolve('.');
const preset = parseTheme(JSON.parse(readFileSync('presets/design-kit.json', 'utf8')));
if (!preset.ok) throw new Error('design-kit preset does not parse');
const light = resolveTheme(preset.theme, 'light');
const dark = resolveTheme(preset.theme, 'dark');

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  return { code: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

describe('the exported package in a fresh app', () => {
  let dir: string;
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dk-consumer-'));
    // The CLI, as `npm run export` runs it.
    execFileSync(process.execPath, [join(repo, 'node_modules/tsx/dist/cli.mjs'), 'scripts/export.ts', 'presets/design-kit.json', '--out', dir, '--name', 'acme-theme', '--version', '1.0.0'], { cwd: repo, stdio: 'pipe' });
    cpSync(join(repo, 'e2e/consumer-app'), dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', './acme-theme-1.0.0.tgz', 'react@19', 'react-dom@19', 'plotly.js@4', 'vite@8', '@vitejs/plugin-react@6', 'typescript@~6.0.3', '@types/react@19', '@types/react-dom@19'], dir);
    if (install.code !== 0) throw new Error(`npm install failed:\n${install.output}`);
    const build = run(join(dir, 'node_modules/.bin/vite'), ['build'], dir);
    if (build.code !== 0) throw new Error(`the consumer's vite build failed:\n${build.output}`);
    server = await preview({ root: dir, configFile: false, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1' } });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
  }, 300_000);

  afterAll(async () => {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const url = (path: string) => `${server.resolvedUrls?.local[0] ?? ''}${path}`;
  const styles = () =>
    page.evaluate(() => {
      const app = getComputedStyle(document.querySelector('[data-testid=app]') as Element);
      const card = getComputedStyle(document.querySelector('[data-testid=card]') as Element);
      return { bg: app.backgroundColor, color: app.color, font: app.fontFamily, radius: card.borderRadius, cardBg: card.backgroundColor, bodyMargin: getComputedStyle(document.body).marginTop };
    });
  const chart = () => page.getByRole('img', { name: 'Sales by quarter' });

  it('installed: the package and the font packages it declares', () => {
    const pkg = JSON.parse(readFileSync(join(dir, 'node_modules/acme-theme/package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };
    expect(pkg.version).toBe('1.0.0');
    for (const font of Object.keys(pkg.dependencies)) expect(existsSync(join(dir, 'node_modules', font, 'package.json')), font).toBe(true);
  });

  it('renders the React page in the theme’s light mode', async () => {
    await page.goto(url('/index.html'));
    await expect.poll(async () => (await renderedTraceColors(chart())).length, { timeout: 20_000 }).toBe(3);
    expect(await styles()).toEqual({
      bg: rgb(light.colors.backgroundPage),
      color: rgb(light.colors.text),
      font: preset.theme.typography.body.family,
      radius: `${preset.theme.shape.radius}px`,
      cardBg: rgb(light.colors.backgroundContent),
      bodyMargin: '0px',
    });
    expect(await renderedTraceColors(chart())).toEqual(light.colorway.slice(0, 3).map(rgb));
    expect(await paperColor(chart())).toBe(rgb(light.colors.backgroundContent));
  });

  it('switches to dark mode in place, chart included, without remounting it', async () => {
    await chart().evaluate((el) => ((el as HTMLElement & { marked?: boolean }).marked = true));
    await page.getByRole('button', { name: 'Toggle dark mode' }).click();
    await expect.poll(() => paperColor(chart())).toBe(rgb(dark.colors.backgroundContent));
    expect(await renderedTraceColors(chart())).toEqual(dark.colorway.slice(0, 3).map(rgb));
    const s = await styles();
    expect([s.bg, s.color, s.cardBg]).toEqual([rgb(dark.colors.backgroundPage), rgb(dark.colors.text), rgb(dark.colors.backgroundContent)]);
    expect(await chart().evaluate((el) => (el as HTMLElement & { marked?: boolean }).marked)).toBe(true);
  });

  it('themes plain plotly.js through applyTheme, no React', async () => {
    await page.goto(url('/plain.html'));
    const plain = page.locator('#chart');
    await expect.poll(async () => (await renderedTraceColors(plain)).length, { timeout: 20_000 }).toBe(2);
    expect(await paperColor(plain)).toBe(rgb(dark.colors.backgroundContent));
    expect(await renderedTraceColors(plain)).toEqual(dark.colorway.slice(0, 2).map(rgb));
  });

  it('typechecks a strict TypeScript consumer and rejects misuse', () => {
    const ok = run(join(dir, 'node_modules/.bin/tsc'), ['-p', '.'], dir);
    expect(ok.output).toBe('');
    expect(ok.code).toBe(0);
    const bad = run(join(dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.misuse.json'], dir);
    expect(bad.code).not.toBe(0);
    expect(bad.output).toMatch(/'"Carousel"' is not assignable/);
    expect(bad.output).toMatch(/'"sepia"' is not assignable/);
  });

  it('loads in plain Node too (JSON templates for scripts and plotly.py)', () => {
    const out = run(process.execPath, ['--input-type=module', '-e', "import { plotlyTemplate, theme } from 'acme-theme'; console.log(theme.name, plotlyTemplate('dark').layout.paper_bgcolor)"], dir);
    expect(out.output.trim()).toBe(`${preset.theme.name} ${dark.colors.backgroundContent}`);
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
