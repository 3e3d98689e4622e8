import type { z } from 'zod';
import { fromZodIssue, toPointer } from './issues.ts';
import { DEFAULT_THEME } from './defaults.ts';
import { keepVersion1Look } from './keep-v1-look.ts';
import { isRecord, migrate, MIGRATIONS } from './migrations.ts';
import { THEME_VERSION, themeSchema } from './schema.ts';
import type { Theme, ThemeIssue } from './types.ts';

export type ParseResult = { ok: true; theme: Theme; warnings: ThemeIssue[] } | { ok: false; errors: ThemeIssue[] };

const OLDEST_VERSION = Math.min(...Object.keys(MIGRATIONS).map(Number), THEME_VERSION);

/**
 * The only way into a Theme from outside data (files, presets, drafts, links).
 * Validates, upgrades older versions, fills defaults and normalises colours; unknown
 * keys are dropped with a warning. Never throws.
 */
export function parseTheme(input: unknown): ParseResult {
  if (!isRecord(input)) {
    return fail('', `a theme must be a JSON object, got ${input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input}`);
  }
  const warnings: ThemeIssue[] = [];
  const version = input['version'];
  if (version === undefined) return fail('/version', `is required (this Design Kit reads theme versions ${OLDEST_VERSION} to ${THEME_VERSION})`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION) {
    return fail('/version', `${JSON.stringify(version)} is not a theme version this Design Kit reads (${OLDEST_VERSION} to ${THEME_VERSION})`);
  }
  if (version > THEME_VERSION) {
    return fail('/version', `this theme was saved by a newer Design Kit (version ${version}); this one reads up to version ${THEME_VERSION}, so update Design Kit to open it`);
  }
  let doc = input;
  if (version < THEME_VERSION) {
    doc = migrate(input, version);
    warnings.push({ path: '/version', message: `upgraded from version ${version} to ${THEME_VERSION}` });
  }

  // The default series come with the default's per-mode overrides; a document's own
  // series never inherit them.
  if (doc['colorway'] === undefined && doc['colorwayOverrides'] === undefined && DEFAULT_THEME.colorwayOverrides !== undefined) {
    doc = { ...doc, colorwayOverrides: DEFAULT_THEME.colorwayOverrides };
  }
  let result = themeSchema.safeParse(doc, { reportInput: true });
  if (!result.success) {
    const unknown = result.error.issues.filter((i) => i.code === 'unrecognized_keys');
    const errors = result.error.issues.filter((i) => i.code !== 'unrecognized_keys');
    if (errors.length > 0) return { ok: false, errors: errors.flatMap(fromZodIssue) };
    // Only unknown keys: report them and read the document without them.
    warnings.push(...unknown.flatMap(fromZodIssue).sort((a, b) => (a.path < b.path ? -1 : 1)));
    result = themeSchema.safeParse(withoutUnknownKeys(doc, unknown), { reportInput: true });
    if (!result.success) return { ok: false, errors: result.error.issues.flatMap(fromZodIssue) };
  }
  const { $schema: _ignored, ...theme } = result.data;
  const parsed = withoutNegativeZero(theme);
  return { ok: true, theme: version < 2 ? keepVersion1Look(parsed) : parsed, warnings };
}

/**
 * -0 passes every range check, but JSON writes it as 0; normalising it here lets a theme
 * survive its own export unchanged. Walks zod's freshly built output, never the input.
 */
function withoutNegativeZero<T>(value: T): T {
  if (Object.is(value, -0)) return 0 as T;
  if (Array.isArray(value)) return value.map(withoutNegativeZero) as T;
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNegativeZero(v)])) as T;
  return value;
}

function fail(path: string, message: string): ParseResult {
  return { ok: false, errors: [{ path, message }] };
}

/**
 * A copy of `doc` without the keys zod did not recognise. Copies are built with
 * Object.fromEntries, which defines keys rather than assigning them, so a key
 * named "__proto__" stays an ordinary key and never reaches a prototype.
 */
function withoutUnknownKeys(doc: unknown, issues: z.core.$ZodIssueUnrecognizedKeys[]): unknown {
  const drop = new Map<string, Set<string>>();
  for (const issue of issues) {
    const at = toPointer(issue.path);
    drop.set(at, new Set([...(drop.get(at) ?? []), ...issue.keys]));
  }
  const walk = (value: unknown, path: PropertyKey[]): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, i]));
    if (!isRecord(value)) return value;
    const skip = drop.get(toPointer(path));
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !skip?.has(key))
        .map(([key, item]) => [key, walk(item, [...path, key])]),
    );
  };
  return walk(doc, []);
}
