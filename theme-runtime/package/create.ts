// The exported package's theme helpers (`import … from 'acme-theme/create'`): a theme of
// your own from a few changes to this package's, and the door for theme files. A separate
// entry because validating needs the schema (zod) and colour parsing, which the core and
// React entries do without.
import { z } from 'zod';
import { createTheme as createFrom, ThemeError, type DeepPartial } from '../model/create.ts';
import { parseTheme, type ParseResult } from '../model/parse.ts';
import type { Theme, ThemeIssue } from '../model/types.ts';
import { provideSheetCompiler } from '../css/compiler.ts';
import document from './theme.json' with { type: 'json' };

export { parseTheme, ThemeError };
export type { DeepPartial, ParseResult, Theme, ThemeIssue };

// zod compiles validators with `new Function` unless told not to; apps under a strict
// Content-Security-Policy (no 'unsafe-eval') must still be able to validate.
z.config({ jitless: true });

// Themes made here are not the package's own (whose stylesheet is compiled ahead): ThemeProvider
// compiles them from the first render — on the server too — with the compilers this brings.
provideSheetCompiler();

const { $schema: _schema, ...data } = document;
const packageTheme: Theme = data;

/**
 * This package's theme with `overrides` laid over it (objects merge, lists replace), validated:
 * an invalid override throws a ThemeError naming each problem by JSON pointer. Pass `base` to
 * start from another theme.
 */
export function createTheme(overrides: DeepPartial<Theme>, base: Theme = packageTheme): Theme {
  return createFrom(overrides, base);
}
