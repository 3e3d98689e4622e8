import { describe, expect, it } from 'vitest';
import { palettes } from '../test-support/fixtures.ts';
import { checkColorway, DEFAULT_DISTANCE_THRESHOLD } from './colorway-check.ts';

const P = palettes();
const colorsOf = (name: string) => {
  const p = P[name];
  if (!p) throw new Error(`no palette ${name} in the fixtures`);
  return p.colors;
};
const has = (pairs: [number, number][], i: number, j: number) => pairs.some(([a, b]) => a === i && b === j);

describe('checkColorway verdicts on the reference palettes', () => {
  it.each(['okabe_ito', 'tol_vibrant', 'tol_muted'])('%s passes protan, deutan and tritan', (name) => {
    const report = checkColorway(colorsOf(name));
    for (const d of ['protan', 'deutan', 'tritan'] as const) {
      expect(report.deficiencies[d].failingPairs, `${name} ${d}`).toEqual([]);
      expect(report.deficiencies[d].minDistance).toBeGreaterThanOrEqual(DEFAULT_DISTANCE_THRESHOLD);
    }
    expect(report.safe).toBe(true);
  });

  it('category10 fails protan on #ff7f0e/#2ca02c and deutan on #d62728/#2ca02c', () => {
    const colors = colorsOf('category10');
    const report = checkColorway(colors);
    const at = (hex: string) => colors.indexOf(hex);
    expect(report.safe).toBe(false);
    expect(has(report.deficiencies.protan.failingPairs, at('#ff7f0e'), at('#2ca02c'))).toBe(true);
    expect(has(report.deficiencies.deutan.failingPairs, at('#2ca02c'), at('#d62728'))).toBe(true);
    // ΔE00 4.8 under deuteranopia, per the fixtures README.
    expect(report.deficiencies.deutan.minDistance).toBeLessThan(4.9);
  });

  it('reports greyscale as advice only: it never makes a colorway unsafe', () => {
    const report = checkColorway(colorsOf('okabe_ito'));
    expect(report.deficiencies.achroma.failingPairs.length).toBeGreaterThan(0);
    expect(report.safe).toBe(true);
  });

  it('lists failing pairs closest first and takes the threshold as an option', () => {
    const strict = checkColorway(colorsOf('okabe_ito'), { threshold: 15 });
    expect(strict.safe).toBe(false);
    const tritan = strict.deficiencies.tritan;
    expect(tritan.failingPairs.length).toBeGreaterThan(1);
    expect(strict.threshold).toBe(15);
  });

  it('simulates at lower severity when asked, which is less strict', () => {
    const colors = colorsOf('category10');
    expect(checkColorway(colors, { severity: 0.3 }).deficiencies.deutan.minDistance).toBeGreaterThan(checkColorway(colors).deficiencies.deutan.minDistance);
  });
});

describe('non-text contrast against the plot background', () => {
  it('flags Okabe–Ito yellow on white (WCAG 1.4.11 asks 3:1)', () => {
    const colors = colorsOf('okabe_ito');
    const report = checkColorway(colors, { background: '#ffffff' });
    expect(report.contrast?.failing).toContain(colors.indexOf('#F0E442'));
    expect(report.contrast?.failing).not.toContain(colors.indexOf('#0072B2'));
    expect(report.contrast?.ratios).toHaveLength(colors.length);
  });

  it('is absent without a background', () => {
    expect(checkColorway(['#000000', '#ffffff']).contrast).toBeUndefined();
  });
});
