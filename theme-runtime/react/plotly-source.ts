import { createContext, useContext } from 'react';
import type { PlotlyModule } from './plotly-loader.ts';

/**
 * Where Graph gets plotly.js: the module itself (an app's `plotly.js-dist-min` or a partial
 * bundle such as `plotly.js-basic-dist`), or a function that loads it.
 */
export type PlotlySource = PlotlyModule | (() => Promise<PlotlyModule>);

export const PlotlyContext = createContext<PlotlySource | undefined>(undefined);

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
