import { describe, expect, it } from 'vitest';
import { composite } from './composite.ts';
import { contrastRatio } from './contrast.ts';

describe('composite', () => {
  it('blends like a browser: 30 % black on white is #b2b2b2 (CSS source-over in sRGB)', () => {
    // 0x4d / 255 = 0.302 alpha; 255 × 0.698 = 178.0 = 0xb2.
    expect(composite('#0000004d', '#ffffff')).toBe('#b2b2b2');
  });

  it('passes opaque colours through and drops an opaque alpha byte', () => {
    expect(composite('#123456', '#ffffff')).toBe('#123456');
    expect(composite('#12345680', '#000000')).toBe('#091a2b');
  });

  it('puts a translucent background on the canvas first', () => {
    expect(composite('#00000000', '#ffffff80', '#000000')).toBe('#808080');
  });

  it('makes contrast honest: the issue’s subtle text on white shows about 2.1:1, not 21:1', () => {
    expect(contrastRatio('#0000004d', '#ffffff')).toBeCloseTo(2.1, 1);
  });
});
