import { useId, useMemo, type CSSProperties, type ReactNode } from 'react';
import { componentStylesheet, safeScope } from '../css/stylesheet.ts';
import { cssVariables } from '../css/variables.ts';
import { DEFAULT_THEME } from '../model/defaults.ts';
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
  /**
   * Sets the theme's `--dk-*` custom properties on the provider's element, for plain CSS
   * (`var(--dk-accent)`). On by default. Custom properties inherit, so with them every theme
   * change restyles every element below, each chart's hundreds of nodes included; an app
   * that changes its theme many times a second (a theme editor) and does not use them
   * should turn them off. The components themselves never need them.
   */
  cssVariables?: boolean;
  children?: ReactNode;
}

/**
 * Themes everything below it: hands the theme to the components, applies their generated
 * stylesheet (states, breakpoints, print) and sets the theme's `--dk-*` custom properties,
 * so plain elements can use `var(--dk-accent)` too. No CSS for the app to write.
 */
const warned = new WeakSet<object>();

/**
 * The theme and its stylesheet if the runtime can compile it, else the default theme's, with
 * one console warning per bad theme object: an app handing over a broken override keeps
 * rendering. Compiles once: this runs on every edit of a drag.
 */
function compile(theme: Theme, mode: Mode, scope: string): { theme: Theme; css: string } {
  try {
    return { theme, css: componentStylesheet(theme, mode, scope) };
  } catch (e) {
    // Apps written in JavaScript can hand over anything, types notwithstanding.
    const candidate: unknown = theme;
    const key = typeof candidate === 'object' && candidate !== null ? candidate : DEFAULT_THEME;
    if (!warned.has(key)) {
      warned.add(key);
      console.warn(`Design Kit: the theme given to ThemeProvider is not valid (${e instanceof Error ? e.message : String(e)}); rendering with the default theme instead. Check it with parseTheme().`);
    }
    return { theme: DEFAULT_THEME, css: componentStylesheet(DEFAULT_THEME, mode, scope) };
  }
}

export function ThemeProvider({ theme: given, mode, onModeChange, cssVariables: withVariables = true, children }: ThemeProviderProps) {
  const systemMode = useSystemMode();
  const resolvedMode: Mode = mode === 'system' ? systemMode : mode;
  const scope = safeScope(`dk-${useId()}`);
  const { theme, css } = useMemo(() => compile(given, resolvedMode, scope), [given, resolvedMode, scope]);
  useDocumentStylesheet(css);
  const variables = useMemo(
    (): CSSProperties => ({ ...(withVariables ? cssVariables(theme, resolvedMode) : {}), display: 'contents' }),
    [theme, resolvedMode, withVariables],
  );
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
