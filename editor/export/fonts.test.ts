import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../../theme-runtime/index.ts';
import { BUNDLED_FONTS, bundledFont, fontsFor } from './fonts.ts';

const installed = (pkg: string) => new URL(`../../node_modules/${pkg}/`, import.meta.url);

describe('bundled fonts', () => {
  it('offers at least twelve families across sans, serif, mono and display', () => {
    expect(BUNDLED_FONTS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(BUNDLED_FONTS.map((f) => f.category))).toEqual(new Set(['sans', 'serif', 'mono', 'display']));
  });

  it.each(BUNDLED_FONTS.map((f) => [f.family, f] as const))('%s: the version range and weights are what is installed, and the editor loads it', (_family, font) => {
    const manifest = JSON.parse(readFileSync(new URL('package.json', installed(font.pkg)), 'utf8')) as { version: string };
    const [major, minor, patch] = manifest.version.split('.').map(Number);
    const [wantMajor, wantMinor, wantPatch] = font.version.replace('^', '').split('.').map(Number);
    expect(major).toBe(wantMajor);
    expect((minor ?? 0) * 1000 + (patch ?? 0)).toBeGreaterThanOrEqual((wantMinor ?? 0) * 1000 + (wantPatch ?? 0));
    const weights = readdirSync(installed(font.pkg)).map((f) => /^latin-(\d+)\.css$/.exec(f)?.[1]).filter((w) => w !== undefined).map(Number).sort((a, b) => a - b);
    expect(weights).toEqual(font.weights);
    expect(readFileSync(new URL('../fonts.ts', import.meta.url), 'utf8')).toContain(`'${font.pkg}/latin-400.css'`);
  });

  it('makes an exported package depend on every bundled family its theme names, report and app bar included', () => {
    const theme = { ...DEFAULT_THEME, typography: { ...DEFAULT_THEME.typography, header: { family: 'Montserrat, system-ui, sans-serif', weight: 700 } }, report: { fontFamily: 'Lora, Georgia, serif' } };
    const fonts = fontsFor(theme);
    expect(fonts.map((f) => f.pkg).sort()).toEqual(['@fontsource/inter', '@fontsource/jetbrains-mono', '@fontsource/lora', '@fontsource/montserrat']);
    expect(fonts.find((f) => f.pkg === '@fontsource/montserrat')?.files).toEqual(['@fontsource/montserrat/latin-700.css']);
    // An unbundled family needs no package (and gets a warning in the editor instead).
    expect(bundledFont('Avenir Next, system-ui, sans-serif')).toBeUndefined();
    expect(bundledFont('"Source Serif 4", Georgia, serif')?.pkg).toBe('@fontsource/source-serif-4');
  });
});
