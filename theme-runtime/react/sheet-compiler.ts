import type { SheetCompiler } from '../css/compiler.ts';
import type { Theme } from '../model/types.ts';

// The compilers (resolveTheme, the component props, the stylesheet writer) are most of the
// runtime's code, and an exported package's own theme needs none of them: its sheet is
// compiled at export time (registerPrecompiled). They load for any other theme — at once
// where a module provides them (the editor, `<pkg>/create`: provideSheetCompiler), else on
// first need.

/**
 * A theme's stylesheet compiled ahead: both modes, the default cascade layer, scoped under
 * PRECOMPILED_SCOPE, with both modes' CSS variables under `.dk-vars` (a provider with
 * variables on carries that class instead of setting them inline).
 */
export interface PrecompiledSheet {
  css: string;
}

/** The scope a precompiled sheet is written under; each provider puts its own in its place. Short (it is written hundreds of times), and the prefix of no class the sheet names (.dk-*). */
export const PRECOMPILED_SCOPE = 'dkscope';

// css/compiler.ts's COMPILER_KEY, written out: importing it would load the compilers with it.
const COMPILER_KEY = Symbol.for('design-kit.sheet-compiler');
let loading: Promise<SheetCompiler> | undefined;
const precompiled = new WeakMap<Theme, PrecompiledSheet>();

export function currentCompiler(): SheetCompiler | undefined {
  return (globalThis as Record<symbol, SheetCompiler | undefined>)[COMPILER_KEY];
}

/** Loads the compilers once (a separate chunk), for a theme nothing compiled ahead. */
export function loadCompiler(): Promise<SheetCompiler> {
  loading ??= import('../css/compiler.ts').then((m) => {
    if (currentCompiler() === undefined) m.provideSheetCompiler();
    return m.SHEET_COMPILER;
  });
  return loading;
}

export function registerPrecompiled(theme: Theme, sheet: PrecompiledSheet): void {
  precompiled.set(theme, sheet);
}

export function precompiledSheet(theme: Theme): PrecompiledSheet | undefined {
  return precompiled.get(theme);
}
