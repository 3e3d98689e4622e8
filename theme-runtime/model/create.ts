import { DEFAULT_THEME } from './defaults.ts';
import { formatIssue } from './issues.ts';
import { isRecord } from './migrations.ts';
import { parseTheme } from './parse.ts';
import type { Theme, ThemeIssue } from './types.ts';

/**
 * Any part of a value, at any depth: what an override may set. Lists (a colorway, marker
 * symbols) are replaced whole, never merged item by item.
 */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> | undefined } : T;

/** A theme that does not validate, with every problem located by JSON pointer. */
export class ThemeError extends Error {
  readonly issues: ThemeIssue[];
  constructor(issues: ThemeIssue[]) {
    super(`the theme is not valid:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ThemeError';
    this.issues = issues;
  }
}

/**
 * `overrides` laid over `base`: objects merge key by key, anything else (lists included)
 * replaces, `undefined` leaves the base value. Builds new objects with Object.fromEntries,
 * so a `__proto__` key stays a plain key (which parseTheme then reports).
 */
export function mergeDeep(base: unknown, overrides: unknown): unknown {
  if (overrides === undefined) return base;
  if (!isRecord(base) || !isRecord(overrides)) return overrides;
  const keys = [...new Set([...Object.keys(base), ...Object.keys(overrides)])];
  return Object.fromEntries(keys.map((key) => [key, mergeDeep(base[key], overrides[key])]));
}

/**
 * A complete theme from a few changes: `createTheme({ colors: { light: { accent: '#0a66c2' } } })`.
 * The result goes through parseTheme, so colours are normalised and defaults filled; an
 * invalid override throws a ThemeError naming each problem (`/colors/light/accent: …`).
 */
export function createTheme(overrides: DeepPartial<Theme>, base: Theme = DEFAULT_THEME): Theme {
  const result = parseTheme(mergeDeep(base, overrides));
  if (!result.ok) throw new ThemeError(result.errors);
  return result.theme;
}
