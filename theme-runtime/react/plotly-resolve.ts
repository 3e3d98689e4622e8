// What a Graph does with its plotly.js source. Apart from plotly-source.ts (the context the
// provider sets), so this loads with the chart code, not in the React entry every page pays for.
import { useContext } from 'react';
import type { PlotlyModule } from './plotly-loader.ts';
import { PlotlyContext, type PlotlySource } from './plotly-source.ts';

/** The plotly.js a Graph should draw with: its own prop, else its provider's. */
export function usePlotlySource(own: PlotlySource | undefined): PlotlySource | undefined {
  const inherited = useContext(PlotlyContext);
  return own ?? inherited;
}

const MISSING = 'no plotly.js was given: pass one to ThemeProvider (plotly={Plotly}) or import the components from the package’s “/react” entry, which loads the full bundle itself';

/** The module a source stands for, once it is there. */
export function resolvePlotly(source: PlotlySource | undefined): Promise<PlotlyModule> {
  if (source === undefined) return Promise.reject(new Error(MISSING));
  return typeof source === 'function' ? source() : Promise.resolve(source);
}
