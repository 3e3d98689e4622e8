import { createContext, useContext } from 'react';
import type { Mode, Theme } from '../model/types.ts';

export interface ThemeContextValue {
  theme: Theme;
  /** The mode in force: `system` already resolved to light or dark. */
  mode: Mode;
  /** Asks the app to switch modes (calls the provider's onModeChange); absent without one. */
  setMode?: (mode: Mode) => void;
}

export const ThemeContext = createContext<ThemeContextValue | undefined>(undefined);

/** The theme and mode of the nearest ThemeProvider. */
export function useTheme(): ThemeContextValue {
  const value = useContext(ThemeContext);
  if (value === undefined) throw new Error('Design Kit components must be inside a <ThemeProvider theme={…} mode={…}>');
  return value;
}
