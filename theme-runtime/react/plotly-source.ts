import { createContext } from 'react';
import type { PlotlyModule } from './plotly-loader.ts';

/**
 * Where Graph gets plotly.js: the module itself (an app's `plotly.js-dist-min` or a partial
 * bundle such as `plotly.js-basic-dist`), or a function that loads it.
 */
export type PlotlySource = PlotlyModule | (() => Promise<PlotlyModule>);

export const PlotlyContext = createContext<PlotlySource | undefined>(undefined);
