import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../model/defaults.ts';
import { resolveTheme } from '../model/resolve.ts';
import { toVegaLiteConfig } from './vega-lite.ts';

// Vega-Lite compiles a spec with the config, Vega renders it to SVG: what Altair and
// vega-embed do with it.
const spec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: 300,
  height: 200,
  title: 'Revenue by region',
  data: { values: ['North', 'South', 'East', 'West'].map((region, i) => ({ region, revenue: 10 + i * 5 })) },
  mark: 'bar',
  encoding: { x: { field: 'region', type: 'nominal' }, y: { field: 'revenue', type: 'quantitative' }, color: { field: 'region', type: 'nominal' } },
} as TopLevelSpec;

describe('toVegaLiteConfig, rendered by vega and vega-lite', () => {
  it.each(['light', 'dark'] as const)('%s: the SVG uses the theme’s category range, fonts and axis colours', async (mode) => {
    const config = toVegaLiteConfig(DEFAULT_THEME, mode);
    const { spec: vega } = compile({ ...spec, config });
    const view = new View(parse(vega), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    const r = resolveTheme(DEFAULT_THEME, mode);
    const fills = [...svg.matchAll(/<path[^>]*fill="(#[0-9a-f]{6})"/gi)].map((m) => m[1]?.toLowerCase());
    for (const color of r.colorway.slice(0, 4)) expect(fills).toContain(color);
    expect(svg).toContain(`fill="${r.colors.backgroundContent}"`);
    expect(svg).toContain(`fill="${r.colors.subtleText}"`);
    expect(svg).toContain(`stroke="${r.colors.border}"`);
    expect(svg).toContain(`fill="${r.colors.heading}"`);
    const family = r.fonts.body.family.split(',')[0]?.trim() ?? '';
    expect(svg).toContain(family);
  });
});
