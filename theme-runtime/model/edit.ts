import type { ColorRole, Mode, Theme } from './types.ts';

/** A new theme with one role of one mode changed. `color` must already be normalised. */
export function withRole(theme: Theme, mode: Mode, role: ColorRole, color: string): Theme {
  return { ...theme, colors: { ...theme.colors, [mode]: { ...theme.colors[mode], [role]: color } } };
}

/** A new theme with colorway entry `index` replaced. */
export function withColorwayEntry(theme: Theme, index: number, color: string): Theme {
  return { ...theme, colorway: theme.colorway.map((c, i) => (i === index ? color : c)) };
}
