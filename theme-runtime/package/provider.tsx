import type { Theme } from '../model/types.ts';
import type { PlotlySource } from '../react/plotly-source.ts';
import { registerPrecompiled, ThemeProvider as RuntimeThemeProvider, type ThemeProviderProps as RuntimeThemeProviderProps } from '../react/index.ts';
import sheet from './component-stylesheet.json' with { type: 'json' };
import document from './theme.json' with { type: 'json' };

const { $schema: _schema, ...data } = document;

/** The theme document. */
export const theme: Theme = data;

// Compiled at export time: rendering this theme needs none of the compilers (another theme
// loads them, or brings them with `/create`).
registerPrecompiled(theme, sheet);

export interface ThemeProviderProps extends Omit<RuntimeThemeProviderProps, 'theme'> {
  /** Defaults to this package's theme. */
  theme?: Theme | undefined;
}

/**
 * The runtime's ThemeProvider with this package's theme as the default and as the fallback
 * for a broken override, and `plotly` defaulting to `defaultPlotly`.
 */
export function packageThemeProvider(defaultPlotly: PlotlySource | undefined) {
  return function ThemeProvider({ theme: override, plotly, ...props }: ThemeProviderProps) {
    return <RuntimeThemeProvider fallback={theme} {...props} plotly={plotly ?? defaultPlotly} theme={override ?? theme} />;
  };
}
