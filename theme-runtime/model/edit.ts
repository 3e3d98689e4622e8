import { defined } from './defined.ts';
import type { ColorRole, Mode, OptionalColorRole, ReportSettings, Theme } from './types.ts';

/** A new theme with one role of one mode changed. `color` must already be normalised. */
export function withRole(theme: Theme, mode: Mode, role: ColorRole | OptionalColorRole, color: string): Theme {
  return { ...theme, colors: { ...theme.colors, [mode]: { ...theme.colors[mode], [role]: color } } };
}

/** A new theme with colorway entry `index` replaced. */
export function withColorwayEntry(theme: Theme, index: number, color: string): Theme {
  return { ...theme, colorway: theme.colorway.map((c, i) => (i === index ? color : c)) };
}

/**
 * A new theme with a whole new series list. Per-mode overrides belonged to the old series
 * (by position), so they go with them: each mode derives its variants afresh.
 */
export function withColorway(theme: Theme, colorway: string[]): Theme {
  const { colorwayOverrides: _old, ...rest } = theme;
  return { ...rest, colorway };
}

/** A new theme with series `index` drawn as `color` in `mode` only (null: derived again). */
export function withSeriesOverride(theme: Theme, mode: Mode, index: number, color: string | null): Theme {
  const current = theme.colorwayOverrides?.[mode] ?? [];
  const next = Array.from({ length: Math.max(current.length, index + 1) }, (_, i) => (i === index ? color : (current[i] ?? null)));
  while (next.length > 0 && next.at(-1) === null) next.pop();
  const { [mode]: _old, ...others } = theme.colorwayOverrides ?? {};
  const overrides = next.length > 0 ? { ...others, [mode]: next } : others;
  const { colorwayOverrides: _all, ...rest } = theme;
  return Object.keys(overrides).length > 0 ? { ...rest, colorwayOverrides: overrides } : rest;
}

/**
 * A new theme whose series list is `colorway`, where entry i came from old position
 * `origin[i]` (undefined: a new series). Per-mode overrides travel with their series, so
 * reordering, removing or adding one never repaints another.
 */
export function withSeriesList(theme: Theme, colorway: string[], origin: readonly (number | undefined)[]): Theme {
  const moved = (list: (string | null)[] | undefined) => {
    if (list === undefined) return undefined;
    const next = colorway.map((_, i) => {
      const from = origin[i];
      return from === undefined ? null : (list[from] ?? null);
    });
    while (next.length > 0 && next.at(-1) === null) next.pop();
    return next.length > 0 ? next : undefined;
  };
  const light = moved(theme.colorwayOverrides?.light);
  const dark = moved(theme.colorwayOverrides?.dark);
  const { colorwayOverrides: _old, ...rest } = theme;
  const overrides = { ...(light === undefined ? {} : { light }), ...(dark === undefined ? {} : { dark }) };
  return Object.keys(overrides).length > 0 ? { ...rest, colorway, colorwayOverrides: overrides } : { ...rest, colorway };
}

/** A new theme without the set value of an optional role: the mode derives it again. */
export function withoutRole(theme: Theme, mode: Mode, role: OptionalColorRole): Theme {
  const { [role]: _set, ...roles } = theme.colors[mode];
  return { ...theme, colors: { ...theme.colors, [mode]: roles } };
}

type FontKind = 'body' | 'heading' | 'mono';

/** A new theme with some typography settings changed (scale ratio, title case). */
export function withTypography(theme: Theme, patch: Partial<Omit<Theme['typography'], FontKind>>): Theme {
  return { ...theme, typography: { ...theme.typography, ...patch } };
}

/** A new theme with one font (body, heading or mono) changed. */
export function withFont(theme: Theme, kind: FontKind, patch: Partial<Theme['typography'][FontKind]>): Theme {
  return { ...theme, typography: { ...theme.typography, [kind]: { ...theme.typography[kind], ...patch } } };
}

/** A new theme with spacing, corners, borders, shadow or section gap changed (undefined: derived again). */
export function withShape(theme: Theme, patch: Partial<Theme['shape']>): Theme {
  return { ...theme, shape: compact({ ...theme.shape, ...patch }) };
}

/** `value` without its undefined entries: an optional setting set to undefined is unset, not kept as a key. */
const compact = <T extends object>(value: T): T => defined(value) as T;

/** A new theme with one component's choices changed; an optional choice patched to undefined is derived again. */
export function withComponent<K extends keyof Theme['components']>(theme: Theme, name: K, patch: Partial<Theme['components'][K]>): Theme {
  return { ...theme, components: { ...theme.components, [name]: compact({ ...theme.components[name], ...patch }) } };
}

/** A new theme with report settings changed; a setting patched to undefined goes back to its default. */
export function withReport(theme: Theme, patch: ReportSettings): Theme {
  const report = compact({ ...theme.report, ...patch });
  const { report: _old, ...rest } = theme;
  return Object.keys(report).length > 0 ? { ...rest, report } : rest;
}

/** A new theme with its name, description or package identity changed (empty: unset, derived again). */
export function withIdentity(theme: Theme, patch: { name?: string; description?: string; packageName?: string; packageVersion?: string }): Theme {
  const { description: _d, package: _p, ...rest } = theme;
  const description = patch.description ?? theme.description;
  const pkg = compact({
    name: patch.packageName === undefined ? theme.package?.name : patch.packageName || undefined,
    version: patch.packageVersion === undefined ? theme.package?.version : patch.packageVersion || undefined,
  });
  return {
    ...rest,
    name: patch.name ?? theme.name,
    ...(description === undefined || description === '' ? {} : { description }),
    ...(Object.keys(pkg).length > 0 ? { package: pkg } : {}),
  };
}

/** A new theme with the app bar's own font changed; an empty patch part follows the heading font again. */
export function withHeaderFont(theme: Theme, patch: NonNullable<Theme['typography']['header']>): Theme {
  const header = compact({ ...theme.typography.header, ...patch });
  const { header: _old, ...typography } = theme.typography;
  return { ...theme, typography: Object.keys(header).length > 0 ? { ...typography, header } : typography };
}

/** A new theme with its breakpoints changed. */
export function withBreakpoints(theme: Theme, patch: Partial<Theme['breakpoints']>): Theme {
  return { ...theme, breakpoints: { ...theme.breakpoints, ...patch } };
}

/** A new theme with chart settings changed (gridlines, legend, line width, symbol and dash cycles). */
export function withChart(theme: Theme, patch: Partial<Theme['chart']>): Theme {
  return { ...theme, chart: { ...theme.chart, ...patch } };
}
