import type { Theme } from '../../theme-runtime/index.ts';

/**
 * `next` with each of its settings — and each mode's colours — that equals `earlier`'s by value
 * replaced by `earlier`'s own object. A theme reaches the checks worker as a structured clone,
 * a new object throughout, and `checkTheme(theme, previous)` keeps a mode's report only when
 * its inputs are the same objects: this gives it back the sharing the editor's immutable edits
 * had, so a drag in one mode checks that mode alone in the worker too.
 */
export function withPartsOf(next: Theme, earlier: Theme | undefined): Theme {
  if (earlier === undefined) return next;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const shared: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    const before = (earlier as unknown as Record<string, unknown>)[key];
    shared[key] = key !== 'colors' && same(value, before) ? before : value;
  }
  shared['colors'] = {
    light: same(next.colors.light, earlier.colors.light) ? earlier.colors.light : next.colors.light,
    dark: same(next.colors.dark, earlier.colors.dark) ? earlier.colors.dark : next.colors.dark,
  };
  return shared as unknown as Theme;
}
