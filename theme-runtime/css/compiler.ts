import type { Mode, Theme } from '../model/types.ts';
import { componentStylesheet, modeStylesheet } from './stylesheet.ts';
import { bothModesVariables, cssVariables } from './variables.ts';

/** What turns a theme into ThemeProvider's stylesheet and CSS variables. */
export interface SheetCompiler {
  modeStylesheet(theme: Theme, scope: string, layer: string | false): string;
  componentStylesheet(theme: Theme, mode: Mode, scope: string, layer: string | false): string;
  cssVariables(theme: Theme, mode: Mode): Record<string, string>;
  /** Both modes' variables as one set (light-dark() pairs), or undefined; absent from older packages' compilers. */
  bothModesVariables?(theme: Theme): Record<string, string> | undefined;
}

export const SHEET_COMPILER: SheetCompiler = { modeStylesheet, componentStylesheet, cssVariables, bothModesVariables };

/**
 * Where the compilers are published for ThemeProvider (react/sheet-compiler.ts reads the same
 * key): a global, because an exported package may hold two copies of the registry (its
 * `/create` entry bundles the compilers; its React entries share the runtime's) and both must see them.
 */
export const COMPILER_KEY = Symbol.for('design-kit.sheet-compiler');

/**
 * Lets ThemeProvider compile any theme synchronously from its first render (on the server
 * too), instead of loading the compilers when a theme not compiled ahead first appears.
 */
export function provideSheetCompiler(): void {
  (globalThis as Record<symbol, unknown>)[COMPILER_KEY] = SHEET_COMPILER;
}
