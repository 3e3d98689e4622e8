import { describe, expect, it } from 'vitest';
import { resolveTheme } from '../model/resolve.ts';
import { MODES } from '../model/roles.ts';
import { readPresets } from '../test-support/presets.ts';
import { checkColorscale } from './scale-check.ts';
import { divergingFor, sequentialFor } from './scale-for-mode.ts';
import { toOklch } from './oklch.ts';

const L = (c: string) => toOklch(c)[0];

describe('scales per mode', () => {
  it.each(readPresets())('%s: in each mode the low end sits closer to the plot area’s lightness than the high end, and the diverging midpoint closer than its ends', (_id, theme) => {
    for (const mode of MODES) {
      const r = resolveTheme(theme, mode);
      const bg = L(r.colors.plotBackground);
      const seq = r.scales.sequential;
      expect(Math.abs(L(seq[0] ?? '') - bg), `${mode} sequential`).toBeLessThan(Math.abs(L(seq.at(-1) ?? '') - bg));
      const div = r.scales.diverging;
      const mid = L(div[Math.floor(div.length / 2)] ?? '');
      expect(Math.abs(mid - bg), `${mode} diverging`).toBeLessThan(Math.abs((L(div[0] ?? '') + L(div.at(-1) ?? '')) / 2 - bg));
      expect(checkColorscale(seq, 'sequential').problems, `${mode} sequential`).toEqual([]);
      expect(checkColorscale(div, 'diverging').problems, `${mode} diverging`).toEqual([]);
    }
  });

  it('reverses a pale-to-deep scale for a dark background and leaves it for a light one', () => {
    const blues = ['#eff6ff', '#93c5fd', '#1d4ed8'] as const;
    expect(sequentialFor([...blues], '#ffffff')).toEqual(blues);
    expect(sequentialFor([...blues], '#0b1220')).toEqual([...blues].reverse());
  });

  it('turns a white-centred diverging scale dark-centred on a dark background, hues kept', () => {
    const rdbu = ['#b2182b', '#f7f7f7', '#2166ac'] as const;
    expect(divergingFor([...rdbu], '#ffffff')).toEqual(rdbu);
    const dark = divergingFor([...rdbu], '#111111');
    expect(Math.abs(L(dark[1] ?? '') - L('#111111'))).toBeLessThan(0.1);
    for (const i of [0, 2]) expect(L(dark[i] ?? '') - L('#111111')).toBeGreaterThanOrEqual(0.44);
    const hue = (c: string) => toOklch(c)[2];
    for (const i of [0, 2]) expect(Math.abs(hue(dark[i] ?? '') - hue(rdbu[i] ?? ''))).toBeLessThan(10);
  });
});
