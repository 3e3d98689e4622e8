import chroma from 'chroma-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colorDistance } from './distance.ts';
import { deltaE2000, type Lab } from './lab.ts';

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
        // CIEDE2000 is discontinuous where the two hues are 180° apart (Sharma et al. 2005,
        // "Mathematical observations"): the mean hue jumps by 180°, so two implementations whose
        // Lab values differ in the sixth digit can land on either side and disagree by ~0.1.
        // #0a0a00 / #000003 is such a pair (Δh′ = 179.99998° here, 180.0000° in chroma-js).
        fc.pre(Math.abs(hueDifference(chroma(a).lab(), chroma(b).lab()) - 180) > 0.01);
        // chroma-js caps its result at 100, and its sRGB→XYZ constants differ from ours in
        // the fifth digit, which moves ΔE by < 0.01 near white.
        expect(Math.min(100, colorDistance(a, b))).toBeCloseTo(chroma.deltaE(a, b), 1);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with chroma-js on both sides of the 180° hue discontinuity, given the same Lab', () => {
    // The pair the property test once found: the disagreement is the formula's, not our arithmetic's.
    const [a, b] = [chroma('#0a0a00').lab(), chroma('#000003').lab()];
    expect(deltaE2000(a, b)).toBeCloseTo(chroma.deltaE('#0a0a00', '#000003'), 6);
  });
});

/** |h′₁ − h′₂| in degrees, with a′ scaled by CIEDE2000's G factor, as in Sharma et al. eq. 2–4. */
function hueDifference(lab1: Lab, lab2: Lab): number {
  const c = (Math.hypot(lab1[1], lab1[2]) + Math.hypot(lab2[1], lab2[2])) / 2;
  const g = 0.5 * (1 - Math.sqrt(c ** 7 / (c ** 7 + 25 ** 7)));
  const hue = ([, a, b]: Lab) => ((Math.atan2(b, (1 + g) * a) * 180) / Math.PI + 360) % 360;
  return Math.abs(hue(lab1) - hue(lab2));
}

describe('colorDistance', () => {
  it('matches the fixtures README: category10 red/green 71.8 apart in normal vision', () => {
    expect(colorDistance('#d62728', '#2ca02c')).toBeCloseTo(71.8, 1);
    expect(colorDistance('#abcdef', '#abcdef')).toBe(0);
  });
});
