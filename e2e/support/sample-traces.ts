/**
 * The smallest valid data for each trace type the template styles, so plotly.js validates
 * (and draws) one trace of each kind. Template entries are merged over these.
 */
export const SAMPLE_DATA: Record<string, Record<string, unknown>> = {
  scatter: { x: [1, 2, 3], y: [1, 3, 2] },
  scattergl: { x: [1, 2, 3], y: [1, 3, 2] },
  scatterpolar: { r: [1, 2, 3], theta: [0, 90, 180] },
  scatterpolargl: { r: [1, 2, 3], theta: [0, 90, 180] },
  scatterternary: { a: [1, 2], b: [1, 1], c: [1, 2] },
  scattercarpet: { a: [4, 5, 6], b: [1, 2, 3], carpet: 'c1' },
  scattergeo: { lat: [10, 20], lon: [10, 20] },
  scatter3d: { x: [1, 2], y: [1, 2], z: [1, 2] },
  bar: { x: ['a', 'b'], y: [1, 2] },
  histogram: { x: [1, 2, 2, 3] },
  barpolar: { r: [1, 2], theta: [0, 90] },
  funnel: { x: [3, 2, 1], y: ['a', 'b', 'c'] },
  waterfall: { x: ['a', 'b', 'c'], y: [2, -1, 0], measure: ['relative', 'relative', 'total'] },
  box: { y: [1, 2, 3, 4, 9] },
  violin: { y: [1, 2, 3, 4, 9] },
  candlestick: { x: [1, 2], open: [1, 2], high: [2, 3], low: [0.5, 1.5], close: [1.5, 2.5] },
  ohlc: { x: [1, 2], open: [1, 2], high: [2, 3], low: [0.5, 1.5], close: [1.5, 2.5] },
  pie: { labels: ['a', 'b'], values: [1, 2] },
  funnelarea: { labels: ['a', 'b'], values: [2, 1] },
  treemap: { labels: ['root', 'a', 'b'], parents: ['', 'root', 'root'] },
  sunburst: { labels: ['root', 'a', 'b'], parents: ['', 'root', 'root'] },
  icicle: { labels: ['root', 'a', 'b'], parents: ['', 'root', 'root'] },
  heatmap: { z: [[1, 2], [3, 4]] },
  contour: { z: [[1, 2], [3, 4]] },
  histogram2d: { x: [1, 2, 3], y: [1, 2, 3] },
  histogram2dcontour: { x: [1, 2, 3, 2], y: [1, 2, 3, 1] },
  contourcarpet: { a: [4, 4, 4, 5, 5, 5, 6, 6, 6], b: [1, 2, 3, 1, 2, 3, 1, 2, 3], z: [1, 2, 3, 2, 3, 4, 3, 4, 5], carpet: 'c1' },
  surface: { z: [[1, 2], [3, 4]] },
  mesh3d: { x: [0, 1, 0], y: [0, 0, 1], z: [0, 1, 1] },
  choropleth: { locations: ['FRA', 'DEU'], z: [1, 2] },
  // A carpet needs three points along each axis to draw its smoothed grid lines.
  carpet: { a: [4, 4, 4, 5, 5, 5, 6, 6, 6], b: [1, 2, 3, 1, 2, 3, 1, 2, 3], y: [2, 3.5, 4, 3, 4.5, 5, 5.5, 6.5, 7.5], carpet: 'c1' },
  parcoords: { dimensions: [{ label: 'a', values: [1, 2] }, { label: 'b', values: [2, 1] }] },
  table: { header: { values: ['a', 'b'] }, cells: { values: [[1, 2], [3, 4]] } },
};

/**
 * Figures drawn to prove the template renders: types that share a subplot kind go
 * together; carpet traces need their carpet. Geo traces are validated but not drawn:
 * plotly.js fetches their world map from the internet, which tests must not reach.
 */
export const RENDER_GROUPS: string[][] = [
  ['scatter', 'bar', 'histogram'],
  ['scattergl'],
  ['box', 'violin'],
  ['funnel'],
  ['waterfall'],
  ['candlestick'],
  ['ohlc'],
  ['pie'],
  ['funnelarea'],
  ['treemap'],
  ['sunburst'],
  ['icicle'],
  ['heatmap'],
  ['contour'],
  ['histogram2d'],
  ['histogram2dcontour'],
  ['carpet', 'scattercarpet', 'contourcarpet'],
  ['scatterpolar', 'barpolar'],
  ['scatterpolargl'],
  ['scatterternary'],
  ['scatter3d', 'surface', 'mesh3d'],
  ['parcoords'],
  ['table'],
];
