import { createContext, useContext } from 'react';
import type { Mode, Theme } from '../model/types.ts';

export interface ThemeContextValue {
  theme: Theme;
  /** The mode in force: `system` already resolved to light or dark. */
  mode: Mode;
  /** The mode as the app asked for it, `system` included. */
  preference: Mode | 'system';
  /** Asks the app to switch modes (calls the provider's onModeChange); absent without one. */
  setMode?: ((mode: Mode | 'system') => void) | undefined;
  /** True inside a Report while the page prints: what draws later must draw now. */
  printing?: boolean | undefined;
}

export const ThemeContext = createContext<ThemeContextValue | undefined>(undefined);

/**
 * Whether headings are title-cased, apart from the theme: ThemeContext changes with every
 * edit of a colour, and the headings that read only this would render again each time.
 */
export const TitleCaseContext = createContext(false);

/**
 * The mode of the nearest ThemeProvider: `mode` in force (light or dark), the `preference` it
 * was given (`system` too) and `setMode`, which asks the app to change it (undefined unless
 * the provider has onModeChange).
 */
export function useMode(): Pick<ThemeContextValue, 'mode' | 'preference' | 'setMode'> {
  const { mode, preference, setMode } = useTheme();
  return { mode, preference, setMode };
}

/** The theme and mode of the nearest ThemeProvider. */
export function useTheme(): ThemeContextValue {
  const value = useContext(ThemeContext);
  if (value === undefined) throw new Error('Design Kit components must be inside a <ThemeProvider theme={…} mode={…}>');
  return value;
}
