import { fromZodIssue } from './issues.ts';
import { colorwaySchema } from './schema.ts';
import type { ColorRef, ThemeIssue } from './types.ts';

export type ColorwayParseResult = { ok: true; colorway: ColorRef[] } | { ok: false; errors: ThemeIssue[] };

/**
 * A colorway from outside data (a saved colorway, a pasted list) checked by the same rules
 * as a theme's: 2–20 entries, each a CSS colour or a `{role}` reference, normalised to
 * `#rrggbb`. Errors are JSON pointers into the list (`/2: 'teal-ish' is not a colour …`).
 */
export function parseColorway(input: unknown): ColorwayParseResult {
  const result = colorwaySchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, colorway: result.data };
  return { ok: false, errors: result.error.issues.flatMap(fromZodIssue) };
}
