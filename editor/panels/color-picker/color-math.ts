import chroma from 'chroma-js';

/** Hue 0–360, saturation and value 0–1: the picker's own coordinates. */
export type Hsv = [number, number, number];

export function hexToHsv(hex: string, fallbackHue = 0): Hsv {
  const [h, s, v] = chroma(hex).hsv();
  // Greys have no hue; keep the one the person was on so the slider does not jump.
  return [Number.isNaN(h) ? fallbackHue : h, s, v];
}

export function hsvToHex([h, s, v]: Hsv): string {
  return chroma.hsv(h, Math.min(1, Math.max(0, s)), Math.min(1, Math.max(0, v))).hex('rgb');
}

export type ColorFormat = 'hex' | 'rgb' | 'hsl' | 'oklch';

/** The colour written in one of the syntaxes people paste into CSS. */
export function formatColor(hex: string, format: ColorFormat): string {
  const c = chroma(hex);
  switch (format) {
    case 'hex':
      return c.hex();
    case 'rgb': {
      const [r, g, b] = c.rgb();
      return `rgb(${r} ${g} ${b})`;
    }
    case 'hsl': {
      const [h, s, l] = c.hsl();
      return `hsl(${Number.isNaN(h) ? 0 : Math.round(h)} ${Math.round(s * 100)}% ${Math.round(l * 100)}%)`;
    }
    case 'oklch': {
      const [l, ch, h] = c.oklch();
      return `oklch(${(l * 100).toFixed(1)}% ${ch.toFixed(3)} ${Number.isNaN(h) ? 0 : h.toFixed(1)})`;
    }
  }
}
