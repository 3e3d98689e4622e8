// The exported package's React entry (`import … from 'acme-theme/react'`): the runtime's
// components, with this package's theme as ThemeProvider's default and the full plotly.js
// strict bundle, loaded on first use, as Graph's default. It reads theme.json directly rather
// than the core entry, so the core's precomputed data stays out of React bundles. Fonts are
// a separate import (`acme-theme/fonts`): CSS imports break Node and server rendering.
import { loadPlotly } from '../react/plotly-loader.ts';
import { packageThemeProvider } from './provider.tsx';

export * from '../react/index.ts';
export { theme, type ThemeProviderProps } from './provider.tsx';

/** ThemeProvider with this package's theme (pass `theme` for another) and plotly.js loaded lazily (pass `plotly` for your own). */
export const ThemeProvider = packageThemeProvider(loadPlotly);
