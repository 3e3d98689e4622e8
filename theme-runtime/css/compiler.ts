import type { Mode, Theme } from '../model/types.ts';
import { componentStylesheet, modeStylesheet } from './stylesheet.ts';
import { cssVariables } from './variables.ts';

/** What turns a theme into ThemeProvider's stylesheet and CSS variables. */
export interface SheetCompiler {
  modeStylesheet(theme: Theme, scope: string, layer: string | false): string;
  componentStylesheet(theme: Theme, mode: Mode, scope: string, layer: string | false): string;
  cssVariables(theme: Theme, mode: Mode): Record<string, string>;
}

export const SHEET_COMPILER: SheetCompiler = { modeStylesheet, componentStylesheet, cssVariables };

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
