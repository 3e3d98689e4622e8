/**
 * A page function (for `waitForFunction`): the editor's preview holds at least `least`
 * charts and plotly.js has drawn every one of them. Each drawn chart has two `svg.main-svg`
 * (the plot and the layer above it), so counting those elements counts half the charts.
 */
export function previewChartsDrawn(least: number): boolean {
  const graphs = [...document.querySelectorAll('#preview .dk-Graph')];
  return graphs.length >= least && graphs.every((graph) => graph.querySelector('.js-plotly-plot svg.main-svg') !== null);
}
