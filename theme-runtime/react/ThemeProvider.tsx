import { useContext, useEffect, useId, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import type { Mode, Theme } from '../model/types.ts';
import { ThemeContext, TitleCaseContext } from './context.ts';
import { PlotlyContext, type PlotlySource } from './plotly-source.ts';
import { useDocumentStylesheet } from './stylesheet.ts';
import { useServerRendered } from './server-rendered.ts';
import { currentCompiler, loadCompiler, PRECOMPILED_SCOPE, precompiledSheet } from './sheet-compiler.ts';
import { useSystemMode } from './system-mode.ts';

/** A mode as an app asks for it: `system` follows the operating system's setting, live. */
export type ModePreference = Mode | 'system';

export interface ThemeProviderProps {
  /** The theme document (parseTheme / createTheme give one). */
  theme: Theme;
  /** `system` follows the operating system's light/dark setting, live. */
  mode: ModePreference;
  /** Called when a component asks for another mode (useMode().setMode, useTheme().setMode). */
  onModeChange?: ((mode: ModePreference) => void) | undefined;
  /**
   * What to render with when `theme` cannot be compiled (a broken override from plain
   * JavaScript), with one console warning: the exported package passes its own theme.
   * Without one, the error is thrown for the app's error boundary.
   */
  fallback?: Theme | undefined;
  /**
   * Sets the theme's `--dk-*` custom properties on the provider's element, for plain CSS
   * (`var(--dk-accent)`). On by default. A colour the modes differ in is a `light-dark()`
   * pair, resolved by the colour scheme the provider sets per mode, so a mode switch changes
   * no variable (read a mode's values in script with `cssVariables(mode)`). Custom properties
   * inherit, so with them every theme change restyles every element below, each chart's
   * hundreds of nodes included; an app that changes its theme many times a second (a theme
   * editor) and does not use them should turn them off. The components never need them.
   */
  cssVariables?: boolean | undefined;
  /**
   * The CSS cascade layer the components' rules sit in, so an app's own unlayered CSS wins;
   * `false` for none. Default `design-kit`. A theme editor that replaces the theme many times a
   * second and has no app CSS to yield to turns it off: Chromium restyles much more when a
   * layered stylesheet is replaced.
   */
  cascadeLayer?: string | false | undefined;
  /**
   * The components' stylesheet holds both modes' rules, so a mode switch replaces no sheet
   * (Chromium would restyle every node below, each chart's included). On by default. A theme
   * editor, which replaces the sheet on every step of a colour drag and switches mode
   * rarely, turns it off for a sheet half the size.
   */
  bothModes?: boolean | undefined;
  /**
   * The plotly.js every Graph inside draws with: the module (`import Plotly from
   * 'plotly.js-dist-min'`, or a partial bundle) or a function that loads it. An outer
   * provider's is inherited. (The package's `/react` entry defaults to the full strict
   * bundle, loaded on first use.)
   */
  plotly?: PlotlySource | undefined;
  /** Everything the theme applies to. */
  children?: ReactNode | undefined;
}

/**
 * Themes everything below it: hands the theme to the components, applies their generated
 * stylesheet (states, breakpoints, print) and sets the theme's `--dk-*` custom properties,
 * so plain elements can use `var(--dk-accent)` too. No CSS for the app to write.
 */
const warned = new WeakSet<object>();

// css/scope.ts's safeScope and STYLESHEET_LAYER, written out: importing them would split a
// chunk off the React entry for them (the compilers, loaded later, use them too).
export const STYLESHEET_LAYER = 'design-kit';
export const safeScope = (scope: string) => {
  const cleaned = scope.replace(/[^a-zA-Z0-9_-]/g, '');
  return /^[a-zA-Z]/.test(cleaned) ? cleaned : `dk-${cleaned}`;
};

interface Compiled {
  theme: Theme;
  /** Undefined while the compilers load (a theme nothing compiled ahead, none provided). */
  css: string | undefined;
  /** The CSS variables to set inline; undefined when the sheet holds them (under `.dk-vars`). */
  variables: ((mode: Mode) => Record<string, string>) | undefined;
}

const NO_VARIABLES = () => ({});

/**
 * The theme and its stylesheet: compiled ahead (an exported package's own theme, with the
 * default layer and both modes) or by the compilers, else the fallback's, with one console
 * warning per bad theme object: an app handing over a broken override keeps rendering.
 * Compiles once: this runs on every edit of a drag.
 */
function compile(theme: Theme, fallback: Theme | undefined, mode: Mode | undefined, scope: string, layer: string | false): Compiled {
  const ahead = (t: Theme): Compiled | undefined => {
    const sheet = mode === undefined && layer === STYLESHEET_LAYER ? precompiledSheet(t) : undefined;
    return sheet && { theme: t, css: sheet.css.replaceAll(`.${PRECOMPILED_SCOPE}`, `.${scope}`), variables: undefined };
  };
  const made = ahead(theme);
  if (made) return made;
  const compiler = currentCompiler();
  if (compiler === undefined) return { theme, css: undefined, variables: NO_VARIABLES };
  const sheet = (t: Theme): Compiled => {
    // Both modes in one set where the compilers can write it (light-dark() pairs): a mode
    // switch then changes no custom property, and Chromium has no reason to restyle every
    // node below the provider (css/variables.ts). Worked out on first use: a provider with
    // variables off (the editor's preview, on every drag step) never asks.
    let both: Record<string, string> | null | undefined;
    return {
      theme: t,
      css: mode === undefined ? compiler.modeStylesheet(t, scope, layer) : compiler.componentStylesheet(t, mode, scope, layer),
      variables: (m) => {
        both ??= compiler.bothModesVariables?.(t) ?? null;
        return both ?? compiler.cssVariables(t, m);
      },
    };
  };
  try {
    return sheet(theme);
  } catch (e) {
    if (fallback === undefined) throw e;
    // Apps written in JavaScript can hand over anything, types notwithstanding.
    const candidate: unknown = theme;
    const key = typeof candidate === 'object' && candidate !== null ? candidate : fallback;
    if (!warned.has(key)) {
      warned.add(key);
      console.warn(`Design Kit: the theme given to ThemeProvider is not valid (${e instanceof Error ? e.message : String(e)}); rendering with “${fallback.name}” instead. Check it with parseTheme().`);
    }
    return ahead(fallback) ?? sheet(fallback);
  }
}

export function ThemeProvider({ theme: given, mode, onModeChange, fallback, cssVariables: withVariables = true, cascadeLayer = STYLESHEET_LAYER, bothModes = true, plotly, children }: ThemeProviderProps) {
  const systemMode = useSystemMode();
  const resolvedMode: Mode = mode === 'system' ? systemMode : mode;
  const scope = safeScope(`dk-${useId()}`);
  // Both modes' rules, chosen by the `data-dk-mode` attribute below: a mode switch replaces no stylesheet.
  const sheetMode = bothModes ? undefined : resolvedMode;
  // Bumped when the compilers arrive, for a theme that waited for them.
  const [compilerLoads, setCompilerLoads] = useState(0);
  const { theme, css, variables: variablesOf } = useMemo(
    () => compile(given, fallback, sheetMode, scope, cascadeLayer),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- compilerLoads: compile again once they load
    [given, fallback, sheetMode, scope, cascadeLayer, compilerLoads],
  );
  const waiting = css === undefined;
  useEffect(() => {
    if (!waiting) return;
    let alive = true;
    void loadCompiler().then(() => alive && setCompilerLoads((n) => n + 1));
    return () => {
      alive = false;
    };
  }, [waiting]);
  useDocumentStylesheet(css ?? '');
  const variables = useMemo(
    (): CSSProperties => ({ ...(withVariables && variablesOf ? variablesOf(resolvedMode) : {}), display: 'contents' }),
    [variablesOf, resolvedMode, withVariables],
  );
  const value = useMemo(
    () => ({ theme, mode: resolvedMode, preference: mode, ...(onModeChange === undefined ? {} : { setMode: onModeChange }) }),
    [theme, resolvedMode, mode, onModeChange],
  );
  const inheritedPlotly = useContext(PlotlyContext);
  const serverRendered = useServerRendered();
  return (
    <ThemeContext.Provider value={value}>
      <PlotlyContext.Provider value={plotly ?? inheritedPlotly}>
        <TitleCaseContext.Provider value={theme.typography.titleCase === 'capitalize'}>
          <div className={withVariables && variablesOf === undefined ? `${scope} dk-vars` : scope} data-dk-mode={resolvedMode} style={variables}>
            {/* Rendered on the server (and at hydration, to match), so the first paint is
                styled before any script runs; on the client the constructed sheet takes over. */}
            {serverRendered && css !== undefined && <style data-dk-stylesheet={scope}>{css}</style>}
            {children}
          </div>
        </TitleCaseContext.Provider>
      </PlotlyContext.Provider>
    </ThemeContext.Provider>
  );
}
