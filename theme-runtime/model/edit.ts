import type { ColorRole, Mode, Theme } from './types.ts';

/** A new theme with one role of one mode changed. `color` must already be normalised. */
export function withRole(theme: Theme, mode: Mode, role: ColorRole | 'accentText', color: string): Theme {
  return { ...theme, colors: { ...theme.colors, [mode]: { ...theme.colors[mode], [role]: color } } };
}

/** A new theme with colorway entry `index` replaced. */
export function withColorwayEntry(theme: Theme, index: number, color: string): Theme {
  return { ...theme, colorway: theme.colorway.map((c, i) => (i === index ? color : c)) };
}

/**
 * A new theme with a whole new series list. Per-mode overrides belonged to the old series
 * (by position), so they go with them: each mode derives its variants afresh.
 */
export function withColorway(theme: Theme, colorway: string[]): Theme {
  const { colorwayOverrides: _old, ...rest } = theme;
  return { ...rest, colorway };
}

/** A new theme with series `index` drawn as `color` in `mode` only (null: derived again). */
export function withSeriesOverride(theme: Theme, mode: Mode, index: number, color: string | null): Theme {
  const current = theme.colorwayOverrides?.[mode] ?? [];
  const next = Array.from({ length: Math.max(current.length, index + 1) }, (_, i) => (i === index ? color : (current[i] ?? null)));
  while (next.length > 0 && next.at(-1) === null) next.pop();
  const { [mode]: _old, ...others } = theme.colorwayOverrides ?? {};
  const overrides = next.length > 0 ? { ...others, [mode]: next } : others;
  const { colorwayOverrides: _all, ...rest } = theme;
  return Object.keys(overrides).length > 0 ? { ...rest, colorwayOverrides: overrides } : rest;
}
