import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPresets } from '../test-support/presets.ts';
import { parseTheme } from './parse.ts';
import { resolveColor, resolveTheme } from './resolve.ts';
import { MODES } from './roles.ts';

const DIR = new URL('./v1-documents/', import.meta.url);
const documents = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const presets = new Map(readPresets());

describe('version 1 documents keep their look', () => {
  it.each(documents)('%s draws the series it drew, links in its accent, and equals the version 2 preset', (file) => {
    const v1 = JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as { version: number; colorway: string[] };
    expect(v1.version).toBe(1);
    const parsed = parseTheme(v1);
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    for (const mode of MODES) {
      const r = resolveTheme(parsed.theme, mode);
      // What version 1 drew: each series as written, a {role} as that mode's role.
      const roles = parsed.theme.colors[mode];
      expect(r.colorway, `${file} ${mode}`).toEqual(v1.colorway.map((ref) => resolveColor(ref.toLowerCase(), roles)));
      expect(r.colors.accentText).toBe(roles.accent);
    }
    const preset = presets.get(file.replace(/\.json$/, ''));
    expect(parsed.theme).toEqual(preset);
  });
});
