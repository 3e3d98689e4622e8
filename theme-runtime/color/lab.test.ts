import chroma from 'chroma-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colorDistance } from './distance.ts';
import { deltaE2000 } from './lab.ts';

describe('deltaE2000', () => {
  // Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula: implementation notes,
  // supplementary test data and mathematical observations", Table 1, pairs 1, 7 and 17.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
  ] as const)('Sharma test pair %j / %j = %f', (a, b, expected) => {
    expect(deltaE2000([...a], [...b])).toBeCloseTo(expected, 4);
    expect(deltaE2000([...b], [...a])).toBeCloseTo(expected, 4);
  });

  it('matches chroma-js, an independent implementation, on random colours', () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        // chroma-js caps its result at 100, and its sRGB→XYZ constants differ from ours in
        // the fifth digit, which moves ΔE by < 0.01 near white.
        expect(Math.min(100, colorDistance(a, b))).toBeCloseTo(chroma.deltaE(a, b), 1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('colorDistance', () => {
  it('matches the fixtures README: category10 red/green 71.8 apart in normal vision', () => {
    expect(colorDistance('#d62728', '#2ca02c')).toBeCloseTo(71.8, 1);
    expect(colorDistance('#abcdef', '#abcdef')).toBe(0);
  });
});
