import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../model/defaults.ts';
import { toDesignTokens } from './dtcg-export.ts';

type Node = Record<string, unknown>;
const at = (obj: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((o, k) => (o as Node | undefined)?.[k], obj);

describe('toDesignTokens (W3C DTCG)', () => {
  const tokens = toDesignTokens(DEFAULT_THEME);

  it('writes colours as sRGB component objects with a hex fallback, per mode', () => {
    expect(at(tokens, 'color', 'light', 'accent')).toEqual({
      $type: 'color',
      $value: { colorSpace: 'srgb', components: [0x25 / 255, 0x63 / 255, 0xeb / 255].map((n) => Number(n.toFixed(4))), hex: '#2563eb' },
    });
    expect(at(tokens, 'color', 'dark', 'accent', '$value', 'hex')).toBe(DEFAULT_THEME.colors.dark.accent);
  });

  it('turns {accent} colorway entries into aliases of the same mode', () => {
    expect(at(tokens, 'color', 'light', 'colorway', '1')).toEqual({ $type: 'color', $value: '{color.light.accent}' });
    expect(at(tokens, 'color', 'dark', 'colorway', '1', '$value')).toBe('{color.dark.accent}');
  });

  it('writes fonts and sizes in DTCG types', () => {
    expect(at(tokens, 'font', 'body', 'family')).toMatchObject({ $type: 'fontFamily', $value: ['Inter', 'system-ui', 'sans-serif'] });
    expect(at(tokens, 'font', 'heading', 'weight')).toEqual({ $type: 'fontWeight', $value: 600 });
    expect(at(tokens, 'size', 'radius')).toEqual({ $type: 'dimension', $value: { value: 8, unit: 'px' } });
  });

  it('gives every token a $type and a $value', () => {
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      if ('$value' in node) {
        expect(node, path).toHaveProperty('$type');
        return;
      }
      for (const [k, v] of Object.entries(node)) if (!k.startsWith('$')) walk(v, `${path}.${k}`);
    };
    walk(tokens, '');
  });
});
