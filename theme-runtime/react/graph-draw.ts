// What the chart view draws with: the template compiler and the in-place repaint. Part of
// Graph's lazily loaded code, never of a page's first load.
export { applyTheme } from '../plotly/apply.ts';
export { paintedSlots, recolor, tagThemeColors, type ColorTag } from './recolor.ts';
