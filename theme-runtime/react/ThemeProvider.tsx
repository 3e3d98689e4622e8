import { useMemo, type ReactNode } from 'react';
import type { Mode, Theme } from '../index.ts';
import { ThemeContext } from './context.ts';

export interface ThemeProviderProps {
  theme: Theme;
  mode: Mode;
  children?: ReactNode;
}

/** Hands a parsed theme and the current mode to every Design Kit component below it. */
export function ThemeProvider({ theme, mode, children }: ThemeProviderProps) {
  const value = useMemo(() => ({ theme, mode }), [theme, mode]);
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}
