import { useId, useMemo, type CSSProperties, type ReactNode } from 'react';
import { componentStylesheet, safeScope } from '../css/stylesheet.ts';
import { cssVariables } from '../css/variables.ts';
import type { Mode, Theme } from '../model/types.ts';
import { ThemeContext } from './context.ts';
import { useDocumentStylesheet } from './stylesheet.ts';
import { useSystemMode } from './system-mode.ts';

export interface ThemeProviderProps {
  theme: Theme;
  /** `system` follows the operating system's light/dark setting, live. */
  mode: Mode | 'system';
  /** Called when a component asks for another mode (see useTheme().setMode). */
  onModeChange?: (mode: Mode) => void;
  children?: ReactNode;
}

/**
 * Themes everything below it: hands the theme to the components, applies their generated
 * stylesheet (states, breakpoints, print) and sets the theme's `--dk-*` custom properties,
 * so plain elements can use `var(--dk-accent)` too. No CSS for the app to write.
 */
export function ThemeProvider({ theme, mode, onModeChange, children }: ThemeProviderProps) {
  const systemMode = useSystemMode();
  const resolvedMode: Mode = mode === 'system' ? systemMode : mode;
  const scope = safeScope(`dk-${useId()}`);
  const css = useMemo(() => componentStylesheet(theme, resolvedMode, scope), [theme, resolvedMode, scope]);
  useDocumentStylesheet(css);
  const variables = useMemo((): CSSProperties => ({ ...cssVariables(theme, resolvedMode), display: 'contents' }), [theme, resolvedMode]);
  const value = useMemo(
    () => ({ theme, mode: resolvedMode, ...(onModeChange === undefined ? {} : { setMode: onModeChange }) }),
    [theme, resolvedMode, onModeChange],
  );
  return (
    <ThemeContext.Provider value={value}>
      <div className={scope} data-dk-mode={resolvedMode} style={variables}>
        {children}
      </div>
    </ThemeContext.Provider>
  );
}
