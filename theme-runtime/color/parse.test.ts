import { describe, expect, it } from 'vitest';
import chroma from 'chroma-js';
import { withAlpha } from './hex.ts';
import { mix } from './mix.ts';
import { normalizeColor, requireColor } from './parse.ts';

describe('normalizeColor', () => {
  it('accepts the CSS colour syntaxes people paste', () => {
    expect(normalizeColor('red')).toBe('#ff0000');
    expect(normalizeColor('  RebeccaPurple ')).toBe('#663399');
    expect(normalizeColor('#ABC')).toBe('#aabbcc');
    expect(normalizeColor('rgb(10 20 30)')).toBe('#0a141e');
    expect(normalizeColor('rgba(255, 0, 0, 0.5)')).toBe('#ff000080');
    expect(normalizeColor('hsl(0 100% 50%)')).toBe('#ff0000');
    // oklch(0.628 0.2577 29.23) is CSS red to three decimals.
    expect(normalizeColor('oklch(62.8% 0.2577 29.23)')).toBe('#ff0000');
  });

  it('keeps every alpha byte of 8-digit hex (chroma-js alone would round it)', () => {
    expect(normalizeColor('#00000001')).toBe('#00000001');
    expect(normalizeColor('#123456FE')).toBe('#123456fe');
    expect(normalizeColor('#123456ff')).toBe('#123456');
    expect(normalizeColor('#abcd')).toBe('#aabbccdd');
  });

  it('refuses what is not a colour', () => {
    for (const bad of ['blue-ish', '', '   ', '#12345', '1', 'url(x)']) {
      expect(normalizeColor(bad)).toBeUndefined();
    }
  });
});

describe('withAlpha and mix', () => {
  it('sets alpha and clamps it', () => {
    expect(withAlpha('#000000', 0.5)).toBe('#00000080');
    expect(withAlpha('#000000', 7)).toBe('#000000');
  });
  it('returns the ends at 0 and 1', () => {
    expect(mix('#ff0000', '#0000ff', 0)).toBe('#ff0000');
    expect(mix('#ff0000', '#0000ff', 1)).toBe('#0000ff');
  });
});

describe('mix', () => {
  it('agrees with chroma-js mixing in OKLab (independent implementation)', () => {
    for (const [a, b, t] of [['#ff0000', '#0000ff', 0.5], ['#2563eb', '#ffffff', 0.1], ['#123456', '#fedcba', 0.35]] as const) {
      const ours = mix(a, b, t);
      const theirs = chroma.mix(a, b, t, 'oklab').hex();
      for (const i of [1, 3, 5]) expect(Math.abs(Number.parseInt(ours.slice(i, i + 2), 16) - Number.parseInt(theirs.slice(i, i + 2), 16))).toBeLessThanOrEqual(1);
    }
  });

  it('mixes alpha linearly', () => {
    expect(mix('#00000000', '#000000', 0.5)).toBe('#00000080');
  });
});

describe('requireColor', () => {
  it('passes hex through, normalises other syntaxes, and names what it refuses', () => {
    expect(requireColor('#ABCDEF')).toBe('#abcdef');
    expect(requireColor('teal')).toBe('#008080');
    expect(() => requireColor('blue-ish')).toThrow("'blue-ish' is not a colour");
  });
});
