import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { normalizeColor } from '../color/parse.ts';
import { DEFAULT_THEME } from '../model/defaults.ts';
import { resolveTheme } from '../model/resolve.ts';
import { readFixture } from '../test-support/fixtures.ts';
import { toBrandYml } from './brand-yml.ts';

type Spec = Record<'topLevel' | 'meta' | 'color' | 'typography' | 'fontSources' | 'fontEntry' | 'base' | 'headings' | 'monospace' | 'link', string[]>;
const spec = readFixture('formats/brand-yml.json') as Spec;

type Doc = Record<string, unknown>;
const keysOf = (v: unknown) => Object.keys(v as Doc);

/** A brand.yml colour: a CSS colour, or the name of a palette entry. */
const colorOf = (value: unknown, palette: Record<string, string>) => (typeof value === 'string' ? normalizeColor(palette[value] ?? value) : undefined);

describe('toBrandYml', () => {
  it.each(['light', 'dark'] as const)('%s: YAML whose keys are brand.yml’s, colours resolving to the theme’s', (mode) => {
    const doc = parse(toBrandYml(DEFAULT_THEME, mode)) as Doc;
    expect(spec.topLevel).toEqual(expect.arrayContaining(keysOf(doc)));
    expect(spec.meta).toEqual(expect.arrayContaining(keysOf(doc['meta'])));
    const color = doc['color'] as Doc;
    expect(spec.color).toEqual(expect.arrayContaining(keysOf(color)));
    const palette = color['palette'] as Record<string, string>;
    for (const value of Object.values(palette)) expect(normalizeColor(value)).toBeDefined();
    for (const key of spec.color.filter((k) => k !== 'palette' && k in color)) expect(colorOf(color[key], palette), key).toBeDefined();
    const typography = doc['typography'] as Doc;
    expect(spec.typography).toEqual(expect.arrayContaining(keysOf(typography)));
    for (const part of ['base', 'headings', 'monospace', 'link'] as const) expect(spec[part]).toEqual(expect.arrayContaining(keysOf(typography[part])));
    for (const font of typography['fonts'] as Doc[]) {
      expect(spec.fontEntry).toEqual(expect.arrayContaining(keysOf(font)));
      expect(spec.fontSources).toContain(font['source']);
    }
    const r = resolveTheme(DEFAULT_THEME, mode);
    expect(colorOf(color['primary'], palette)).toBe(r.colors.accent);
    expect(colorOf(color['background'], palette)).toBe(r.colors.backgroundPage);
    expect(colorOf(color['foreground'], palette)).toBe(r.colors.text);
    expect(colorOf(color['danger'], palette)).toBe(r.colors.accentNegative);
    expect(Object.entries(palette).filter(([k]) => k.startsWith('series-')).map(([, v]) => v)).toEqual(r.colorway);
    expect((typography['base'] as Doc)['family']).toBe('Inter');
  });
});
