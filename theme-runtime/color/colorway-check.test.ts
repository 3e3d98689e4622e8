import { scheme } from 'vega';
import { describe, expect, it } from 'vitest';
import { palettes } from '../test-support/fixtures.ts';
import { checkColorway, CONFUSABLE_DISTANCE, levelOfDistance, MARK_THRESHOLDS } from './colorway-check.ts';

const P = palettes();
const colorsOf = (name: string) => {
  const p = P[name];
  if (!p) throw new Error(`no palette ${name} in the fixtures`);
  return p.colors;
};
const has = (pairs: [number, number][], i: number, j: number) => pairs.some(([a, b]) => a === i && b === j);

describe('checkColorway verdicts on the reference palettes', () => {
  it.each(['okabe_ito', 'tol_vibrant', 'tol_muted'])('%s has no confusable pair for protan, deutan or tritan: safe for bars', (name) => {
    const report = checkColorway(colorsOf(name), { mark: 'area' });
    for (const d of ['protan', 'deutan', 'tritan'] as const) {
      expect(report.deficiencies[d].failingPairs, `${name} ${d}`).toEqual([]);
      expect(report.deficiencies[d].minDistance).toBeGreaterThanOrEqual(CONFUSABLE_DISTANCE);
    }
    expect(report.safe).toBe(true);
  });

  it('Tol muted is safe for lines too; Okabe–Ito (tritan 7.9) is not', () => {
    expect(checkColorway(colorsOf('tol_muted').slice(0, 8)).safe).toBe(true);
    const okabe = checkColorway(colorsOf('okabe_ito'));
    expect(okabe.mark).toBe('line');
    expect(okabe.safe).toBe(false);
    expect(okabe.deficiencies.tritan.pairs[0]?.level).toBe('close');
  });

  // Color Buddy's anchors for its colour-blindness lint.
  it('Tableau 10 is unsafe for every mark; black, white, red and blue are safe for every mark', () => {
    const tableau = scheme('tableau10') as string[];
    for (const mark of ['line', 'point', 'area'] as const) {
      expect(checkColorway(tableau, { mark }).safe, mark).toBe(false);
      expect(checkColorway(['#000000', '#ffffff', '#ff0000', '#0000ff'], { mark }).safe, mark).toBe(true);
    }
    const worst = Math.min(...(['protan', 'deutan', 'tritan'] as const).map((d) => checkColorway(tableau).deficiencies[d].minDistance));
    expect(levelOfDistance(worst)).toBe('confusable');
  });

  it('names ColorBrewer Set1’s red/green pair close for deutans (ΔE00 9.8): a warning for bars, a failure for lines', () => {
    const set1 = scheme('set1') as string[];
    const report = checkColorway(set1.slice(0, 3));
    const redGreen = report.deficiencies.deutan.pairs.find((p) => p.pair[0] === 0 && p.pair[1] === 2);
    expect(redGreen?.distance).toBeCloseTo(9.8, 0);
    expect(redGreen?.level).toBe('close');
    expect(report.safe).toBe(false);
    expect(checkColorway(set1.slice(0, 3), { mark: 'area' }).safe).toBe(true);
  });

  it('asks more of thin marks than of bars', () => {
    expect(MARK_THRESHOLDS.line).toBeGreaterThan(MARK_THRESHOLDS.point);
    expect(MARK_THRESHOLDS.point).toBeGreaterThan(MARK_THRESHOLDS.area);
  });

  it('measures translucent series as they show over the plot background', () => {
    // Two blues at 20 % on white are near-white tints: confusable, and far below 3:1.
    const report = checkColorway(['#1f77b433', '#2060c033'], { background: '#ffffff' });
    expect(report.normal.pairs[0]?.level).toBe('confusable');
    expect(Math.max(...(report.contrast?.ratios ?? []))).toBeLessThan(1.5);
  });

  it('category10 fails protan on #ff7f0e/#2ca02c and deutan on #d62728/#2ca02c', () => {
    const colors = colorsOf('category10');
    const report = checkColorway(colors, { mark: 'area' });
    const at = (hex: string) => colors.indexOf(hex);
    expect(report.safe).toBe(false);
    expect(has(report.deficiencies.protan.failingPairs, at('#ff7f0e'), at('#2ca02c'))).toBe(true);
    expect(has(report.deficiencies.deutan.failingPairs, at('#2ca02c'), at('#d62728'))).toBe(true);
    // ΔE00 4.8 under deuteranopia, per the fixtures README.
    expect(report.deficiencies.deutan.minDistance).toBeLessThan(4.9);
  });

  it('reports greyscale as advice only: it never makes a colorway unsafe', () => {
    const report = checkColorway(colorsOf('okabe_ito'), { mark: 'area' });
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

describe('worst pairs', () => {
  it('names every pair once, at the vision that sees it closest, closest first', () => {
    const colors = colorsOf('category10');
    const report = checkColorway(colors);
    const n = colors.length;
    expect(report.worstPairs).toHaveLength((n * (n - 1)) / 2);
    expect(report.worstPairs[0]?.level).toBe('confusable');
    // The red/green pair is at its worst for deutans: ΔE00 4.8, per the fixtures README.
    const red = colors.indexOf('#d62728');
    const green = colors.indexOf('#2ca02c');
    const redGreen = report.worstPairs.find((p) => p.pair[0] === Math.min(red, green) && p.pair[1] === Math.max(red, green));
    expect(redGreen?.vision).toBe('deutan');
    expect(redGreen?.distance).toBeLessThan(4.9);
    for (let i = 1; i < report.worstPairs.length; i++) expect(report.worstPairs[i]?.distance).toBeGreaterThanOrEqual(report.worstPairs[i - 1]?.distance ?? 0);
  });
});
