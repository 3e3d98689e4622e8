declare module 'plotly.js-dist-min' {
  import type * as Plotly from 'plotly.js';
  const plotly: typeof Plotly;
  export default plotly;
}
