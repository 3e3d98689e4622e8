import { parseTar } from 'nanotar';
import { gunzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME, parseTheme, plotlyTemplate, type Theme } from '../../theme-runtime/index.ts';
import { checkPackageOptions, packageFiles, tarballName } from './package-files.ts';
import { tarball } from './tarball.ts';

const runtime = { 'react.js': 'export const x = 1;\n', 'types/react/index.d.ts': 'export {};\n' };
const options = { name: 'acme-theme', version: '1.0.0' };

describe('packageFiles', () => {
  const files = packageFiles(DEFAULT_THEME, runtime, options);

  it('has the entries DESIGN.md promises, and exports for each', () => {
    const manifest = JSON.parse(files['package.json'] ?? '{}') as { exports: Record<string, unknown>; peerDependenciesMeta: Record<string, { optional: boolean }>; type: string };
    for (const path of ['index.js', 'index.d.ts', 'react.js', 'react.d.ts', 'theme.json', 'plotly-template.light.json', 'plotly-template.dark.json', 'tokens.json', 'theme.css', 'README.md', 'runtime/react.js']) {
      expect(files[path], path).toBeDefined();
    }
    expect(Object.keys(manifest.exports)).toEqual(expect.arrayContaining(['.', './react', './theme.json', './plotly-template.light.json', './plotly-template.dark.json', './tokens.json', './theme.css']));
    expect(manifest.type).toBe('module');
    for (const peer of ['react', 'react-dom', 'plotly.js']) expect(manifest.peerDependenciesMeta[peer]?.optional).toBe(true);
  });

  it('carries the theme only as JSON: the code is the same whatever the theme', () => {
    const other: Theme = { ...DEFAULT_THEME, name: '</script><script>alert(1)</script>', colors: { ...DEFAULT_THEME.colors, light: { ...DEFAULT_THEME.colors.light, accent: '#123456' } } };
    const otherFiles = packageFiles(other, runtime, options);
    for (const code of ['index.js', 'index.d.ts', 'react.js', 'react.d.ts']) expect(otherFiles[code]).toBe(files[code]);
    expect(parseTheme(JSON.parse(otherFiles['theme.json'] ?? '')).ok).toBe(true);
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
    expect(checkPackageOptions({ name: 'Acme Theme', version: '1.0.0' })).toMatch(/not a valid npm package name/);
    expect(checkPackageOptions({ name: '../evil', version: '1.0.0' })).toMatch(/not a valid npm package name/);
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
