import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../test-support/fixtures.ts';
import { DEFICIENCIES, machadoMatrix, simulateCvd, simulateLinear } from './cvd.ts';
import { colorDistance } from './distance.ts';
import { relativeLuminance } from './contrast.ts';
import { hexToLinear, linearToHex } from './srgb.ts';

const channels = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
/** Within ±2 per 8-bit channel, the tolerance the reference values are given with. */
function expectNear(actual: string, expected: string) {
  const a = channels(actual);
  channels(expected).forEach((e, i) => expect(Math.abs((a[i] ?? 0) - e), `${actual} vs ${expected}`).toBeLessThanOrEqual(2));
}
const hexColor = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

describe('simulateCvd', () => {
  it('matches the published Machado 2009 reference values (severity 1)', () => {
    expectNear(simulateCvd('#ff0000', 'deutan'), '#a39000');
    expectNear(simulateCvd('#00ff00', 'protan'), '#ffe500');
    // The gamma-encoded (wrong) pipeline gives #5e4700 here.
    expect(simulateCvd('#ff0000', 'deutan')).not.toBe('#5e4700');
  });

  it("uses Machado's tritan matrix below full severity and matches its reference at 1.0", () => {
    const machadoTritan = linearToHex(simulateWithMatrix('#0000ff', machadoMatrix('tritan', 1)));
    expectNear(machadoTritan, '#006b96');
    expectNear(simulateCvd('#0000ff', 'tritan', 0.9999), '#006b96');
  });

  it('uses Brettel 1997 for full tritanopia, choosing the half-plane by the separation normal', () => {
    const { brettel1997_tritan: b } = (readFixture('cvd/dichromacy.json') as { brettel1997_tritan: { m1: number[][]; m2: number[][]; separation_normal: number[] } });
    for (const color of ['#0000ff', '#ff0000', '#00ff00', '#e69f00', '#56b4e9']) {
      const rgb = hexToLinear(color);
      const side = b.separation_normal.reduce((sum, n, i) => sum + n * (rgb[i] ?? 0), 0);
      const m = (side >= 0 ? b.m1 : b.m2).flat() as unknown as Parameters<typeof simulateWithMatrix>[1];
      expect(simulateCvd(color, 'tritan')).toBe(linearToHex(simulateWithMatrix(color, m)));
    }
  });

  it('interpolates linearly between the tabulated severities', () => {
    const { matrices } = (readFixture('cvd/machado2009.json') as { matrices: Record<string, Record<string, number[][]>> });
    const lo = matrices['protan']?.['50']?.flat() ?? [];
    const hi = matrices['protan']?.['60']?.flat() ?? [];
    machadoMatrix('protan', 0.55).forEach((v, i) => expect(v).toBeCloseTo(((lo[i] ?? 0) + (hi[i] ?? 0)) / 2, 9));
  });

  it('leaves white, black and greys unchanged for every deficiency and severity', () => {
    for (const grey of ['#000000', '#ffffff', '#808080', '#333333', '#c0c0c0']) {
      for (const d of DEFICIENCIES) {
        for (const severity of [0.3, 0.55, 1]) expectNear(simulateCvd(grey, d, severity), grey);
      }
    }
  });

  it('is the identity at severity 0', () => {
    fc.assert(
      fc.property(hexColor, fc.constantFrom(...DEFICIENCIES), (color, d) => {
        expect(simulateCvd(color, d, 0)).toBe(color);
      }),
    );
  });

  it('keeps luminance for achromatopsia and returns a grey', () => {
    fc.assert(
      fc.property(hexColor, (color) => {
        const grey = simulateCvd(color, 'achroma');
        const [r, g, b] = channels(grey);
        expect(r === g && g === b).toBe(true);
        expect(relativeLuminance(grey)).toBeCloseTo(relativeLuminance(color), 2);
      }),
    );
  });

  it('agrees with the independent Viénot 1999 dichromat model to within a few ΔE00', () => {
    const { vienot1999 } = (readFixture('cvd/dichromacy.json') as { vienot1999: Record<'protan' | 'deutan', number[][]> });
    for (const d of ['protan', 'deutan'] as const) {
      const m = vienot1999[d].flat() as unknown as Parameters<typeof simulateWithMatrix>[1];
      const distances = ['#ff0000', '#00ff00', '#0000ff', '#e69f00', '#56b4e9', '#009e73', '#cc79a7', '#d62728'].map((c) =>
        colorDistance(simulateCvd(c, d), linearToHex(simulateWithMatrix(c, m))),
      );
      const mean = distances.reduce((a, b) => a + b, 0) / distances.length;
      expect(mean, `${d} mean ΔE00 between the two models`).toBeLessThan(8);
    }
  });
});

function simulateWithMatrix(color: string, m: readonly [number, number, number, number, number, number, number, number, number]) {
  const [r, g, b] = hexToLinear(color);
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return [clamp(m[0] * r + m[1] * g + m[2] * b), clamp(m[3] * r + m[4] * g + m[5] * b), clamp(m[6] * r + m[7] * g + m[8] * b)] as [number, number, number];
}

describe('simulateLinear', () => {
  it('clamps severity into 0–1', () => {
    const rgb = hexToLinear('#d62728');
    expect(simulateLinear(rgb, 'deutan', 7)).toEqual(simulateLinear(rgb, 'deutan', 1));
    expect(simulateLinear(rgb, 'deutan', -1)).toEqual(rgb);
  });
});
