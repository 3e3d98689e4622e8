import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeColor } from '../color/parse.ts';
import { formatIssue } from '../model/issues.ts';
import { plotlyTemplate } from '../plotly/template.ts';
import { FIXTURES, readFixture } from '../test-support/fixtures.ts';
import { fromPlotlyTemplate } from './plotly-import.ts';

type Json = Record<string, unknown>;
const at = (obj: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((o, k) => (o as Json | undefined)?.[k], obj);
const color = (v: unknown) => (typeof v === 'string' ? normalizeColor(v) : v);

const fixtures = ['plotly-templates', 'dbc-templates'].flatMap((folder) =>
  readdirSync(new URL(`${folder}/`, FIXTURES))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${folder}/${f}`),
);

describe('fromPlotlyTemplate on real templates', () => {
  it('finds all twenty fixtures', () => {
    expect(fixtures).toHaveLength(20);
  });

  it.each(fixtures)('%s imports, and exporting it back keeps colorway, backgrounds, font and grid colours', (path) => {
    const original = readFixture(path) as { layout: Json };
    const result = fromPlotlyTemplate(original);
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    const back = plotlyTemplate(result.theme, result.mode ?? 'light').layout;
    const o = original.layout;
    const checks: [string, ...string[]][] = [['paper_bgcolor'], ['plot_bgcolor'], ['font', 'color'], ['font', 'family'], ['xaxis', 'gridcolor'], ['yaxis', 'gridcolor']];
    for (const keys of checks) {
      const want = at(o, ...keys);
      if (want === undefined) continue;
      expect(color(at(back, ...keys)), `${path} ${keys.join('.')}`).toBe(color(want));
    }
    const colorway = at(o, 'colorway');
    if (Array.isArray(colorway)) expect((at(back, 'colorway') as string[]).map(color)).toEqual(colorway.map(color));
    for (const axis of ['xaxis', 'yaxis']) {
      if (at(o, axis, 'showgrid') === false) expect(at(back, axis, 'showgrid'), `${path} ${axis}.showgrid`).toBe(false);
    }
  });

  it('guesses the mode from the paper colour', () => {
    const dark = fromPlotlyTemplate(readFixture('plotly-templates/plotly_dark.json'));
    const light = fromPlotlyTemplate(readFixture('plotly-templates/plotly_white.json'));
    expect(dark.ok && dark.mode).toBe('dark');
    expect(light.ok && light.mode).toBe('light');
  });

  it('names what it could not carry over, mapbox included', () => {
    const result = fromPlotlyTemplate(readFixture('plotly-templates/plotly.json'));
    expect(result.ok && result.warnings.map((w) => w.message).join(' ')).toMatch(/not carried over: .*mapbox/);
  });
});

describe('fromPlotlyTemplate on bad input', () => {
  it('refuses what is not a template, with a location', () => {
    expect(fromPlotlyTemplate(42)).toEqual({ ok: false, errors: [{ path: '/layout', message: 'a Plotly template needs a layout object' }] });
    expect(fromPlotlyTemplate({ data: {} }).ok).toBe(false);
  });

  it('ignores unreadable colours rather than failing, and says so', () => {
    const result = fromPlotlyTemplate({ layout: { colorway: ['#ff0000', 'nonsense'], paper_bgcolor: 'also nonsense' } });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.some((w) => w.path === '/layout/colorway')).toBe(true);
  });
});
