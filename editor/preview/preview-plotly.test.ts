import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlotly } from '../../theme-runtime/react/plotly-loader.ts';
import { CHARTS } from './figures.ts';
import { CARTESIAN_TRACE_TYPES, loadPreviewPlotly, plotlyFor } from './preview-plotly.ts';

/** The trace types plotly.js's own cartesian bundle registers (lib/index-cartesian.js), with the core's scatter. */
function bundledTraceTypes(): string[] {
  const lib = (name: string) => readFileSync(new URL(`../../node_modules/plotly.js/lib/${name}`, import.meta.url), 'utf8');
  const required = [...lib('index-cartesian.js').matchAll(/require\('\.\/([a-z0-9]+)'\)/g)].map((m) => m[1] ?? '');
  const traces = required.filter((name) => name !== 'core' && lib(`${name}.js`).includes(`'../src/traces/${name}'`));
  expect(readFileSync(new URL('../../node_modules/plotly.js/src/core.js', import.meta.url), 'utf8')).toContain("register(require('./traces/scatter'))");
  return ['scatter', ...traces];
}

describe('the preview’s plotly.js', () => {
  it('knows the trace types the cartesian bundle holds', () => {
    expect([...CARTESIAN_TRACE_TYPES].sort()).toEqual(bundledTraceTypes().sort());
  });

  it('draws every sample chart with the cartesian bundle', () => {
    for (const chart of CHARTS) expect(plotlyFor(chart.figure), chart.id).toBe(loadPreviewPlotly);
  });

  it('gives a pasted figure the full bundle only when one of its traces needs it', () => {
    expect(plotlyFor({ data: [{ y: [1, 2] }, { type: 'bar', y: [2, 1] }] })).toBe(loadPreviewPlotly);
    expect(plotlyFor({ data: [{ type: 'bar', y: [2, 1] }, { type: 'choropleth', locations: ['FRA'], z: [1] }] })).toBe(loadPlotly);
    expect(plotlyFor({ data: [{ type: 'scattergeo', lat: [0], lon: [0] }] })).toBe(loadPlotly);
    expect(plotlyFor({ layout: { title: { text: 'empty' } } })).toBe(loadPreviewPlotly);
  });
});
