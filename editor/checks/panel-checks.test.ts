import { describe, expect, it } from 'vitest';
import { checkTheme } from '../../theme-runtime/index.ts';
import { DEFAULT_THEME } from '../../theme-runtime/model/defaults.ts';
import { forPanels } from './panel-checks.ts';

describe('the checks as the panels read them', () => {
  const report = checkTheme({ ...DEFAULT_THEME, colorway: ['#1f77b4', '#2a7ab8', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd'] });
  const panels = forPanels(report);

  it('drop the list of every pair and the distinct pairs after the closest, in every vision and mode', () => {
    for (const mode of ['light', 'dark'] as const) {
      const { normal, deficiencies, worstPairs, ...rest } = report[mode].colorway;
      const { normal: n, deficiencies: d, worstPairs: w, ...kept } = panels[mode].colorway;
      expect(kept).toEqual(rest);
      expect(w[0]).toEqual(worstPairs[0]);
      expect(w.slice(1)).toEqual(worstPairs.slice(1).filter((p) => p.level !== 'distinct'));
      expect(n).toEqual({ minDistance: normal.minDistance, failingPairs: normal.failingPairs });
      for (const [vision, check] of Object.entries(deficiencies)) expect(d[vision as keyof typeof d]).toEqual({ minDistance: check.minDistance, failingPairs: check.failingPairs });
      expect(panels[mode].text).toEqual(report[mode].text);
      expect(panels[mode].findings).toEqual(report[mode].findings);
    }
    expect(panels.findings).toEqual(report.findings);
    expect(panels.pass).toBe(report.pass);
    // Two near-identical blues: something to flag, so the kept lists are not empty.
    expect(panels.light.colorway.normal.failingPairs.length).toBeGreaterThan(0);
    expect(panels.light.colorway.worstPairs.length).toBeGreaterThan(1);
  });

  it('are less than half the size to copy for a 20-series theme', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `#${[0, 1, 2].map((k) => Math.round(127 + 100 * Math.sin(i * 0.9 + k * 2.1)).toString(16).padStart(2, '0')).join('')}`);
    const big = checkTheme({ ...DEFAULT_THEME, colorway: twenty });
    expect(JSON.stringify(forPanels(big)).length).toBeLessThan(JSON.stringify(big).length / 2);
  });
});
