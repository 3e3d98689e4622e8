import { describe, expect, it } from 'vitest';
import { normalizeColor } from '../../../theme-runtime/index.ts';
import { formatColor, hexToHsv, hsvToHex } from './color-math.ts';

describe('picker colour math', () => {
  it('round-trips hex through HSV', () => {
    for (const hex of ['#2563eb', '#ff0000', '#00ff80', '#123456']) expect(hsvToHex(hexToHsv(hex))).toBe(hex);
  });

  it('keeps the previous hue for greys', () => {
    expect(hexToHsv('#808080', 210)[0]).toBe(210);
  });

  it('writes every format so that it reads back as the same colour', () => {
    for (const format of ['hex', 'rgb', 'hsl', 'oklch'] as const) {
      const text = formatColor('#2563eb', format);
      const back = normalizeColor(text) ?? '';
      const channels = (h: string) => [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
      channels(back).forEach((v, i) => expect(Math.abs(v - (channels('#2563eb')[i] ?? 0)), `${format}: ${text}`).toBeLessThanOrEqual(2));
    }
  });
});
