import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME, fromDdkTheme, fromDesignTokens, fromPlotlyTemplate, parseTheme } from '../../theme-runtime/index.ts';
import { EXPORT_FORMATS } from './formats.ts';

const file = (id: string) => {
  const format = EXPORT_FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(id);
  return format.file(DEFAULT_THEME);
};

describe('export formats', () => {
  it('write files that the matching importers read back', () => {
    expect(parseTheme(JSON.parse(file('theme').text)).ok).toBe(true);
    expect(fromPlotlyTemplate(JSON.parse(file('plotly-dark').text))).toMatchObject({ ok: true, mode: 'dark' });
    expect(fromDesignTokens(JSON.parse(file('tokens').text))).toEqual({ ok: true, theme: DEFAULT_THEME, warnings: [] });
    expect(fromDdkTheme(JSON.parse(file('ddk').text)).ok).toBe(true);
    expect(file('css').text).toContain(`--dk-accent: ${DEFAULT_THEME.colors.light.accent};`);
  });

  it('name files after the theme, safely', () => {
    for (const f of EXPORT_FORMATS) expect(f.file(DEFAULT_THEME).name).toMatch(/^design-kit\.[a-z.-]+$/);
  });
});
