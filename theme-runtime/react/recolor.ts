import type { ResolvedTheme } from '../model/resolve.ts';

/** An element plotly drew with a theme colour, the property it is in, and where the colour came from. */
export interface ColorTag {
  element: SVGElement | HTMLElement;
  property: 'fill' | 'stroke' | 'background';
  key: string;
}

type Keyed = [key: string, color: string][];

/** Theme colours by slot, in the order ambiguous matches are settled: series first. */
function slots(r: ResolvedTheme): Keyed {
  const c = r.colors;
  return [
    ...r.colorway.map((color, i): [string, string] => [`colorway:${i}`, color]),
    ['plotBackground', c.plotBackground],
    ['backgroundContent', c.backgroundContent],
    ['grid', c.grid],
    ['zeroLine', c.zeroLine],
    ['border', c.border],
    ['text', c.text],
    ['subtleText', c.subtleText],
    ['heading', c.heading],
  ];
}

/** `#rrggbb` as the `rgb(r, g, b)` text the DOM reports for inline colours. */
function asCss(hex: string): string | undefined {
  if (hex.length !== 7) return undefined; // translucent colours are left to the full redraw
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/**
 * Finds every colour in a drawn chart that came from the theme, so a later colour-only edit
 * can repaint those marks directly instead of asking plotly to redraw the figure.
 */
export function tagThemeColors(root: HTMLElement, r: ResolvedTheme): ColorTag[] {
  const byColor = new Map<string, string>();
  for (const [key, hex] of slots(r)) {
    const css = asCss(hex);
    if (css !== undefined && !byColor.has(css)) byColor.set(css, key);
  }
  const tags: ColorTag[] = [];
  for (const element of root.querySelectorAll<SVGElement | HTMLElement>('[style]')) {
    for (const property of ['fill', 'stroke', 'background'] as const) {
      const value = property === 'background' ? element.style.backgroundColor : element.style[property];
      const key = value === '' ? undefined : byColor.get(value);
      if (key !== undefined) tags.push({ element, property, key });
    }
  }
  return tags;
}

/** Slot colours as drawn, the state `recolor` starts from and updates. */
export function paintedSlots(r: ResolvedTheme): Map<string, string> {
  return new Map(slots(r));
}

/**
 * Repaints tagged marks with the colours the same slots have in `r`, touching only slots
 * whose colour differs from `painted` (which it updates). Writing an inline style makes the
 * browser restyle that node even when the value is unchanged, and a chart's text and grid
 * lines are most of its nodes: a series drag must not restyle them all every frame.
 */
export function recolor(tags: ColorTag[], r: ResolvedTheme, painted: Map<string, string>): void {
  const changed = new Map<string, string>();
  for (const [key, color] of slots(r)) if (painted.get(key) !== color) changed.set(key, color);
  if (changed.size === 0) return;
  for (const { element, property, key } of tags) {
    const color = changed.get(key);
    if (color === undefined) continue;
    if (property === 'background') element.style.backgroundColor = color;
    else element.style[property] = color;
  }
  for (const [key, color] of changed) painted.set(key, color);
}
