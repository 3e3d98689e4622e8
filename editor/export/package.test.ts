import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseTar } from 'nanotar';
import { gunzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { COMPONENT_NAMES, applyTheme as runtimeApplyTheme, componentProps as runtimeComponentProps, cssVariables as runtimeCssVariables, DEFAULT_THEME, parseTheme, plotlyTemplate, withRole, type Theme } from '../../theme-runtime/index.ts';
import type * as Core from '../../theme-runtime/package/index.ts';
import type * as Create from '../../theme-runtime/package/create.ts';
import { checkPackageOptions, packageFiles, tarballName } from './package-files.ts';
import { readRuntimeFiles } from './runtime-files-node.ts';
import { tarball } from './tarball.ts';

// The real prebuilt runtime (npm run test:unit builds it first), entries included.
const runtime = readRuntimeFiles();
const options = { name: 'acme-theme', version: '1.0.0' };

describe('packageFiles', () => {
  const files = packageFiles(DEFAULT_THEME, runtime, options);

  it('has the entries DESIGN.md promises, and exports for each', () => {
    const manifest = JSON.parse(files['package.json'] ?? '{}') as { exports: Record<string, unknown>; peerDependenciesMeta: Record<string, { optional: boolean }>; type: string };
    for (const path of ['index.js', 'index.d.ts', 'react.js', 'react.d.ts', 'theme.json', 'plotly-template.light.json', 'plotly-template.dark.json', 'plotly-template.legacy.light.json', 'plotly-template.legacy.dark.json', 'tokens.json', 'theme.css', 'README.md', 'runtime/react.js']) {
      expect(files[path], path).toBeDefined();
    }
    expect(Object.keys(manifest.exports)).toEqual(expect.arrayContaining(['.', './react', './theme.json', './plotly-template.light.json', './plotly-template.dark.json', './plotly-template.legacy.dark.json', './tokens.json', './theme.css']));
    expect(manifest.type).toBe('module');
    for (const peer of ['react', 'react-dom', 'plotly.js']) expect(manifest.peerDependenciesMeta[peer]?.optional).toBe(true);
  });

  it('carries the theme only as JSON: the code is the same whatever the theme', () => {
    const other: Theme = { ...DEFAULT_THEME, name: '</script><script>alert(1)</script>', colors: { ...DEFAULT_THEME.colors, light: { ...DEFAULT_THEME.colors.light, accent: '#123456' } } };
    const otherFiles = packageFiles(other, runtime, options);
    for (const code of ['index.js', 'index.d.ts', 'react.js', 'react.d.ts', 'create.js', 'create.d.ts']) expect(otherFiles[code]).toBe(files[code]);
    expect(parseTheme(JSON.parse(otherFiles['theme.json'] ?? '')).ok).toBe(true);
  });

  it('documents every component, and each prop a component declares, in its README', () => {
    const readme = files['README.md'] ?? '';
    for (const name of [...COMPONENT_NAMES, 'ThemeProvider']) expect(readme, name).toContain(`### ${name}\n`);
    for (const prop of ['`onClick`', '`onSelected`', '`plotly`', '`expandable`', '`columns` (required)', '`onValueChange`', '`fallback`']) expect(readme).toContain(`| ${prop}`);
    // Every row says what the prop does.
    expect(readme.split('\n').filter((line) => /^\| `[^`]+`.*\|\s*\|$/.test(line))).toEqual([]);
  });

  it('ships the same templates the runtime computes', () => {
    expect(JSON.parse(files['plotly-template.dark.json'] ?? '')).toEqual(plotlyTemplate(DEFAULT_THEME, 'dark'));
  });

  it('declares the @fontsource packages of the fonts the theme names', () => {
    const manifest = JSON.parse(files['package.json'] ?? '{}') as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['@fontsource/inter', '@fontsource/jetbrains-mono']);
    expect(files['fonts.js']).toContain("import '@fontsource/inter/latin-600.css';");
  });

  it('refuses bad names and versions', () => {
    expect(checkPackageOptions({ name: 'Acme Theme', version: '1.0.0' })).toMatch(/not an npm package name/);
    expect(checkPackageOptions({ name: '../evil', version: '1.0.0' })).toMatch(/not an npm package name/);
    expect(checkPackageOptions({ name: 'acme', version: 'latest' })).toMatch(/not a version/);
    expect(checkPackageOptions({ name: '@acme/theme', version: '2.1.0-beta.1' })).toBeUndefined();
    expect(() => packageFiles(DEFAULT_THEME, runtime, { name: 'A B', version: '1.0.0' })).toThrow(/npm package name/);
    expect(tarballName({ name: '@acme/theme', version: '2.0.0' })).toBe('acme-theme-2.0.0.tgz');
  });
});

describe('tarball', () => {
  it('is byte-for-byte the same for the same input', () => {
    const a = tarball(packageFiles(DEFAULT_THEME, runtime, options));
    const b = tarball(packageFiles(structuredClone(DEFAULT_THEME), { ...runtime }, { ...options }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('unpacks to the files under package/, as npm expects', () => {
    const files = packageFiles(DEFAULT_THEME, runtime, options);
    const entries = parseTar(gunzipSync(tarball(files)));
    expect(entries.map((e) => e.name).sort()).toEqual(Object.keys(files).map((f) => `package/${f}`).sort());
    expect(entries.find((e) => e.name === 'package/theme.json')?.text).toBe(files['theme.json']);
  });
});

describe('the package entries, loaded by Node from an exported package', () => {
  const theme = withRole(DEFAULT_THEME, 'dark', 'accent', '#ff7a00');
  const dir = mkdtempSync(join(tmpdir(), 'dk-entries-'));
  for (const [path, text] of Object.entries(packageFiles(theme, runtime, options))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const core = () => import(pathToFileURL(join(dir, 'index.js')).href) as Promise<typeof Core>;

  it('give what the runtime computes from the same theme', async () => {
    const pkg = await core();
    expect(pkg.theme).toEqual(theme);
    expect(pkg.plotlyTemplate('dark')).toEqual(plotlyTemplate(theme, 'dark'));
    expect(pkg.componentProps('Card', 'dark')).toEqual(runtimeComponentProps(theme, 'dark', 'Card'));
    expect(pkg.cssVariables('light')).toEqual(runtimeCssVariables(theme, 'light'));
  });

  it('apply the template the way the runtime does, with one implementation', async () => {
    const pkg = await core();
    const figure = { data: [{ type: 'bar', marker: { color: '#123456' } }], layout: { title: { text: 'Mine' }, template: { layout: { colorway: ['#000000'] } } } };
    expect(pkg.applyTheme(figure, 'dark')).toEqual(runtimeApplyTheme(figure, theme, 'dark'));
    expect(figure.layout.template.layout.colorway).toEqual(['#000000']);
  });

  it('refuse a mode or a component that does not exist, saying which exist', async () => {
    const pkg = await core();
    expect(() => pkg.plotlyTemplate('sepia' as 'dark')).toThrow("mode must be 'light', 'dark' or 'system', got sepia");
    // No browser here: system means light, as a server render shows it.
    expect(pkg.plotlyTemplate('system')).toEqual(plotlyTemplate(theme, 'light'));
    expect(() => pkg.componentProps('Carousel' as 'Card')).toThrow(/unknown component Carousel; one of App, Header/);
  });

  it('create a theme of one’s own from the package’s, and name what is wrong', async () => {
    const { createTheme, ThemeError } = (await import(pathToFileURL(join(dir, 'create.js')).href)) as typeof Create;
    const mine = createTheme({ colors: { light: { accent: 'teal' } } });
    expect(mine.colors.light.accent).toBe('#008080');
    // The package's own theme is the base: its dark accent survives.
    expect(mine.colors.dark.accent).toBe('#ff7a00');
    expect(() => createTheme({ colors: { light: { accent: 'blue-ish' } } })).toThrow(ThemeError);
    expect(() => createTheme({ colors: { light: { accent: 'blue-ish' } } })).toThrow("/colors/light/accent: 'blue-ish' is not a colour");
  });

  it('hand each call its own copy', async () => {
    const pkg = await core();
    const a = pkg.plotlyTemplate('light');
    a.layout['colorway'] = [];
    expect(pkg.plotlyTemplate('light').layout['colorway']).not.toEqual([]);
  });

  it('declare types whose imports resolve inside the package', () => {
    const files = packageFiles(theme, runtime, options);
    for (const entry of ['index.d.ts', 'react.d.ts', 'create.d.ts']) {
      const specifiers = [...(files[entry] ?? '').matchAll(/from\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
      expect(specifiers.length, entry).toBeGreaterThan(0);
      for (const s of specifiers) expect(files[s.replace(/^\.\//, '').replace(/\.js$/, '.d.ts')], `${entry} → ${s}`).toBeDefined();
    }
  });
});
