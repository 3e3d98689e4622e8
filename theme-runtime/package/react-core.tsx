// The exported package's React entry for apps that bring their own plotly.js
// (`import … from 'acme-theme/react-core'`): the same components as `/react`, with no
// reference to the plotly.js package, so a bundler never looks for it. Pass your bundle to
// ThemeProvider: `<ThemeProvider plotly={Plotly}>` with `plotly.js-dist-min` or a partial one.
import { packageThemeProvider } from './provider.tsx';

export * from '../react/index.ts';
export { theme, type ThemeProviderProps } from './provider.tsx';

/** ThemeProvider with this package's theme; give it `plotly` for the charts. */
export const ThemeProvider = packageThemeProvider(undefined);
