import { describe, expect, it } from 'vitest';
import type { PlotlyTemplate } from '../../plotly/types.ts';
import type { FullTrace } from './plotly-internals.ts';
import { traceContext, traceSource } from './trace-sources.ts';

// Provenance as plotly.js's defaults code gives it (traces/scatter/line_defaults.js,
// marker_defaults.js, fillcolor_defaults.js, box/defaults.js, plots.js supplyDataDefaults).
const template: PlotlyTemplate = {
  layout: { colorway: ['#111111', '#222222', '#333333'] },
  data: { bar: [{ marker: { line: { color: '#ffffff' } } }] },
};

const trace = (index: number, type: string, input: Record<string, unknown> = {}, full: Record<string, unknown> = {}): FullTrace => ({ type, index, uid: `u${index}`, _input: input, ...full });

describe('where a trace colour comes from', () => {
  it('hands out colorway colours per visible trace, skipping traces the figure hides', () => {
    const data = [trace(0, 'scatter'), trace(1, 'bar', { visible: false }), trace(2, 'bar')];
    const ctx = traceContext(data, template);
    expect(traceSource(ctx, data[2] as FullTrace, 'marker.color')).toEqual({ from: 'series', index: 1 });
  });

  it('leaves a colour the figure sets alone, and what plotly derives from it', () => {
    const own = trace(0, 'scatter', { line: { color: '#ff0000' } }, { line: { color: '#ff0000' } });
    const ctx = traceContext([own], template);
    expect(traceSource(ctx, own, 'line.color')).toBe('fixed');
    expect(traceSource(ctx, own, 'marker.color')).toBe('fixed'); // markers take the line's colour
    expect(traceSource(ctx, own, 'fillcolor')).toBe('fixed'); // and so does the fill, at half opacity
  });

  it('follows plotly: a line takes a scalar marker colour, a fill takes the line colour at 0.5', () => {
    const markers = trace(0, 'scatter', { marker: { color: '#00ff00' } }, { line: { color: '#00ff00' } });
    const ctx = traceContext([markers], template);
    expect(traceSource(ctx, markers, 'line.color')).toBe('fixed');
    const area = trace(0, 'scatter', {}, { line: { color: '#111111' } });
    expect(traceSource(traceContext([area], template), area, 'fillcolor')).toEqual({ from: 'alpha', alpha: 0.5, of: { from: 'series', index: 0 } });
  });

  it('binds what the template sets to the template entry the trace took', () => {
    const bars = [trace(0, 'bar'), trace(1, 'bar')];
    const ctx = traceContext(bars, template);
    expect(traceSource(ctx, bars[1] as FullTrace, 'marker.line.color')).toEqual({ from: 'trace', type: 'bar', entry: 1, path: ['marker', 'line', 'color'] });
  });

  it('gives a box its outline in the series colour and its fill at half opacity', () => {
    const box = trace(0, 'box');
    const ctx = traceContext([box], template);
    expect(traceSource(ctx, box, 'line.color')).toEqual({ from: 'series', index: 0 });
    expect(traceSource(ctx, box, 'fillcolor')).toEqual({ from: 'alpha', alpha: 0.5, of: { from: 'series', index: 0 } });
  });

  it('does not guess for a trace type it does not know', () => {
    const sankey = trace(0, 'sankey');
    expect(traceSource(traceContext([sankey], template), sankey, 'node.color')).toBeUndefined();
  });
});
