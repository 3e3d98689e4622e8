import type { PlotlyTemplate } from '../../plotly/types.ts';
import { parseCssColor, plotlyContrast, withAlpha, type Rgba } from './css-color.ts';

/**
 * Where a drawn colour comes from, found from the figure's structure when it was drawn: a
 * template attribute, or a default plotly derives from one (a series colour, a fill at half
 * opacity, a label's contrast colour). A new template gives the colour that node would have
 * if plotly drew it again.
 */
export type ColorSource =
  | { from: 'layout'; path: readonly string[] }
  | { from: 'trace'; type: string; entry: number; path: readonly string[] }
  /** The `index`th colour plotly handed out from the colorway (one per visible trace, cycling). */
  | { from: 'series'; index: number }
  /** A pie slice's default colour: the colorway's `index`th, or one plotly extends the colorway with. */
  | { from: 'slice'; index: number }
  | { from: 'alpha'; alpha: number; of: ColorSource }
  | { from: 'contrast'; of: ColorSource };

/** A source, or a colour the figure fixes itself (or plotly's constant default): never repainted. */
export type Provenance = ColorSource | 'fixed';

/** The value at `path` inside plain JSON, or undefined. */
export function lookup(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

const colorway = (t: PlotlyTemplate): unknown[] => {
  const list: unknown = t.layout['colorway'];
  return Array.isArray(list) ? list : [];
};

/**
 * The colour `source` gives under `template`, or undefined when only a redraw can show it: a
 * pie with more default slices than colours (plotly then makes new shades), or a value this
 * path cannot read.
 */
export function sourceColor(source: ColorSource, template: PlotlyTemplate): Rgba | undefined {
  const read = (v: unknown) => (typeof v === 'string' ? parseCssColor(v) : undefined);
  switch (source.from) {
    case 'layout':
      return read(lookup(template.layout, source.path));
    case 'trace': {
      const entries = template.data[source.type] ?? [];
      return read(lookup(entries[source.entry % Math.max(1, entries.length)], source.path));
    }
    case 'series': {
      const list = colorway(template);
      return list.length === 0 ? undefined : read(list[source.index % list.length]);
    }
    case 'slice': {
      const list = colorway(template);
      return source.index < list.length ? read(list[source.index]) : undefined;
    }
    case 'alpha': {
      const c = sourceColor(source.of, template);
      return c === undefined ? undefined : withAlpha(c, source.alpha);
    }
    case 'contrast': {
      const c = sourceColor(source.of, template);
      return c === undefined ? undefined : plotlyContrast(c);
    }
  }
}

/** The raw template string behind a source, for the few places plotly writes its value as given. */
export function sourceText(source: ColorSource, template: PlotlyTemplate): string | undefined {
  if (source.from === 'layout') {
    const v = lookup(template.layout, source.path);
    return typeof v === 'string' ? v : undefined;
  }
  const c = sourceColor(source, template);
  return c === undefined ? undefined : c.a === 1 ? `rgb(${c.r}, ${c.g}, ${c.b})` : `rgba(${c.r}, ${c.g}, ${c.b}, ${c.a})`;
}
