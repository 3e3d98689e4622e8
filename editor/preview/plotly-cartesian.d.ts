// plotly.js ships its bundles as UMD files without declarations of their own; the partial
// bundles export the same API as the package entry.
declare module 'plotly.js/dist/plotly-cartesian.min.js' {
  import type * as Plotly from 'plotly.js';
  const plotly: typeof Plotly;
  export default plotly;
}
