// The choices the theme offers for chart series; zod-free so type declarations and
// compilers can use them without the schema.

/** Marker symbols offered for the redundant-encoding cycle (all valid plotly.js `marker.symbol` names). */
export const MARKER_SYMBOLS = [
  'circle', 'square', 'diamond', 'cross', 'x', 'triangle-up', 'triangle-down', 'triangle-left',
  'triangle-right', 'pentagon', 'hexagon', 'hexagram', 'star', 'hourglass', 'bowtie', 'asterisk',
  'circle-open', 'square-open', 'diamond-open', 'triangle-up-open', 'star-open',
] as const;

/** plotly.js's named dash styles. */
export const DASH_STYLES = ['solid', 'dot', 'dash', 'longdash', 'dashdot', 'longdashdot'] as const;
