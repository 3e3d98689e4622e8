import { readdirSync, readFileSync } from 'node:fs';
import { parseTheme } from '../model/parse.ts';
import type { Theme } from '../model/types.ts';

const PRESETS = new URL('../../presets/', import.meta.url);

/** Every preset in presets/, parsed, as [id, theme] (id is the file name without `.json`). */
export function readPresets(): [string, Theme][] {
  return readdirSync(PRESETS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = parseTheme(JSON.parse(readFileSync(new URL(f, PRESETS), 'utf8')));
      if (!parsed.ok) throw new Error(`presets/${f} does not parse`);
      return [f.replace(/\.json$/, ''), parsed.theme];
    });
}
