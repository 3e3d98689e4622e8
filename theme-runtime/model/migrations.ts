import { THEME_VERSION } from './schema.ts';

type Doc = Record<string, unknown>;

/**
 * `MIGRATIONS[n]` upgrades a version-n document to version n+1. Each step is a pure
 * function of plain JSON and trusts nothing: the schema validates the result.
 *
 * Version 0 was the pre-release format: one palette for light mode only,
 * `{ version: 0, name, palette: { primary, background, surface, text, muted, border },
 *    colorway, font: { family, size } }`.
 */
export const MIGRATIONS: Record<number, (doc: Doc) => Doc> = {
  0: (doc) => {
    const palette = isRecord(doc['palette']) ? doc['palette'] : {};
    const font = isRecord(doc['font']) ? doc['font'] : {};
    const light: Doc = {};
    const copy = (from: string, to: string) => {
      if (palette[from] !== undefined) light[to] = palette[from];
    };
    copy('primary', 'accent');
    copy('background', 'backgroundPage');
    copy('surface', 'backgroundContent');
    copy('text', 'text');
    copy('text', 'heading');
    copy('muted', 'subtleText');
    copy('border', 'border');
    const next: Doc = { version: 1, colors: { light } };
    if (doc['name'] !== undefined) next['name'] = doc['name'];
    if (doc['colorway'] !== undefined) next['colorway'] = doc['colorway'];
    if (font['family'] !== undefined || font['size'] !== undefined) {
      const body: Doc = {};
      if (font['family'] !== undefined) body['family'] = font['family'];
      if (font['size'] !== undefined) body['size'] = font['size'];
      next['typography'] = { body };
    }
    return next;
  },
  // Version 2 only adds fields (accentText, per-mode series and scales); what changes is
  // how series are drawn in dark mode. keepVersion1Look (run on the parsed result) writes
  // the overrides that keep a version-1 document looking as it did.
  1: (doc) => ({ ...doc, version: 2 }),
};

export function isRecord(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Upgrades `doc` from `from` to the current version, step by step. */
export function migrate(doc: Doc, from: number): Doc {
  let current = doc;
  for (let v = from; v < THEME_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from theme version ${v}`);
    current = step(current);
  }
  return current;
}
