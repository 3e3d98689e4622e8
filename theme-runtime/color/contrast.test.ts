import { describe, expect, it } from 'vitest';
import { contrastRatio, readableOn } from './contrast.ts';

// Reference values: fixtures/README.md (WCAG 2).
describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
  });

  it('is symmetric and 1 for a colour against itself', () => {
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
    expect(contrastRatio('#3366ff', '#3366ff')).toBe(1);
  });
});

describe('readableOn', () => {
  it('picks white on a dark blue and black on a yellow', () => {
    expect(readableOn('#1f3a93')).toBe('#ffffff');
    expect(readableOn('#f0e442')).toBe('#000000');
  });
});
