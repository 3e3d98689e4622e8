// What Graph needs only once it draws: the template compiler and the in-place repaint. It is
// loaded together with plotly.js (megabytes, so the wait is plotly's), which keeps it out of
// every page's first load and out of pages without charts.
export { applyTheme } from '../plotly/apply.ts';
export { paintedSlots, recolor, tagThemeColors, type ColorTag } from './recolor.ts';
