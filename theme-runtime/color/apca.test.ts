import { describe, expect, it } from 'vitest';
import { apcaContrast } from './apca.ts';

// Reference values: fixtures/README.md (APCA 0.0.98G-4g).
describe('apcaContrast', () => {
  it('matches the reference values, with the sign giving the polarity', () => {
    expect(apcaContrast('#888888', '#ffffff')).toBeCloseTo(63.06, 2);
    expect(apcaContrast('#ffffff', '#888888')).toBeCloseTo(-68.54, 2);
    expect(apcaContrast('#112233', '#ddeeff')).toBeCloseTo(91.67, 2);
  });

  it('reads short hex and names too, and is 0 for the same colour', () => {
    expect(apcaContrast('#123', '#def')).toBeCloseTo(91.67, 2);
    expect(apcaContrast('white', 'white')).toBe(0);
  });

  it('is not symmetric: light text on dark differs from dark on light', () => {
    expect(Math.abs(apcaContrast('#000000', '#ffffff'))).not.toBeCloseTo(Math.abs(apcaContrast('#ffffff', '#000000')), 0);
  });
});
