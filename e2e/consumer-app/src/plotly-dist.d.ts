declare module 'plotly.js/dist/plotly-strict.min.js' {
  import type * as Plotly from 'plotly.js';
  const plotly: typeof Plotly;
  export default plotly;
}
