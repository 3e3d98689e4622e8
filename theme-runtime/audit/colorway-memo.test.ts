import { describe, expect, it } from 'vitest';
import { checkColorway } from '../color/colorway-check.ts';
import { colorwayOnBackground } from './colorway-memo.ts';

describe('colorwayOnBackground', () => {
  const colors = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728'];

  it('is checkColorway with the background, once per list and background', () => {
    const report = colorwayOnBackground(colors, '#ffffff');
    expect(report).toEqual(checkColorway(colors, { background: '#ffffff' }));
    expect(colorwayOnBackground([...colors], '#ffffff')).toBe(report);
    expect(colorwayOnBackground(colors, '#111111')).not.toBe(report);
  });

  it('keeps only the last few lists', () => {
    const first = colorwayOnBackground(colors, '#fafafa');
    for (let i = 0; i < 20; i++) colorwayOnBackground(colors, `#0000${(i + 16).toString(16).padStart(2, '0')}`);
    expect(colorwayOnBackground(colors, '#fafafa')).not.toBe(first);
  });
});
