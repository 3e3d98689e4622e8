import { describe, expect, it } from 'vitest';
import { palettes, readFixture } from '../test-support/fixtures.ts';
import { checkColorscale } from './scale-check.ts';

type Scale = [number, string][];
const plotly = (readFixture('plotly-templates/plotly.json') as { layout: { colorscale: { sequential: Scale; diverging: Scale } } });
const colors = (scale: Scale) => scale.map(([, c]) => c);

describe('checkColorscale on real scales', () => {
  it("passes plotly.py's default sequential (plasma) and diverging scales", () => {
    expect(checkColorscale(colors(plotly.layout.colorscale.sequential), 'sequential').problems).toEqual([]);
    const diverging = checkColorscale(colors(plotly.layout.colorscale.diverging), 'diverging');
    expect(diverging.problems).toEqual([]);
    expect(diverging.midpoint).toBe('light');
  });

  it('passes the viridis endpoints as a two-stop sequential scale', () => {
    expect(checkColorscale(palettes()['viridis_endpoints']?.colors ?? [], 'sequential').pass).toBe(true);
  });
});

describe('checkColorscale problems', () => {
  it('catches a sequential scale whose lightness goes up and down (a rainbow)', () => {
    const rainbow = ['#0000ff', '#00ffff', '#00ff00', '#ffff00', '#ff0000'];
    const report = checkColorscale(rainbow, 'sequential');
    expect(report.monotone).toBe(false);
    expect(report.problems[0]).toMatch(/up and down/);
  });

  it('catches a diverging scale without a distinct middle', () => {
    // Blue, grey and orange of about the same lightness: nothing marks the middle.
    const report = checkColorscale(['#3f7fbf', '#7f7f7f', '#c0702a'], 'diverging');
    expect(report.midpoint).toBe('none');
    expect(report.problems[0]).toMatch(/neither clearly lighter nor clearly darker/);
  });

  it('catches a diverging scale whose halves wobble on the way to the middle', () => {
    const report = checkColorscale(['#2166ac', '#67a9cf', '#1a9850', '#f7f7f7', '#ef8a62', '#fddbc7', '#b2182b'], 'diverging');
    expect(report.midpoint).toBe('light');
    expect(report.problems[0]).toMatch(/does not run steadily/);
  });

  it('catches ends that collapse for deutans: red to green', () => {
    const report = checkColorscale(['#d62728', '#f7f7f7', '#2ca02c'], 'diverging');
    expect(report.endsDistinct).toBe(false);
    expect(report.problems.join()).toMatch(/deutan/);
  });
});
