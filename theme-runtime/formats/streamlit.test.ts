import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { normalizeColor } from '../color/parse.ts';
import { DEFAULT_THEME } from '../model/defaults.ts';
import { resolveTheme } from '../model/resolve.ts';
import { readFixture } from '../test-support/fixtures.ts';
import { toStreamlitConfig } from './streamlit.ts';

interface Documented {
  tables: string[];
  themeOnlyKeys: string[];
  keys: Record<string, 'string' | 'color' | 'colorList' | 'boolean' | 'number' | 'list'>;
}
const documented = readFixture('formats/streamlit-theme.json') as Documented;

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every problem with a [theme] table against Streamlit's documented keys. */
function problems(table: Table, name: string): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(table)) {
    if (isTable(value)) {
      if (!documented.tables.includes(`${name}.${key}`)) out.push(`[${name}.${key}] is not a documented table`);
      else out.push(...problems(value, `${name}.${key}`));
      continue;
    }
    const kind = documented.keys[key];
    if (kind === undefined) out.push(`${name}.${key} is not a documented key`);
    else if (name !== 'theme' && documented.themeOnlyKeys.includes(key)) out.push(`${name}.${key} may only be set in [theme]`);
    else if (kind === 'color' && (typeof value !== 'string' || normalizeColor(value) === undefined)) out.push(`${name}.${key} is not a colour`);
    else if (kind === 'colorList' && !(Array.isArray(value) && value.every((c) => typeof c === 'string' && normalizeColor(c) !== undefined))) out.push(`${name}.${key} is not a list of colours`);
    else if ((kind === 'string' && typeof value !== 'string') || (kind === 'boolean' && typeof value !== 'boolean') || (kind === 'number' && typeof value !== 'number')) out.push(`${name}.${key} is not a ${kind}`);
  }
  return out;
}

describe('toStreamlitConfig', () => {
  const config = parse(toStreamlitConfig(DEFAULT_THEME));

  it('is TOML whose every key and table Streamlit documents, with values of the documented kind', () => {
    expect(Object.keys(config)).toEqual(['theme']);
    const theme = config['theme'];
    if (!isTable(theme)) throw new Error('no [theme] table');
    expect(problems(theme, 'theme')).toEqual([]);
  });

  it('gives each mode its colours, chart colours included', () => {
    const theme = config['theme'] as Table;
    for (const mode of ['light', 'dark'] as const) {
      const r = resolveTheme(DEFAULT_THEME, mode);
      expect(theme[mode]).toMatchObject({ primaryColor: r.colors.accent, backgroundColor: r.colors.backgroundPage, textColor: r.colors.text, chartCategoricalColors: r.colorway, chartSequentialColors: r.scales.sequential });
    }
    expect(theme['font']).toBe('Inter');
  });

  it('the check catches what Streamlit would not take', () => {
    expect(problems({ primaryColour: '#000000', light: { base: 'dark' }, textColor: 'nope' }, 'theme')).toEqual([
      'theme.primaryColour is not a documented key',
      'theme.light.base may only be set in [theme]',
      'theme.textColor is not a colour',
    ]);
  });
});
